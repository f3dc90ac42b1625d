package io.github.papertrail.id;
import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ACL Anthology paper ids, new ({@code 2021.acl-long.353}) and old ({@code P18-1007}), and the Anthology's
 * URLs, current and legacy. Volume and collection ids share the paper ids' shape without being papers,
 * so they are recognised only to be rejected with that reason.
 */
final class AclParser {

  private static final Pattern NEW_PAPER = Pattern.compile("^(\\d{4}\\.[a-z0-9]+-[a-z0-9]+)\\.(\\d+)$");
  private static final Pattern OLD_PAPER = Pattern.compile("^[A-Z]\\d{2}-\\d{4}$");
  private static final Pattern VOLUME = Pattern.compile("^(?:\\d{4}\\.[a-z0-9]+-[a-z0-9]+|[A-Z]\\d{2}-\\d{1,2})$");
  private static final Pattern COLLECTION = Pattern.compile("^(?:\\d{4}\\.[a-z0-9]+|[A-Z]\\d{2})$");
  private static final Pattern OLD_WRONG_WIDTH = Pattern.compile("^[A-Z]\\d{2}-\\d*$");
  private static final Pattern OLD_ANY_CASE = Pattern.compile("^[A-Za-z]\\d{2}(?:-.*)?$", Pattern.DOTALL);
  private static final Pattern LOOKALIKE = Pattern.compile(
      "^(?:[A-Z]\\d{2}(?:-\\d*)?|[a-z]\\d{2}-\\d{4}|\\d{4}\\.[A-Za-z].*)$", Pattern.DOTALL);
  private static final Pattern ANTHOLOGY_PATH = Pattern.compile("^/([^/]+?)(?:/|\\.pdf)?$");
  private static final Pattern ACLWEB_PATH = Pattern.compile("^/anthology/(?:[A-Z]/[A-Z]\\d{2}/)?([^/]+?)(?:/|\\.pdf)?$");

  private AclParser() {}

  /** ACL rules for {@code candidate}; null when it does not even look like an Anthology id. */
  static ParsedId parse(String input, String candidate) {
    String cased = restoreCase(candidate);
    Identifier paper = paper(cased);
    if (paper != null) {
      if (paper.value().equals(candidate)) {
        return new Valid(paper);
      }
      return new Malformed(input, cased.equals(candidate)
          ? "an ACL Anthology paper number has no leading zero: " + paper.value()
          : "ACL Anthology ids are case-sensitive: " + paper.value(), paper);
    }
    if (VOLUME.matcher(cased).matches()) {
      return new Malformed(input, "'" + candidate + "' is an ACL Anthology volume, not a paper; a paper id adds its number", null);
    }
    if (COLLECTION.matcher(cased).matches()) {
      return new Malformed(input, "'" + candidate + "' is an ACL Anthology collection (a whole event), not a paper", null);
    }
    if (OLD_WRONG_WIDTH.matcher(cased).matches()) {
      return new Malformed(input, "an old-style ACL Anthology id has exactly 4 digits after the '-', "
          + candidate + " has " + (candidate.length() - 4), null);
    }
    return null;
  }

  /**
   * Whether a bare string, which could as well be a catalog key, is worth the ACL rules: an old-style id
   * or volume in any case, or a year and a dot.
   */
  static boolean looksLikeId(String text) {
    return LOOKALIKE.matcher(text).matches();
  }

  /** Old-style ids start with a capital letter, new-style ids are lower case. */
  static String restoreCase(String id) {
    if (OLD_ANY_CASE.matcher(id).matches()) {
      return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
    return id.toLowerCase(Locale.ROOT);
  }

  /** A path on aclanthology.org: {@code /<id>}, {@code /<id>/} or {@code /<id>.pdf}. */
  static ParsedId anthologyUrl(String input, String path) {
    return url(input, ANTHOLOGY_PATH.matcher(path));
  }

  /** A path under aclweb.org's legacy {@code /anthology/}, optionally with its letter and collection folders. */
  static ParsedId aclwebUrl(String input, String path) {
    return url(input, ACLWEB_PATH.matcher(path));
  }

  private static ParsedId url(String input, Matcher path) {
    ParsedId parsed = path.matches() ? parse(input, path.group(1)) : null;
    return parsed != null ? parsed : new Malformed(input, "this ACL Anthology page is not a paper", null);
  }

  private static Identifier paper(String id) {
    if (OLD_PAPER.matcher(id).matches()) {
      return new Identifier(Scheme.ACL, id);
    }
    Matcher m = NEW_PAPER.matcher(id);
    if (!m.matches()) {
      return null;
    }
    String number = m.group(2).substring(Math.min(m.group(2).length() - 1, Chars.leadingZeros(m.group(2))));
    return new Identifier(Scheme.ACL, m.group(1) + "." + number);
  }
}
