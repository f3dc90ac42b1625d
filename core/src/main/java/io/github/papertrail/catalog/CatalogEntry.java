package io.github.papertrail.catalog;

import io.github.papertrail.id.Identifier;
import java.util.List;

/**
 * One paper (or blog post, tweet, notes) of a catalog.
 *
 * @param key stable, unique, readable: {@code hu2021lora}; usable as {@code @Paper("hu2021lora")}
 * @param otherTitles other titles the sources write for it (variants, or a title that is not its
 *     real one)
 * @param otherIds identifiers in normal form beyond the one per scheme in {@code ids}
 * @param moreAuthors the sources name only the first authors ("et al.")
 * @param authorCount the number of authors where a source gives only that
 * @param year the earliest year known for it (its arXiv id, a date, a venue)
 * @param date its date in ISO 8601 as precise as a source gives it
 * @param conflicts disagreements among the sources, kept for a person to resolve
 */
public record CatalogEntry(
    String key,
    String title,
    List<String> otherTitles,
    Ids ids,
    List<String> otherIds,
    List<String> authors,
    Boolean moreAuthors,
    Integer authorCount,
    Integer year,
    String date,
    String venue,
    String organisation,
    Kind kind,
    List<String> tags,
    String abstractText,
    List<Source> sources,
    List<String> conflicts) {

  public CatalogEntry {
    otherTitles = copy(otherTitles);
    ids = ids == null ? new Ids(null, null, null, null, List.of()) : ids;
    otherIds = copy(otherIds);
    authors = copy(authors);
    tags = copy(tags);
    sources = copy(sources);
    conflicts = copy(conflicts);
    kind = kind == null ? Kind.PAPER : kind;
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Every identifier of the entry in normal form: {@link #ids()} then {@link #otherIds()}. */
  public List<String> allIds() {
    List<String> all = new java.util.ArrayList<>(ids.all());
    all.addAll(otherIds);
    return all;
  }

  public boolean hasConflicts() {
    return !conflicts.isEmpty();
  }

  /**
   * The shortest public identifier to write for this paper: arXiv, DOI, ACL, OpenReview, URL, else
   * its key.
   */
  public String citeAs() {
    for (String id : new String[] {ids.arxiv(), ids.doi(), ids.acl(), ids.openreview()}) {
      if (id != null) {
        return Identifier.parse(id).orElseThrow().citeForm();
      }
    }
    return ids.url().isEmpty() ? key : ids.url().get(0);
  }
}
