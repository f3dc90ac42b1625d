package io.github.papertrail.id;

import static io.github.papertrail.id.Cursor.LOWER;

import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;
import java.util.Locale;

/**
 * DOIs, and doi.org URLs. A DOI is case-insensitive, so its normal form is lower case; the suffix
 * is otherwise free (Unicode, '#', '<>', more '/'), which is why no tighter pattern such as
 * Crossref's is used. The DOIs that arXiv and the ACL Anthology mint for their papers become those
 * papers' own ids.
 */
final class DoiParser {

  private static final String ARXIV_PREFIX = "10.48550/arxiv.";
  private static final String ACL_PREFIX = "10.18653/v1/";

  private DoiParser() {}

  static ParsedId parse(String input, String candidate) {
    if (candidate.startsWith("10/")) {
      return new Malformed(
          input, "ShortDOIs (10/abcd) are aliases, not DOIs; use the full DOI", null);
    }
    int prefix = prefixLength(candidate);
    if (prefix == 0 || prefix == candidate.length() || candidate.charAt(prefix) != '/') {
      return new Malformed(
          input,
          prefix > 0 && prefix == candidate.length()
              ? "a DOI needs a '/' and a suffix after its prefix " + candidate
              : "a DOI is 10 and dot-separated digits (10.1145), '/', then a suffix; '"
                  + candidate
                  + "' is not",
          null);
    }
    String suffix = candidate.substring(prefix + 1);
    if (suffix.isEmpty()) {
      return new Malformed(input, "a DOI needs a suffix after the '/'", null);
    }
    if (Chars.hasWhiteSpace(suffix)) {
      return new Malformed(input, "a DOI has no whitespace", null);
    }
    if (!Chars.isPrintable(suffix)) {
      return new Malformed(input, "a DOI holds only printable characters", null);
    }
    String doi = candidate.toLowerCase(Locale.ROOT);
    if (doi.startsWith(ARXIV_PREFIX)) {
      // The DOI is lower case; an old-style subject class is upper case.
      String id = upperCaseSubjectClass(doi.substring(ARXIV_PREFIX.length()));
      ParsedId arxiv = ArxivParser.parse(input, id);
      return arxiv != null
          ? arxiv
          : new Malformed(input, "an arXiv DOI ends in an arXiv id, '" + id + "' is not one", null);
    }
    if (doi.startsWith(ACL_PREFIX)) {
      // The DOI is lower case, the Anthology id is not: restore the id's case.
      String id = AclParser.restoreCase(doi.substring(ACL_PREFIX.length()));
      ParsedId acl = AclParser.parse(input, id);
      return acl != null
          ? acl
          : new Malformed(
              input, "an ACL Anthology DOI ends in an Anthology id, '" + id + "' is not one", null);
    }
    return new Valid(new Identifier(Scheme.DOI, doi));
  }

  /**
   * The length of the prefix (10, then groups of '.' and digits) that {@code text} starts with; 0
   * if none.
   */
  private static int prefixLength(String text) {
    Cursor cursor = new Cursor(text);
    if (!cursor.take('1') || !cursor.take('0')) {
      return 0;
    }
    int groups = 0;
    while (cursor.take('.')) {
      if (cursor.digits() == 0) {
        return 0;
      }
      groups++;
    }
    return groups == 0 ? 0 : cursor.at();
  }

  /**
   * {@code math.gt/0309136} from a lower-cased DOI becomes {@code math.GT/0309136}; other ids are
   * left alone.
   */
  private static String upperCaseSubjectClass(String id) {
    Cursor cursor = new Cursor(id);
    if (cursor.skip(LOWER, "-") > 0 && cursor.take('.')) {
      int start = cursor.at();
      if (cursor.takeOne(LOWER) && cursor.takeOne(LOWER) && cursor.take('/')) {
        return id.substring(0, start)
            + id.substring(start, start + 2).toUpperCase(Locale.ROOT)
            + id.substring(start + 2);
      }
    }
    return id;
  }

  /** A path on doi.org: the DOI, percent-encoded. */
  static ParsedId url(String input, String path) {
    String doi = HttpUrl.percentDecode(path.isEmpty() ? path : path.substring(1));
    if (doi == null) {
      return new Malformed(input, "the URL's percent-encoding is broken", null);
    }
    if (doi.isEmpty()) {
      return new Malformed(input, "this doi.org URL does not name a DOI", null);
    }
    return parse(input, doi);
  }
}
