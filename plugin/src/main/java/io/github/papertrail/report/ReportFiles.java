package io.github.papertrail.report;

import io.github.papertrail.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a references page in every format: {@code references.html}, {@code .md}, {@code .json}, {@code .bib}. */
public final class ReportFiles {

  public static final String HTML = "references.html";

  private ReportFiles() {}

  /** Renders and writes the four files into {@code dir}; returns them by file name, in that order. */
  public static Map<String, Path> write(References references, SourceLinks links, Path dir) throws IOException {
    Map<String, String> rendered = new LinkedHashMap<>();
    rendered.put(HTML, HtmlReport.render(references, links));
    rendered.put("references.md", MarkdownReport.render(references, links));
    rendered.put("references.json", JsonReport.render(references, links));
    rendered.put("references.bib", BibtexReport.render(references, links));
    Files.createDirectories(dir);
    Map<String, Path> written = new LinkedHashMap<>();
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      written.put(file.getKey(), writeAtomically(dir.resolve(file.getKey()), file.getValue()));
    }
    return written;
  }

  /** Through a temporary file and a rename, so that a reader (or an interrupted build) never sees half a page. */
  static Path writeAtomically(Path target, String content) throws IOException {
    return AtomicFiles.write(target, content);
  }
}
