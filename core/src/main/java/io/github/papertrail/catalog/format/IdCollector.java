package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.Ids;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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

  /**
   * An arXiv id in running text, as exporters write it: "arXiv preprint arXiv:1502.03167", "CoRR
   * abs/1512.03385", "arXiv:2010.11929 [cs]", "Preprint, arXiv:1212.5701."
   */
  private static final Pattern ARXIV_IN_TEXT =
      Pattern.compile("(?:arXiv[: ]\\s*|\\babs/)([^\\s,;{}\\[\\]()]+)", Pattern.CASE_INSENSITIVE);

  /** A link in running text (inside a url or href command, or bare). */
  private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s{}]+");

  /** A DOI in a page's path after a {@code /doi/} segment (and an optional view: full, pdf…). */
  private static final Pattern DOI_AFTER_DOI =
      Pattern.compile("^https?://[^/?#]+/(?:[^?#]*/)?doi/(?:[a-z]+/)?(10\\.\\d{4,9}/[^?#]+)");

  /** A DOI anywhere in a page's path. */
  private static final Pattern DOI_IN_PATH =
      Pattern.compile("^https?://[^/?#]+/(?:[^?#]*?/)?(10\\.\\d{4,9}/[^?#]+)");

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
      Identifier doi = doiInPage(id.normalForm(), field.equalsIgnoreCase("doi"));
      return doi != null ? doi : id;
    }
    return id;
  }

  /**
   * The DOI a publisher's page address holds, or null: after {@code /doi/} (ACM, Wiley, Taylor &
   * Francis, SAGE: {@code https://dl.acm.org/doi/10.1145/3292500.3330701}, {@code
   * …/doi/full/10.…}), or anywhere in the path when the field is {@code doi} (Springer's {@code
   * https://link.springer.com/article/10.1007/…} written as a DOI).
   */
  static Identifier doiInPage(String url, boolean doiField) {
    Matcher m = (doiField ? DOI_IN_PATH : DOI_AFTER_DOI).matcher(url);
    if (!m.find()) {
      return null;
    }
    String doi = m.group(1);
    if (doi.indexOf('%') >= 0) {
      try {
        doi = URLDecoder.decode(doi.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException brokenEscape) {
        return null;
      }
    }
    ParsedId parsed = Identifier.parse(doi);
    return parsed instanceof ParsedId.Valid valid && valid.id().scheme() != Scheme.KEY
        ? valid.id()
        : null;
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
   * Takes the arXiv ids and the links to papers (arXiv, DOI, OpenReview, ACL Anthology, not other
   * web pages) written in running text: a venue, a note.
   */
  void inText(String value, String field) {
    if (value == null) {
      return;
    }
    Matcher arxiv = ARXIV_IN_TEXT.matcher(value);
    while (arxiv.find()) {
      Identifier id = parse(trimEnd(arxiv.group(1)), field, false);
      if (id != null && id.scheme() == Scheme.ARXIV) {
        found.add(id);
      }
    }
    Matcher url = URL_IN_TEXT.matcher(value);
    while (url.find()) {
      Identifier id = parse(trimEnd(url.group()), field, false);
      if (id != null && id.scheme() != Scheme.KEY && id.scheme() != Scheme.URL) {
        found.add(id);
      }
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

  /** Without the sentence's punctuation after it: "1212.5701." is "1212.5701". */
  private static String trimEnd(String candidate) {
    int end = candidate.length();
    while (end > 0 && ".,;:)]".indexOf(candidate.charAt(end - 1)) >= 0) {
      end--;
    }
    return candidate.substring(0, end);
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
