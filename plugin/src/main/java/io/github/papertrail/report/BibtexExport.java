package io.github.papertrail.report;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.format.BibtexEntry;
import java.util.List;

/**
 * Catalog entries as a BibTeX file ({@code papers.bib} of {@code papertrail:export}): the entries
 * of {@link BibtexReport}, written by the same {@link BibtexEntry}, sorted by catalog key, without
 * the report's "cited by" note.
 */
public final class BibtexExport {

  private BibtexExport() {}

  /**
   * @param entries in any order; written sorted by key
   */
  public static String render(List<CatalogEntry> entries) {
    List<CatalogEntry> sorted = Exports.sorted(entries);
    StringBuilder out =
        new StringBuilder("% ")
            .append(sorted.size())
            .append(sorted.size() == 1 ? " paper" : " papers")
            .append(" (papertrail export)\n");
    for (CatalogEntry entry : sorted) {
      BibtexEntry.write(out, entry, ReportLinks.primaryUrl(entry), null);
    }
    return out.toString();
  }

  /**
   * The entries alone, in the order given, each preceded by a blank line: what is appended to a
   * BibTeX file that already exists.
   *
   * @param note each entry's {@code note} field, or null for none
   */
  public static String entries(
      List<CatalogEntry> entries, java.util.function.Function<CatalogEntry, String> note) {
    StringBuilder out = new StringBuilder();
    for (CatalogEntry entry : entries) {
      BibtexEntry.write(out, entry, ReportLinks.primaryUrl(entry), note.apply(entry));
    }
    return out.toString();
  }
}
