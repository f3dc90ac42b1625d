package io.github.papertrail.id;
import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The identifier grammar (design notes, IDENTIFIERS.md). Strict: a look-alike that arXiv, JabRef or idutils
 * would quietly repair is rejected, and the repair becomes the suggestion.
 */
final class IdentifierParser {

  /** The 34 archives that existed before April 2007 (arXiv taxonomy {@code definitions.py}). */
  private static final List<String> OLD_ARXIV_ARCHIVES = List.of(
      "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn",
      "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
      "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th",
      "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "quant-ph", "solv-int", "supr-con");
  private static final Set<String> ARCHIVES = Set.copyOf(OLD_ARXIV_ARCHIVES);
  // arXiv's own parser maps "hepth" to "hep-th"; we only suggest it.
  private static final Map<String, String> ARCHIVES_WITHOUT_HYPHEN = OLD_ARXIV_ARCHIVES.stream()
      .collect(Collectors.toUnmodifiableMap(a -> a.replace("-", ""), Function.identity()));
  private static final Set<String> ARCHIVES_WITH_SUBJECT_CLASS = Set.of("math", "cs", "nlin", "q-bio");

  private static final Pattern URL = Pattern.compile(
      "^(https?)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern PREFIX = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);
  private static final Pattern PAPER_HOST_WITHOUT_SCHEME = Pattern.compile(
      "^(?:www\\.|export\\.|dx\\.)?(?:arxiv\\.org|doi\\.org|openreview\\.net|aclanthology\\.org|aclweb\\.org)/",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}");

  // The arXiv shapes are lenient on purpose: they catch look-alikes so that each deviation gets its own reason.
  private static final Pattern NEW_ARXIV = Pattern.compile(
      "^(/*)(\\d{4})\\.(\\d+)(?:([vV])(\\d*))?(.*)$", Pattern.DOTALL);
  private static final Pattern OLD_ARXIV = Pattern.compile(
      "^(/*)([A-Za-z][A-Za-z-]*)(?:\\.([A-Za-z]*))?/(\\d+)(?:([vV])(\\d*))?(.*)$", Pattern.DOTALL);
  private static final Pattern NEW_ARXIV_UNDER_ARCHIVE = Pattern.compile(
      "^/*[A-Za-z][A-Za-z-]*(?:\\.[A-Za-z]*)?/(\\d{4}\\.\\d.*)$", Pattern.DOTALL);
  private static final Pattern OLD_ARXIV_WITHOUT_SLASH = Pattern.compile(
      "^(" + String.join("|", OLD_ARXIV_ARCHIVES) + ")(\\.[A-Za-z]{2})?(\\d{7}(?:v\\d+)?)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ARXIV_WITHOUT_COLON = Pattern.compile("^arxiv[ ._-]?(\\d{4}\\..*)$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern ARXIV_URL_PATH = Pattern.compile("^/(abs|pdf|html)/(.+)$", Pattern.DOTALL);
  private static final Pattern TWO_CAPITALS = Pattern.compile("^[A-Z]{2}$");
  private static final Pattern ALL_ZEROS = Pattern.compile("^0+$");
  private static final Pattern SEPARATED_TAIL = Pattern.compile("^[/#?\\[\\s]");

  private static final Pattern DOI = Pattern.compile("^10((?:\\.[0-9]+)+)/(.*)$", Pattern.DOTALL);
  private static final Pattern DOI_PREFIX_ONLY = Pattern.compile("^10(?:\\.[0-9]+)+$");
  private static final Pattern DOI_PRINTABLE_SUFFIX = Pattern.compile("^[^\\p{Cc}\\p{Cf}]+$");
  private static final Pattern LOWER_CASE_SUBJECT_CLASS = Pattern.compile("^([a-z-]+\\.)([a-z]{2})(/.*)$", Pattern.DOTALL);
  private static final String ARXIV_DOI_PREFIX = "10.48550/arxiv.";
  private static final String ACL_DOI_PREFIX = "10.18653/v1/";

  private static final Pattern OPENREVIEW_ID = Pattern.compile("^[A-Za-z0-9_-]{9,13}$");
  private static final Pattern OPENREVIEW_CHARS = Pattern.compile("^[A-Za-z0-9_-]+$");

  private static final Pattern ACL_NEW_PAPER = Pattern.compile("^(\\d{4}\\.[a-z0-9]+-[a-z0-9]+)\\.(\\d+)$");
  private static final Pattern ACL_OLD_PAPER = Pattern.compile("^[A-Z]\\d{2}-\\d{4}$");
  private static final Pattern ACL_VOLUME = Pattern.compile("^(?:\\d{4}\\.[a-z0-9]+-[a-z0-9]+|[A-Z]\\d{2}-\\d{1,2})$");
  private static final Pattern ACL_COLLECTION = Pattern.compile("^(?:\\d{4}\\.[a-z0-9]+|[A-Z]\\d{2})$");
  private static final Pattern ACL_OLD_WRONG_WIDTH = Pattern.compile("^[A-Z]\\d{2}-\\d*$");
  private static final Pattern ACL_OLD_ANY_CASE = Pattern.compile("^[A-Za-z]\\d{2}(?:-.*)?$", Pattern.DOTALL);
  // Bare strings that could be keys go to the ACL rules only when they look like an Anthology id.
  private static final Pattern ACL_LOOKALIKE = Pattern.compile(
      "^(?:[A-Z]\\d{2}(?:-\\d*)?|[a-z]\\d{2}-\\d{4}|\\d{4}\\.[A-Za-z].*)$", Pattern.DOTALL);
  private static final Pattern ACL_URL_PATH = Pattern.compile("^/([^/]+?)(?:/|\\.pdf)?$");
  private static final Pattern ACLWEB_URL_PATH = Pattern.compile("^/anthology/(?:[A-Z]/[A-Z]\\d{2}/)?([^/]+?)(?:/|\\.pdf)?$");

  private static final Pattern KEY = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{0,99}$");
  private static final Pattern KEY_CHARS = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]*$");
  private static final Pattern NOT_KEY_CHAR = Pattern.compile("[^A-Za-z0-9_.-]");

  private IdentifierParser() {}

  static ParsedId parse(String input) {
    if (input == null || input.isBlank()) {
      return new Malformed(input, "the identifier is empty", null);
    }
    String trimmed = input.strip();
    if (!trimmed.equals(input)) {
      return new Malformed(input, "surrounding whitespace is not part of an identifier", suggestionFrom(parse(trimmed)));
    }
    Matcher url = URL.matcher(input);
    if (url.matches()) {
      return url(input, url);
    }
    Matcher prefix = PREFIX.matcher(input);
    if (prefix.matches()) {
      return prefixed(input, prefix.group(1), prefix.group(2));
    }
    return bare(input);
  }

  private static ParsedId prefixed(String input, String word, String rest) {
    Scheme scheme = switch (word.toLowerCase(Locale.ROOT)) {
      case "arxiv" -> Scheme.ARXIV;
      case "doi" -> Scheme.DOI;
      case "openreview" -> Scheme.OPENREVIEW;
      case "acl" -> Scheme.ACL;
      default -> null;
    };
    if (scheme == null) {
      return new Malformed(input, "unknown prefix '" + word + ":'; the accepted prefixes are arXiv:, doi:, openreview: and acl:", null);
    }
    if (rest.isEmpty()) {
      return new Malformed(input, "nothing follows '" + word + ":'", null);
    }
    if (URL.matcher(rest).matches()) {
      return new Malformed(input, "a URL is written without the '" + word + ":' prefix", suggestionFrom(parse(rest)));
    }
    if (!rest.strip().equals(rest)) {
      return new Malformed(input, "whitespace after '" + word + ":' is not part of an identifier",
          suggestionFrom(parse(word + ":" + rest.strip())));
    }
    ParsedId parsed = switch (scheme) {
      case ARXIV -> arxiv(input, rest);
      case DOI -> doi(input, rest);
      case OPENREVIEW -> openReview(input, rest);
      default -> acl(input, rest);
    };
    return parsed != null ? parsed : new Malformed(input, "'" + rest + "' is not " + (scheme == Scheme.ARXIV
        ? "an arXiv id (2106.09685 or hep-th/9901001)" : "an ACL Anthology id (2021.acl-long.353 or P18-1007)"), null);
  }

  private static ParsedId bare(String input) {
    if (PAPER_HOST_WITHOUT_SCHEME.matcher(input).lookingAt()) {
      return new Malformed(input, "a URL starts with https://", suggestionFrom(parse("https://" + input)));
    }
    ParsedId arxiv = arxiv(input, input);
    if (arxiv != null) {
      return arxiv;
    }
    if (input.startsWith("10.") || input.startsWith("10/")) {
      return doi(input, input);
    }
    Matcher arxivWord = ARXIV_WITHOUT_COLON.matcher(input);
    if (arxivWord.matches()) {
      return new Malformed(input, "the arXiv prefix is written with a colon: arXiv:" + arxivWord.group(1),
          suggestionFrom(arxiv(input, arxivWord.group(1))));
    }
    if (ACL_LOOKALIKE.matcher(input).matches()) {
      ParsedId acl = acl(input, input);
      if (acl instanceof Malformed m && m.suggestion() == null && OPENREVIEW_ID.matcher(input).matches()) {
        return bareOpenReview(input, m.reason() + "; an OpenReview id needs the prefix: openreview:" + input);
      }
      if (acl != null) {
        return acl;
      }
    }
    if (KEY.matcher(input).matches()) {
      return new Valid(new Identifier(Scheme.KEY, input));
    }
    if (input.startsWith("~")) {
      return openReview(input, input);
    }
    if (OPENREVIEW_ID.matcher(input).matches()) {
      return bareOpenReview(input, "a bare OpenReview id needs the prefix: openreview:" + input);
    }
    if (KEY_CHARS.matcher(input).matches()) {
      return new Malformed(input, "a catalog key has at most 100 characters, this one has " + input.length(), null);
    }
    Matcher badChar = NOT_KEY_CHAR.matcher(input);
    if (Character.isLetter(input.charAt(0)) && input.charAt(0) < 0x80 && badChar.find()) {
      return new Malformed(input, "a catalog key is a letter followed by letters, digits, '_', '.' or '-', not '"
          + badChar.group() + "'", null);
    }
    return new Malformed(input, "not an identifier: expected an arXiv id (2106.09685), a DOI (10.1145/...), "
        + "openreview:<id>, acl:<id>, an http(s) URL or a catalog key", null);
  }

  private static Malformed bareOpenReview(String input, String reason) {
    return new Malformed(input, reason, new Identifier(Scheme.OPENREVIEW, input));
  }

  // ---- URLs

  private static ParsedId url(String input, Matcher url) {
    if (WHITESPACE.matcher(input).find()) {
      return new Malformed(input, "a URL has no whitespace", null);
    }
    String host = url.group(2).toLowerCase(Locale.ROOT);
    String path = url.group(3);
    String query = url.group(4);
    if (host.isEmpty()) {
      return new Malformed(input, "the URL has no host", null);
    }
    switch (host) {
      case "arxiv.org", "www.arxiv.org", "export.arxiv.org":
        return arxivUrl(input, path);
      case "doi.org", "www.doi.org", "dx.doi.org":
        return doiUrl(input, path);
      case "openreview.net", "www.openreview.net":
        return openReviewUrl(input, path, query);
      case "aclanthology.org", "www.aclanthology.org":
        return aclUrl(input, ACL_URL_PATH.matcher(path));
      case "aclweb.org", "www.aclweb.org":
        // Only the legacy Anthology is papers; the rest of aclweb.org is ordinary pages.
        if (path.startsWith("/anthology/")) {
          return aclUrl(input, ACLWEB_URL_PATH.matcher(path));
        }
        break;
      default:
        break;
    }
    String normal = url.group(1).toLowerCase(Locale.ROOT) + "://" + host + path + (query == null ? "" : "?" + query);
    return new Valid(new Identifier(Scheme.URL, normal));
  }

  private static ParsedId arxivUrl(String input, String path) {
    Matcher m = ARXIV_URL_PATH.matcher(path);
    if (!m.matches()) {
      return new Malformed(input, path.startsWith("/list/") ? "an arXiv listing page is not a paper"
          : "this arXiv page is not a paper; a paper's URL is https://arxiv.org/abs/<id>", null);
    }
    String id = m.group(2);
    if (m.group(1).equals("pdf") && id.endsWith(".pdf")) {
      id = id.substring(0, id.length() - ".pdf".length());
    } else if (m.group(1).equals("html") && id.endsWith("/")) {
      id = id.substring(0, id.length() - 1);
    }
    ParsedId parsed = arxiv(input, id);
    return parsed != null ? parsed
        : new Malformed(input, "this arXiv URL is not a paper: '" + id + "' is not an arXiv id", null);
  }

  private static ParsedId doiUrl(String input, String path) {
    String doi = percentDecode(path.isEmpty() ? path : path.substring(1));
    if (doi == null) {
      return new Malformed(input, "the URL's percent-encoding is broken", null);
    }
    if (doi.isEmpty()) {
      return new Malformed(input, "this doi.org URL does not name a DOI", null);
    }
    return doi(input, doi);
  }

  private static ParsedId openReviewUrl(String input, String path, String query) {
    String id = queryParameter(query, "id");
    if (!path.equals("/forum") && !path.equals("/pdf") || id == null) {
      return new Malformed(input, "this OpenReview page is not a paper; a paper's URL is https://openreview.net/forum?id=<id>", null);
    }
    String decoded = percentDecode(id);
    return decoded == null ? new Malformed(input, "the URL's percent-encoding is broken", null) : openReview(input, decoded);
  }

  private static ParsedId aclUrl(String input, Matcher path) {
    ParsedId parsed = path.matches() ? acl(input, path.group(1)) : null;
    return parsed != null ? parsed : new Malformed(input, "this ACL Anthology page is not a paper", null);
  }

  private static String queryParameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (int start = 0; start <= query.length(); ) {
      int end = query.indexOf('&', start);
      String pair = query.substring(start, end < 0 ? query.length() : end);
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
      start = end < 0 ? query.length() + 1 : end + 1;
    }
    return null;
  }

  /** UTF-8 percent-decoding that, unlike URLDecoder, keeps '+' (DOIs hold it); null when broken. */
  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != '%') {
        bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
        continue;
      }
      int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
      if (low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i += 3;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  // ---- arXiv

  /** arXiv rules for {@code candidate}; null when it does not even look like an arXiv id. */
  private static ParsedId arxiv(String input, String candidate) {
    Matcher underArchive = NEW_ARXIV_UNDER_ARCHIVE.matcher(candidate);
    if (underArchive.matches()) {
      return new Malformed(input, "new-style arXiv ids (from 0704 on) have no archive prefix",
          suggestionFrom(arxiv(input, underArchive.group(1))));
    }
    Matcher m = NEW_ARXIV.matcher(candidate);
    if (m.matches()) {
      return newStyleArxiv(input, m);
    }
    m = OLD_ARXIV.matcher(candidate);
    if (m.matches()) {
      return oldStyleArxiv(input, m);
    }
    m = OLD_ARXIV_WITHOUT_SLASH.matcher(candidate);
    if (m.matches()) {
      String archive = m.group(1) + (m.group(2) == null ? "" : m.group(2));
      return new Malformed(input, "an old-style arXiv id has a '/' after the archive: " + archive + "/" + m.group(3),
          suggestionFrom(arxiv(input, archive + "/" + m.group(3))));
    }
    return null;
  }

  private static ParsedId newStyleArxiv(String input, Matcher m) {
    Problems problems = new Problems();
    leadingSlashes(problems, m.group(1));
    tail(problems, m.group(6));
    String yymm = m.group(2);
    String sequence = m.group(3);
    int month = Integer.parseInt(yymm.substring(2));
    if (month < 1 || month > 12) {
      problems.fatal("arXiv month " + yymm.substring(2) + " is not 01-12");
    } else if (Integer.parseInt(yymm) < 704) {
      problems.fatal("new-style arXiv ids start at 0704 (April 2007), " + yymm + " is earlier");
    }
    int width = Integer.parseInt(yymm) <= 1412 ? 4 : 5;
    String repadded = sequence.length() == width ? sequence : repad(sequence, width);
    if (sequence.length() != width) {
      problems.add((width == 4 ? "arXiv ids up to 1412 have a 4-digit sequence number, "
          : "arXiv ids from 1501 on have a 5-digit sequence number, ")
          + yymm + "." + sequence + " has " + sequence.length(), repadded != null);
    }
    if (ALL_ZEROS.matcher(sequence).matches()) {
      problems.fatal("arXiv sequence number " + sequence + " is never assigned");
    }
    Integer version = version(problems, m.group(4), m.group(5));
    return problems.result(input, () -> new Identifier(Scheme.ARXIV, yymm + "." + repadded, version));
  }

  /** arXiv re-pads a number of the wrong width; we suggest that only when no digit is lost or invented. */
  private static String repad(String sequence, int width) {
    int excess = sequence.length() - width;
    if (excess > 0) {
      return ALL_ZEROS.matcher(sequence.substring(0, excess)).matches() ? sequence.substring(excess) : null;
    }
    return sequence.charAt(0) == '0' ? null : "0".repeat(-excess) + sequence;
  }

  private static ParsedId oldStyleArxiv(String input, Matcher m) {
    Problems problems = new Problems();
    leadingSlashes(problems, m.group(1));
    tail(problems, m.group(7));
    String archive = archive(problems, m.group(2));
    String subjectClass = m.group(3);
    if (subjectClass != null && !ARCHIVES_WITH_SUBJECT_CLASS.contains(archive)) {
      problems.fixable("a subject class (." + subjectClass + ") only follows math, cs, nlin or q-bio, not " + archive);
    } else if (subjectClass != null && !TWO_CAPITALS.matcher(subjectClass).matches()) {
      problems.fixable("a subject class is two capital letters, not '" + subjectClass + "'");
    }
    String number = m.group(4);
    if (number.length() != 7) {
      problems.fatal("an old-style arXiv id has 7 digits (YYMMNNN) after the '/', " + number + " has " + number.length());
    } else {
      int year = Integer.parseInt(number.substring(0, 2));
      int month = Integer.parseInt(number.substring(2, 4));
      if (month < 1 || month > 12) {
        problems.fatal("arXiv month " + number.substring(2, 4) + " is not 01-12");
      } else if (!(year >= 91 || year <= 6 || year == 7 && month <= 3)) {
        problems.fatal("old-style arXiv ids run from 9101 to 0703 (March 2007), " + number.substring(0, 4)
            + " is outside; later ids look like 0704.0001");
      }
      if (number.endsWith("000")) {
        problems.fatal("arXiv sequence number 000 is never assigned");
      }
    }
    Integer version = version(problems, m.group(5), m.group(6));
    return problems.result(input, () -> new Identifier(Scheme.ARXIV, archive + "/" + number, version));
  }

  private static String archive(Problems problems, String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    if (ARCHIVES.contains(lower)) {
      if (!lower.equals(written)) {
        problems.fixable("arXiv archive names are lower case: " + lower);
      }
      return lower;
    }
    String hyphenated = ARCHIVES_WITHOUT_HYPHEN.get(lower.replace("-", ""));
    if (hyphenated != null) {
      problems.fixable("the arXiv archive is spelled '" + hyphenated + "', not '" + written + "'");
      return hyphenated;
    }
    problems.fatal("archive '" + written + "' is not an arXiv archive");
    return lower;
  }

  private static void leadingSlashes(Problems problems, String slashes) {
    if (!slashes.isEmpty()) {
      problems.fixable("a leading '/' is not part of an arXiv id");
    }
  }

  private static void tail(Problems problems, String tail) {
    if (tail.isEmpty()) {
      return;
    }
    if (tail.equalsIgnoreCase(".pdf")) {
      problems.fixable("a trailing \".pdf\" is not part of an arXiv id");
    } else if (SEPARATED_TAIL.matcher(tail).lookingAt()) {
      problems.fixable("\"" + tail + "\" after the id is not part of an arXiv id");
    } else {
      problems.fatal("an arXiv id cannot continue with \"" + tail + "\"");
    }
  }

  private static Integer version(Problems problems, String letter, String digits) {
    if (letter == null) {
      return null;
    }
    if (digits.isEmpty()) {
      problems.fixable("a 'v' must be followed by a version number");
      return null;
    }
    if (letter.equals("V")) {
      problems.fixable("an arXiv version is written with a lower-case v: v" + digits);
    }
    String number = digits.substring(Math.min(digits.length(), leadingZeros(digits)));
    if (number.isEmpty()) {
      problems.fixable("arXiv versions start at v1, there is no v" + digits);
      return null;
    }
    if (number.length() != digits.length()) {
      problems.fixable("an arXiv version has no leading zero: v" + number + ", not v" + digits);
    }
    if (number.length() > 9) {
      problems.fatal("version v" + digits + " is too large");
      return null;
    }
    return Integer.parseInt(number);
  }

  private static int leadingZeros(String digits) {
    int zeros = 0;
    while (zeros < digits.length() && digits.charAt(zeros) == '0') {
      zeros++;
    }
    return zeros;
  }

  // ---- DOI

  private static ParsedId doi(String input, String candidate) {
    if (candidate.startsWith("10/")) {
      return new Malformed(input, "ShortDOIs (10/abcd) are aliases, not DOIs; use the full DOI", null);
    }
    Matcher m = DOI.matcher(candidate);
    if (!m.matches()) {
      return new Malformed(input, DOI_PREFIX_ONLY.matcher(candidate).matches()
          ? "a DOI needs a '/' and a suffix after its prefix " + candidate
          : "a DOI is 10 and dot-separated digits (10.1145), '/', then a suffix; '" + candidate + "' is not", null);
    }
    String suffix = m.group(2);
    if (suffix.isEmpty()) {
      return new Malformed(input, "a DOI needs a suffix after the '/'", null);
    }
    if (WHITESPACE.matcher(suffix).find()) {
      return new Malformed(input, "a DOI has no whitespace", null);
    }
    if (!DOI_PRINTABLE_SUFFIX.matcher(suffix).matches()) {
      return new Malformed(input, "a DOI holds only printable characters", null);
    }
    String doi = candidate.toLowerCase(Locale.ROOT);
    if (doi.startsWith(ARXIV_DOI_PREFIX)) {
      // The DOI is lower case; an old-style subject class is upper case.
      Matcher subjectClass = LOWER_CASE_SUBJECT_CLASS.matcher(doi.substring(ARXIV_DOI_PREFIX.length()));
      String id = subjectClass.matches()
          ? subjectClass.group(1) + subjectClass.group(2).toUpperCase(Locale.ROOT) + subjectClass.group(3)
          : doi.substring(ARXIV_DOI_PREFIX.length());
      ParsedId arxiv = arxiv(input, id);
      return arxiv != null ? arxiv
          : new Malformed(input, "an arXiv DOI ends in an arXiv id, '" + id + "' is not one", null);
    }
    if (doi.startsWith(ACL_DOI_PREFIX)) {
      // The DOI is lower case, the Anthology id is not: restore the id's case.
      String id = aclCase(doi.substring(ACL_DOI_PREFIX.length()));
      ParsedId acl = acl(input, id);
      return acl != null ? acl
          : new Malformed(input, "an ACL Anthology DOI ends in an Anthology id, '" + id + "' is not one", null);
    }
    return new Valid(new Identifier(Scheme.DOI, doi));
  }

  // ---- OpenReview

  private static ParsedId openReview(String input, String id) {
    if (OPENREVIEW_ID.matcher(id).matches()) {
      return new Valid(new Identifier(Scheme.OPENREVIEW, id));
    }
    String reason;
    if (id.startsWith("~")) {
      reason = "'" + id + "' is an OpenReview profile id, not a paper";
    } else if (id.indexOf('/') >= 0 || id.indexOf('.') >= 0) {
      reason = "'" + id + "' is an OpenReview venue id, not a paper";
    } else if (OPENREVIEW_CHARS.matcher(id).matches()) {
      reason = "OpenReview ids have 9 to 13 characters, " + id + " has " + id.length();
    } else {
      reason = "OpenReview ids hold only letters, digits, '-' and '_'";
    }
    return new Malformed(input, reason, null);
  }

  // ---- ACL Anthology

  /** ACL rules for {@code candidate}; null when it does not even look like an Anthology id. */
  private static ParsedId acl(String input, String candidate) {
    String cased = aclCase(candidate);
    Identifier paper = aclPaper(cased);
    if (paper != null) {
      if (paper.value().equals(candidate)) {
        return new Valid(paper);
      }
      return new Malformed(input, cased.equals(candidate)
          ? "an ACL Anthology paper number has no leading zero: " + paper.value()
          : "ACL Anthology ids are case-sensitive: " + paper.value(), paper);
    }
    if (ACL_VOLUME.matcher(cased).matches()) {
      return new Malformed(input, "'" + candidate + "' is an ACL Anthology volume, not a paper; a paper id adds its number", null);
    }
    if (ACL_COLLECTION.matcher(cased).matches()) {
      return new Malformed(input, "'" + candidate + "' is an ACL Anthology collection (a whole event), not a paper", null);
    }
    if (ACL_OLD_WRONG_WIDTH.matcher(cased).matches()) {
      return new Malformed(input, "an old-style ACL Anthology id has exactly 4 digits after the '-', "
          + candidate + " has " + (candidate.length() - 4), null);
    }
    return null;
  }

  private static Identifier aclPaper(String id) {
    if (ACL_OLD_PAPER.matcher(id).matches()) {
      return new Identifier(Scheme.ACL, id);
    }
    Matcher m = ACL_NEW_PAPER.matcher(id);
    if (!m.matches()) {
      return null;
    }
    String number = m.group(2).substring(Math.min(m.group(2).length() - 1, leadingZeros(m.group(2))));
    return new Identifier(Scheme.ACL, m.group(1) + "." + number);
  }

  /** Old-style ids start with a capital letter, new-style ids are lower case. */
  private static String aclCase(String id) {
    if (ACL_OLD_ANY_CASE.matcher(id).matches()) {
      return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
    return id.toLowerCase(Locale.ROOT);
  }

  private static Identifier suggestionFrom(ParsedId parsed) {
    if (parsed instanceof Valid valid) {
      return valid.id();
    }
    return parsed instanceof Malformed malformed ? malformed.suggestion() : null;
  }

  /** What is wrong with a look-alike; the fix is suggested only when every problem has a known fix. */
  private static final class Problems {
    private String firstFatal;
    private String firstFixable;

    void fixable(String reason) {
      add(reason, true);
    }

    void fatal(String reason) {
      add(reason, false);
    }

    void add(String reason, boolean fixable) {
      if (fixable && firstFixable == null) {
        firstFixable = reason;
      } else if (!fixable && firstFatal == null) {
        firstFatal = reason;
      }
    }

    ParsedId result(String input, Supplier<Identifier> fixed) {
      if (firstFatal != null) {
        return new Malformed(input, firstFatal, null);
      }
      return firstFixable == null ? new Valid(fixed.get()) : new Malformed(input, firstFixable, fixed.get());
    }
  }
}
