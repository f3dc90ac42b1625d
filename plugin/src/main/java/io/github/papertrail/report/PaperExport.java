package io.github.papertrail.report;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.check.Problem;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What {@code papertrail:export} does, without Maven: pick the entries (the papers a module cites,
 * or every catalog entry), render them in the chosen formats, write the files atomically.
 */
public final class PaperExport {

  /** An export format, by the name users give in {@code <formats>}, and the file it writes. */
  public enum Format {
    BIBTEX("bibtex", "papers.bib", BibtexExport::render),
    CSL_JSON("csl-json", "papers.csl.json", CslJsonExport::render),
    CFF("cff", "papers.cff.yaml", CffExport::render);

    private final String label;
    private final String fileName;
    private final Function<List<CatalogEntry>, String> renderer;

    Format(String label, String fileName, Function<List<CatalogEntry>, String> renderer) {
      this.label = label;
      this.fileName = fileName;
      this.renderer = renderer;
    }

    /** {@code bibtex}, {@code csl-json}, {@code cff}. */
    public String label() {
      return label;
    }

    /** {@code papers.bib}, {@code papers.csl.json}, {@code papers.cff.yaml}. */
    public String fileName() {
      return fileName;
    }

    public String render(List<CatalogEntry> entries) {
      return renderer.apply(entries);
    }

    /** "bibtex, csl-json, cff", for messages. */
    public static String accepted() {
      return FormatNames.accepted(List.of(values()), Format::label);
    }
  }

  /**
   * The entries to export and the cited identifiers left out.
   *
   * @param entries sorted by key, one per key
   * @param leftOut "2106.09658 (not in any catalog)", one per identifier as written, sorted
   */
  public record Selection(List<CatalogEntry> entries, List<String> leftOut) {
    public Selection {
      entries = List.copyOf(entries);
      leftOut = List.copyOf(leftOut);
    }
  }

  private PaperExport() {}

  /**
   * The formats named, in the order given, each once; names are trimmed and case-insensitive.
   *
   * @throws IllegalArgumentException naming the unknown ones and the accepted ones, or when none is
   *     given
   */
  public static List<Format> formats(List<String> names) {
    return FormatNames.parse(names, List.of(Format.values()), Format::label, "export format");
  }

  /**
   * The papers the citations name, resolved as the check resolves them; identifiers that name no
   * single entry (unknown, malformed, or given by the catalogs to several papers) are left out.
   */
  public static Selection cited(List<Citation> citations, Catalogs catalogs) {
    CitationValidator validator = new CitationValidator(catalogs, Severity.WARNING);
    List<CatalogEntry> entries = new ArrayList<>();
    Map<String, String> leftOut = new TreeMap<>();
    for (Citation citation : citations) {
      CitationValidator.Result result = validator.validate(citation.id(), citation.title());
      if (result.entry() != null) {
        entries.add(result.entry());
      } else {
        leftOut.putIfAbsent(citation.id(), citation.id() + " (" + why(result.problems()) + ")");
      }
    }
    return new Selection(Exports.sorted(entries), List.copyOf(leftOut.values()));
  }

  /** Every entry of the catalogs, the first catalog's where two share a key. */
  public static Selection all(Catalogs catalogs) {
    return new Selection(Exports.sorted(catalogs.entries()), List.of());
  }

  private static String why(List<Problem> problems) {
    for (Problem problem : problems) {
      if (problem.kind() == ProblemKind.MALFORMED_ID) {
        return "not a paper identifier";
      }
      if (problem.kind() == ProblemKind.CONFLICT) {
        return "names more than one catalog entry; cite the paper by its key";
      }
    }
    return "not in any catalog";
  }

  /**
   * Renders the entries in each format and writes the files into {@code dir}; returns them in the
   * formats' order.
   */
  public static Map<Format, Path> write(List<CatalogEntry> entries, List<Format> formats, Path dir)
      throws IOException {
    Map<Format, String> rendered = new LinkedHashMap<>();
    for (Format format : formats) {
      rendered.put(format, format.render(entries));
    }
    Files.createDirectories(dir);
    Map<Format, Path> written = new LinkedHashMap<>();
    for (Map.Entry<Format, String> file : rendered.entrySet()) {
      written.put(
          file.getKey(),
          ReportFiles.writeAtomically(dir.resolve(file.getKey().fileName()), file.getValue()));
    }
    return written;
  }
}
