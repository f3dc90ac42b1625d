package io.github.papertrail.report;

import java.util.List;

/** The formats of the references page, the one place that lists them. */
public final class ReportFormats {

  /** The self-contained page; also what the site report copies, whatever formats are chosen. */
  public static final ReportFormat HTML = new HtmlReport();

  public static final ReportFormat MARKDOWN = new MarkdownReport();

  public static final ReportFormat JSON = new JsonReport();

  public static final ReportFormat BIBTEX = new BibtexReport();

  /** Every format, in the order the files are written by default. */
  public static final List<ReportFormat> ALL = List.of(HTML, MARKDOWN, JSON, BIBTEX);

  private ReportFormats() {}

  /**
   * The formats named, in the order given, each once; names are trimmed and case-insensitive.
   *
   * @throws IllegalArgumentException naming the unknown ones and the accepted ones, or when none is
   *     given
   */
  public static List<ReportFormat> named(List<String> names) {
    return FormatNames.parse(names, ALL, ReportFormat::name, "report format");
  }
}
