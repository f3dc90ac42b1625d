package io.github.papertrail.id;

import static io.github.papertrail.id.Cursor.DIGIT;
import static io.github.papertrail.id.Cursor.LETTER;
import static io.github.papertrail.id.Cursor.LOWER;
import static io.github.papertrail.id.Cursor.UPPER;

import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;
import java.util.Locale;

/**
 * ACL Anthology paper ids, new ({@code 2021.acl-long.353}) and old ({@code P18-1007}), and the
 * Anthology's URLs, current and legacy. Volume and collection ids share the paper ids' shape
 * without being papers, so they are recognised only to be rejected with that reason.
 */
final class AclParser {

  private AclParser() {}

  /** ACL rules for {@code candidate}; null when it does not even look like an Anthology id. */
  static ParsedId parse(String input, String candidate) {
    String cased = restoreCase(candidate);
    Identifier paper = paper(cased);
    if (paper != null) {
      if (paper.value().equals(candidate)) {
        return new Valid(paper);
      }
      return new Malformed(
          input,
          cased.equals(candidate)
              ? "an ACL Anthology paper number has no leading zero: " + paper.value()
              : "ACL Anthology ids are case-sensitive: " + paper.value(),
          paper);
    }
    if (isVolume(cased)) {
      return new Malformed(
          input,
          "'" + candidate + "' is an ACL Anthology volume, not a paper; a paper id adds its number",
          null);
    }
    if (isCollection(cased)) {
      return new Malformed(
          input,
          "'" + candidate + "' is an ACL Anthology collection (a whole event), not a paper",
          null);
    }
    if (oldStyleDigits(cased) >= 0 && Chars.isUpper(cased.charAt(0))) {
      return new Malformed(
          input,
          "an old-style ACL Anthology id has exactly 4 digits after the '-', "
              + candidate
              + " has "
              + (candidate.length() - 4),
          null);
    }
    return null;
  }

  /**
   * Whether a bare string, which could as well be a catalog key, is worth the ACL rules: an
   * old-style id or volume in any case, or a year and a dot.
   */
  static boolean looksLikeId(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (Chars.isUpper(text.charAt(0))) {
      return oldStyleDigits(text) >= 0 || isOldCollection(text);
    }
    if (Chars.isLower(text.charAt(0))) {
      return oldStyleDigits(text) == 4;
    }
    Cursor cursor = new Cursor(text);
    return cursor.digits() == 4 && cursor.take('.') && cursor.takeOne(LETTER);
  }

  /** Old-style ids start with a capital letter, new-style ids are lower case. */
  static String restoreCase(String id) {
    Cursor cursor = new Cursor(id);
    if (cursor.takeOne(LETTER) && cursor.digits() == 2 && (cursor.atEnd() || cursor.take('-'))) {
      return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
    return id.toLowerCase(Locale.ROOT);
  }

  /** A path on aclanthology.org: {@code /<id>}, {@code /<id>/} or {@code /<id>.pdf}. */
  static ParsedId anthologyUrl(String input, String path) {
    return url(input, path.startsWith("/") ? path.substring(1) : null);
  }

  /**
   * A path under aclweb.org's legacy {@code /anthology/}, optionally with its letter and collection
   * folders.
   */
  static ParsedId aclwebUrl(String input, String path) {
    String rest = path.substring("/anthology/".length());
    Cursor cursor = new Cursor(rest);
    boolean folders =
        cursor.takeOne(UPPER)
            && cursor.take('/')
            && cursor.takeOne(UPPER)
            && cursor.digits() == 2
            && cursor.take('/');
    return url(input, folders ? cursor.rest() : rest);
  }

  /** {@code page} is what follows the site's paper folder: the id, then nothing, '/' or ".pdf". */
  private static ParsedId url(String input, String page) {
    String id =
        page == null
            ? null
            : page.endsWith("/")
                ? page.substring(0, page.length() - 1)
                : page.endsWith(".pdf") && page.length() > ".pdf".length()
                    ? page.substring(0, page.length() - ".pdf".length())
                    : page;
    ParsedId parsed = id != null && !id.isEmpty() && id.indexOf('/') < 0 ? parse(input, id) : null;
    return parsed != null
        ? parsed
        : new Malformed(input, "this ACL Anthology page is not a paper", null);
  }

  private static Identifier paper(String id) {
    if (oldStyleDigits(id) == 4 && Chars.isUpper(id.charAt(0))) {
      return new Identifier(Scheme.ACL, id);
    }
    int volumeEnd = newStyleVolumeLength(id);
    if (volumeEnd < 0 || volumeEnd == id.length()) {
      return null;
    }
    Cursor cursor = new Cursor(id, volumeEnd);
    if (!cursor.take('.') || cursor.digits() == 0 || !cursor.atEnd()) {
      return null;
    }
    String digits = id.substring(volumeEnd + 1);
    String number = digits.substring(Math.min(digits.length() - 1, Chars.leadingZeros(digits)));
    return new Identifier(Scheme.ACL, id.substring(0, volumeEnd) + "." + number);
  }

  private static boolean isVolume(String id) {
    int digits = oldStyleDigits(id);
    return (digits == 1 || digits == 2) && Chars.isUpper(id.charAt(0))
        || newStyleVolumeLength(id) == id.length();
  }

  private static boolean isCollection(String id) {
    if (isOldCollection(id)) {
      return true;
    }
    Cursor cursor = new Cursor(id);
    return cursor.digits() == 4
        && cursor.take('.')
        && cursor.skip(LOWER | DIGIT, "") > 0
        && cursor.atEnd();
  }

  /** {@code P18}: a capital letter and two digits. */
  private static boolean isOldCollection(String id) {
    Cursor cursor = new Cursor(id);
    return cursor.takeOne(UPPER) && cursor.digits() == 2 && cursor.atEnd();
  }

  /**
   * For a letter (any case), two digits, '-' and only digits, how many digits follow the '-'; -1
   * for anything else. Paper ids have four, volume ids one or two.
   */
  private static int oldStyleDigits(String id) {
    Cursor cursor = new Cursor(id);
    if (!cursor.takeOne(LETTER) || cursor.digits() != 2 || !cursor.take('-')) {
      return -1;
    }
    int digits = cursor.digits();
    return cursor.atEnd() ? digits : -1;
  }

  /**
   * The length of a new-style volume id ({@code 2021.acl-long}) that {@code id} starts with; -1 if
   * none.
   */
  private static int newStyleVolumeLength(String id) {
    Cursor cursor = new Cursor(id);
    boolean volume =
        cursor.digits() == 4
            && cursor.take('.')
            && cursor.skip(LOWER | DIGIT, "") > 0
            && cursor.take('-')
            && cursor.skip(LOWER | DIGIT, "") > 0;
    return volume ? cursor.at() : -1;
  }
}
