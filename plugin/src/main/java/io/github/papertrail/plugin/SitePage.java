package io.github.papertrail.plugin;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.report.Citation;
import io.github.papertrail.report.References;
import io.github.papertrail.report.ReportFiles;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The "Paper references" page of a Maven site, in the site's skin; links to the self-contained
 * page.
 */
final class SitePage extends AbstractMavenReportRenderer {

  private final References references;
  private final String fullPage;

  /**
   * @param fullPage the self-contained page's path relative to this page
   */
  SitePage(Sink sink, References references, String fullPage) {
    super(sink);
    this.references = references;
    this.fullPage = fullPage;
  }

  @Override
  public String getTitle() {
    return "Paper references";
  }

  @Override
  protected void renderBody() {
    References.Summary summary = references.summary();
    startSection(getTitle());
    paragraph(
        summary.citations()
            + " citations of "
            + summary.papers()
            + " papers in "
            + summary.classes()
            + " classes"
            + (summary.unknown() > 0
                ? "; " + summary.unknown() + " identifiers are in no catalog"
                : "")
            + ".");
    link(fullPage, "The references page on its own (" + ReportFiles.HTML + ")");
    StringBuilder roles = new StringBuilder();
    for (Map.Entry<String, Integer> role : summary.perRole().entrySet()) {
      roles
          .append(roles.length() == 0 ? "" : ", ")
          .append(role.getKey().toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(role.getValue());
    }
    paragraph("Citations per role: " + roles + ".");
    endSection();

    startSection("Papers");
    startTable();
    tableHeader(new String[] {"Paper", "Key", "Year", "Cited by"});
    for (References.PaperReferences paper : references.papers()) {
      CatalogEntry entry = paper.entry();
      sink.tableRow();
      tableCell(entry == null ? paper.id() + " (not in any catalog)" : entry.title());
      tableCell(entry == null ? "" : entry.key());
      tableCell(entry == null || entry.year() == null ? "" : entry.year().toString());
      StringBuilder citedBy = new StringBuilder();
      for (Citation citation : paper.citations()) {
        citedBy
            .append(citedBy.length() == 0 ? "" : ", ")
            .append(citation.element())
            .append(" (")
            .append(citation.role().toLowerCase(java.util.Locale.ROOT))
            .append(')');
      }
      tableCell(citedBy.toString());
      sink.tableRow_();
    }
    endTable();
    endSection();

    startSection("Classes");
    startTable();
    boolean modules = summary.modules().size() > 1;
    tableHeader(
        modules ? new String[] {"Module", "Class", "Papers"} : new String[] {"Class", "Papers"});
    for (References.ClassReferences type : references.classes()) {
      StringBuilder papers = new StringBuilder();
      for (References.Cited cited : type.cited()) {
        papers
            .append(papers.length() == 0 ? "" : "; ")
            .append(cited.entry() == null ? cited.citation().id() : cited.entry().title())
            .append(
                cited.citation().member() == null ? "" : " (" + cited.citation().member() + ")");
      }
      sink.tableRow();
      if (modules) {
        tableCell(type.module());
      }
      tableCell(type.className());
      tableCell(papers.toString());
      sink.tableRow_();
    }
    endTable();
    endSection();
  }
}
