package io.github.papertrail.report;

/**
 * One format of the references page, as {@code <formats>} of {@code report} and {@code aggregate}
 * names it. {@link ReportFormats} lists them.
 */
public interface ReportFormat {

  /**
   * The name users give in {@code <formats>}: {@code html}, {@code markdown}, {@code json}, {@code
   * bibtex}.
   */
  String name();

  /**
   * The file it is written to: {@code references.html}, {@code .md}, {@code .json}, {@code .bib}.
   */
  String fileName();

  /**
   * The file's content; {@code links} places each citation's source line, for the formats that link
   * to it.
   */
  String render(References references, SourceLinks links);
}
