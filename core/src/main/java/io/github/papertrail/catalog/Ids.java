package io.github.papertrail.catalog;

import io.github.papertrail.id.Identifier;
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

  /** The ids of a paper known by one identifier: in its scheme's place, or as its URL. */
  public static Ids of(Identifier id) {
    String normal = id.normalForm();
    return switch (id.scheme()) {
      case ARXIV -> new Ids(normal, null, null, null, List.of());
      case DOI -> new Ids(null, normal, null, null, List.of());
      case OPENREVIEW -> new Ids(null, null, normal, null, List.of());
      case ACL -> new Ids(null, null, null, normal, List.of());
      case URL, KEY -> new Ids(null, null, null, null, List.of(normal));
    };
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
