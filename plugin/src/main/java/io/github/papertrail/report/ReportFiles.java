package io.github.papertrail.report;

import io.github.papertrail.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a references page in the chosen formats: {@code references.html}, {@code .md}, {@code
 * .json}, {@code .bib}.
 */
public final class ReportFiles {

  public static final String HTML = ReportFormats.HTML.fileName();

  private ReportFiles() {}

  /**
   * Renders and writes the four files into {@code dir}; returns them by file name, in that order.
   */
  public static Map<String, Path> write(References references, SourceLinks links, Path dir)
      throws IOException {
    return write(references, links, ReportFormats.ALL, dir);
  }

  /**
   * Renders every format before writing any, so that a failing renderer leaves the files of the
   * last run as they were; returns the files written by file name, in the formats' order.
   */
  public static Map<String, Path> write(
      References references, SourceLinks links, List<ReportFormat> formats, Path dir)
      throws IOException {
    Map<String, String> rendered = new LinkedHashMap<>();
    for (ReportFormat format : formats) {
      rendered.put(format.fileName(), format.render(references, links));
    }
    Files.createDirectories(dir);
    Map<String, Path> written = new LinkedHashMap<>();
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      written.put(file.getKey(), writeAtomically(dir.resolve(file.getKey()), file.getValue()));
    }
    return written;
  }

  /**
   * What a goal's log names: the HTML page when it was written (the others lie beside it), else
   * every file.
   */
  public static String whereWritten(Map<String, Path> written) {
    Path page = written.get(HTML);
    return page != null
        ? page.toUri().toString()
        : written.values().stream()
            .map(file -> file.toUri().toString())
            .collect(Collectors.joining(", "));
  }

  /**
   * Through a temporary file and a rename, so that a reader (or an interrupted build) never sees
   * half a page.
   */
  static Path writeAtomically(Path target, String content) throws IOException {
    return AtomicFiles.write(target, content);
  }
}
