package io.github.papertrail.id;
import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOIs, and doi.org URLs. A DOI is case-insensitive, so its normal form is lower case; the suffix is
 * otherwise free (Unicode, '#', '<>', more '/'), which is why no tighter pattern such as Crossref's is
 * used. The DOIs that arXiv and the ACL Anthology mint for their papers become those papers' own ids.
 */
final class DoiParser {

  private static final Pattern DOI = Pattern.compile("^10((?:\\.[0-9]+)+)/(.*)$", Pattern.DOTALL);
  private static final Pattern PREFIX_ONLY = Pattern.compile("^10(?:\\.[0-9]+)+$");
  private static final Pattern PRINTABLE = Pattern.compile("^[^\\p{Cc}\\p{Cf}]+$");
  private static final Pattern LOWER_CASE_SUBJECT_CLASS = Pattern.compile("^([a-z-]+\\.)([a-z]{2})(/.*)$", Pattern.DOTALL);
  private static final String ARXIV_PREFIX = "10.48550/arxiv.";
  private static final String ACL_PREFIX = "10.18653/v1/";

  private DoiParser() {}

  static ParsedId parse(String input, String candidate) {
    if (candidate.startsWith("10/")) {
      return new Malformed(input, "ShortDOIs (10/abcd) are aliases, not DOIs; use the full DOI", null);
    }
    Matcher m = DOI.matcher(candidate);
    if (!m.matches()) {
      return new Malformed(input, PREFIX_ONLY.matcher(candidate).matches()
          ? "a DOI needs a '/' and a suffix after its prefix " + candidate
          : "a DOI is 10 and dot-separated digits (10.1145), '/', then a suffix; '" + candidate + "' is not", null);
    }
    String suffix = m.group(2);
    if (suffix.isEmpty()) {
      return new Malformed(input, "a DOI needs a suffix after the '/'", null);
    }
    if (Chars.hasWhiteSpace(suffix)) {
      return new Malformed(input, "a DOI has no whitespace", null);
    }
    if (!PRINTABLE.matcher(suffix).matches()) {
      return new Malformed(input, "a DOI holds only printable characters", null);
    }
    String doi = candidate.toLowerCase(Locale.ROOT);
    if (doi.startsWith(ARXIV_PREFIX)) {
      // The DOI is lower case; an old-style subject class is upper case.
      Matcher subjectClass = LOWER_CASE_SUBJECT_CLASS.matcher(doi.substring(ARXIV_PREFIX.length()));
      String id = subjectClass.matches()
          ? subjectClass.group(1) + subjectClass.group(2).toUpperCase(Locale.ROOT) + subjectClass.group(3)
          : doi.substring(ARXIV_PREFIX.length());
      ParsedId arxiv = ArxivParser.parse(input, id);
      return arxiv != null ? arxiv
          : new Malformed(input, "an arXiv DOI ends in an arXiv id, '" + id + "' is not one", null);
    }
    if (doi.startsWith(ACL_PREFIX)) {
      // The DOI is lower case, the Anthology id is not: restore the id's case.
      String id = AclParser.restoreCase(doi.substring(ACL_PREFIX.length()));
      ParsedId acl = AclParser.parse(input, id);
      return acl != null ? acl
          : new Malformed(input, "an ACL Anthology DOI ends in an Anthology id, '" + id + "' is not one", null);
    }
    return new Valid(new Identifier(Scheme.DOI, doi));
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
