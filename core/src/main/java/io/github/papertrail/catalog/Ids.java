package io.github.papertrail.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry's identifiers in normal form, one per scheme ({@code arxiv:2106.09685}, {@code
 * doi:10.1145/…}, {@code openreview:…}, {@code acl:…}) and its web addresses. Only the schemes an
 * entry has are written.
 */
public record Ids(String arxiv, String doi, String openreview, String acl, List<String> url) {

  public Ids {
    url = url == null ? List.of() : List.copyOf(url);
  }

  /** Every identifier in normal form, URLs included, in the order above. */
  public List<String> all() {
    List<String> all = new ArrayList<>();
    for (String id : new String[] {arxiv, doi, openreview, acl}) {
      if (id != null) {
        all.add(id);
      }
    }
    all.addAll(url);
    return all;
  }
}
