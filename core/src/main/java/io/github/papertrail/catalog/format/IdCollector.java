package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.Ids;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import io.github.papertrail.mention.Mention;
import io.github.papertrail.mention.PaperMentions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry's identifiers as a catalog reader (BibTeX, CSL-JSON, CFF) finds them, field after
 * field: the first per scheme is the entry's, a different one of the same scheme goes to its other
 * ids, and its web addresses are kept in order, each once.
 */
final class IdCollector {

  /** "arXiv preprint arXiv:2106.09685", "arXiv preprint 2106.09685", "arXiv preprint". */
  private static final Pattern ARXIV_PREPRINT =
      Pattern.compile("(?i)\\s*(arxiv preprint)(?:\\s*(?:arxiv:)?\\s*[\\w./-]+)?\\s*");

  private final Consumer<String> problems;
  private final List<Identifier> found = new ArrayList<>();

  /**
   * @param problems takes what is wrong with a value, without a location: the reader adds it
   */
  IdCollector(Consumer<String> problems) {
    this.problems = problems;
  }

  /**
   * The value parsed by the identifier grammar, or null; a look-alike ("DOI: 10.…") is taken in the
   * form it suggests.
   *
   * @param report whether a value that is no identifier is a problem (a field meant for one), or
   *     quietly nothing (a field that may hold one)
   */
  Identifier parse(String value, String field, boolean report) {
    ParsedId parsed = Identifier.parse(value.strip());
    if (parsed instanceof ParsedId.Malformed malformed) {
      if (malformed.suggestion() != null) {
        return malformed.suggestion();
      }
      if (report) {
        problems.accept(field + " '" + value.strip() + "' is left out: " + malformed.reason());
      }
      return null;
    }
    Identifier id = parsed.id();
    if (id.scheme() == Scheme.URL) {
      Identifier doi = PaperMentions.doiInPage(id.normalForm(), field.equalsIgnoreCase("doi"));
      return doi != null ? doi : id;
    }
    return id;
  }

  /** Takes the identifier. */
  void add(Identifier id) {
    found.add(id);
  }

  /**
   * Takes the value's identifier ({@link #parse}) unless it is none or only a catalog key; true if
   * taken.
   */
  boolean add(String value, String field, boolean report) {
    Identifier id = value == null ? null : parse(value, field, report);
    if (id == null || id.scheme() == Scheme.KEY) {
      return false;
    }
    found.add(id);
    return true;
  }

  /**
   * Takes the papers running text names ({@link PaperMentions}: arXiv ids, DOIs, links to arXiv,
   * DOI, OpenReview, ACL Anthology, not other web pages): a venue, a note.
   */
  void inText(String value, String field) {
    if (value == null) {
      return;
    }
    for (Mention mention : PaperMentions.find(value)) {
      found.add(mention.id());
    }
  }

  /**
   * The entry's ids: the first taken per scheme and every URL; the other ids of a scheme in normal
   * form are added to {@code otherIds}.
   */
  Ids ids(List<String> otherIds) {
    Map<Scheme, String> primary = new LinkedHashMap<>();
    List<String> urls = new ArrayList<>();
    for (Identifier id : found) {
      String normal = id.normalForm();
      if (id.scheme() == Scheme.URL) {
        if (!urls.contains(normal)) {
          urls.add(normal);
        }
      } else if (primary.putIfAbsent(id.scheme(), normal) != null
          && !primary.get(id.scheme()).equals(normal)
          && !otherIds.contains(normal)) {
        otherIds.add(normal);
      }
    }
    return new Ids(
        primary.get(Scheme.ARXIV),
        primary.get(Scheme.DOI),
        primary.get(Scheme.OPENREVIEW),
        primary.get(Scheme.ACL),
        urls);
  }

  /**
   * The venue as a report shows it: Google Scholar's {@code journal={arXiv preprint
   * arXiv:2106.09685}} names no venue but the preprint server, and its id is read as the entry's
   * id, so it is "arXiv preprint".
   */
  static String venue(String text) {
    Matcher preprint = ARXIV_PREPRINT.matcher(text);
    return preprint.matches() ? preprint.group(1) : text;
  }
}
