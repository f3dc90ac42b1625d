package io.github.papertrail.report;

import io.github.papertrail.catalog.format.BibtexEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cited papers as a BibTeX file, so a write-up about the code can cite what the code cites. One
 * entry per known paper keyed by its catalog key; identifiers no catalog holds become comments.
 */
public final class BibtexReport implements ReportFormat {

  BibtexReport() {}

  @Override
  public String name() {
    return "bibtex";
  }

  @Override
  public String fileName() {
    return "references.bib";
  }

  /**
   * @param links unused: a bibliography has no place for source lines
   */
  @Override
  public String render(References refs, SourceLinks links) {
    StringBuilder out =
        new StringBuilder("% ").append(comment(refs.title())).append(" (papertrail)\n");
    List<References.PaperReferences> known =
        new ArrayList<>(refs.papers().stream().filter(References.PaperReferences::known).toList());
    known.sort(Comparator.comparing(paper -> paper.entry().key()));
    for (References.PaperReferences paper : known) {
      int elements = ReportLinks.elements(paper).size();
      BibtexEntry.write(
          out,
          paper.entry(),
          ReportLinks.primaryUrl(paper.entry()),
          "papertrail: cited by " + elements + (elements == 1 ? " element" : " elements"));
    }
    boolean first = true;
    for (References.PaperReferences paper : refs.papers()) {
      if (!paper.known()) {
        out.append(first ? "\n" : "")
            .append("% not in any catalog: ")
            .append(comment(paper.id()))
            .append(" (cited by ")
            .append(comment(String.join(", ", ReportLinks.elements(paper))))
            .append(")\n");
        first = false;
      }
    }
    return out.toString();
  }

  private static String comment(String value) {
    return BibtexEntry.comment(value);
  }
}
