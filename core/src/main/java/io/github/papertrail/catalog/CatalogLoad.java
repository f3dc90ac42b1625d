package io.github.papertrail.catalog;

import java.util.List;

/**
 * What a catalog reader read from one file: the entries, and the problems it skipped past (a
 * malformed BibTeX entry), each as {@code file:line: problem}. Problems do not fail a build; the
 * {@link Catalogs} loader passes them on as warnings so they stay visible.
 */
public record CatalogLoad(List<CatalogEntry> entries, List<String> problems) {

  public CatalogLoad {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }
}
