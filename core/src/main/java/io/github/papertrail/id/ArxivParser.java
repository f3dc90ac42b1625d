package io.github.papertrail.id;

import static io.github.papertrail.id.Cursor.LETTER;
import static io.github.papertrail.id.Problems.suggestionFrom;

import io.github.papertrail.id.ParsedId.Malformed;

/**
 * arXiv ids of either style, the arXiv look-alikes that fit neither, and arxiv.org URLs. The two
 * styles' own rules are in {@link NewArxivParser} and {@link OldArxivParser}; what they share (the
 * version, a leading '/', a tail after the id) is here, so that both word a deviation the same way.
 */
final class ArxivParser {

  private ArxivParser() {}

  /** arXiv rules for {@code candidate}; null when it does not even look like an arXiv id. */
  static ParsedId parse(String input, String candidate) {
    String afterArchive = newIdAfterArchive(candidate);
    if (afterArchive != null) {
      return new Malformed(
          input,
          "new-style arXiv ids (from 0704 on) have no archive prefix",
          suggestionFrom(parse(input, afterArchive)));
    }
    ParsedId parsed = NewArxivParser.parse(input, candidate);
    return parsed != null ? parsed : OldArxivParser.parse(input, candidate);
  }

  /** {@code arXiv2106.09685} and the like: the prefix without its colon; null for anything else. */
  static Malformed withoutColon(String input) {
    Cursor cursor = new Cursor(input);
    if (!cursor.takeIgnoringCase("arxiv")) {
      return null;
    }
    cursor.takeAnyOf(" ._-");
    String id = cursor.rest();
    if (!startsLikeNewId(id, false)) {
      return null;
    }
    return new Malformed(
        input,
        "the arXiv prefix is written with a colon: arXiv:" + id,
        suggestionFrom(parse(input, id)));
  }

  /**
   * For {@code hep-th/1601.07616} and the like, the new-style id after the archive; null otherwise.
   */
  private static String newIdAfterArchive(String candidate) {
    Cursor cursor = new Cursor(candidate);
    cursor.skip('/');
    if (!cursor.takeOne(LETTER)) {
      return null;
    }
    cursor.skip(LETTER, "-");
    if (cursor.take('.')) {
      cursor.skip(LETTER, "");
    }
    if (!cursor.take('/')) {
      return null;
    }
    cursor.skip('/');
    String id = cursor.rest();
    return startsLikeNewId(id, true) ? id : null;
  }

  /** Four digits and a dot, then a digit if {@code withDigit}. */
  private static boolean startsLikeNewId(String text, boolean withDigit) {
    Cursor cursor = new Cursor(text);
    return cursor.digits() == 4 && cursor.take('.') && (!withDigit || cursor.digits() > 0);
  }

  /**
   * A path on arXiv's hosts: {@code /abs/<id>}, {@code /pdf/<id>[.pdf]} or {@code /html/<id>[/]}.
   */
  static ParsedId url(String input, String path) {
    String page =
        path.startsWith("/abs/")
            ? "abs"
            : path.startsWith("/pdf/") ? "pdf" : path.startsWith("/html/") ? "html" : null;
    if (page == null || path.length() == page.length() + 2) {
      return new Malformed(
          input,
          path.startsWith("/list/")
              ? "an arXiv listing page is not a paper"
              : "this arXiv page is not a paper; a paper's URL is https://arxiv.org/abs/<id>",
          null);
    }
    String id = path.substring(page.length() + 2);
    if (page.equals("pdf") && id.endsWith(".pdf")) {
      id = id.substring(0, id.length() - ".pdf".length());
    } else if (page.equals("html") && id.endsWith("/")) {
      id = id.substring(0, id.length() - 1);
    }
    ParsedId parsed = parse(input, id);
    return parsed != null
        ? parsed
        : new Malformed(
            input, "this arXiv URL is not a paper: '" + id + "' is not an arXiv id", null);
  }

  /**
   * A page about one arXiv paper on a site other than arXiv's, {@code <page><id>} or {@code
   * <page><id>/} for one of {@code pages} (each like {@code "/abs/"}): the id under the arXiv
   * rules, as on arxiv.org. Null for any other path, which is an ordinary page, and so for a path
   * that does not even look like an id; with {@code newStyleOnly}, for a site whose other pages
   * share the prefix, also for one that does not start with a digit.
   */
  static ParsedId otherSiteUrl(String input, String path, boolean newStyleOnly, String... pages) {
    for (String page : pages) {
      if (path.startsWith(page)) {
        String id = path.substring(page.length());
        if (id.endsWith("/")) {
          id = id.substring(0, id.length() - 1);
        }
        if (newStyleOnly && (id.isEmpty() || !Chars.isDigit(id.charAt(0)))) {
          return null;
        }
        return parse(input, id);
      }
    }
    return null;
  }

  static void leadingSlashes(Problems problems, int slashes) {
    if (slashes > 0) {
      problems.fixable("a leading '/' is not part of an arXiv id");
    }
  }

  /**
   * What follows the id: ".pdf" or a separated tail are fixable, anything glued to the number is
   * not.
   */
  static void tail(Problems problems, String tail) {
    if (tail.isEmpty()) {
      return;
    }
    if (tail.equalsIgnoreCase(".pdf")) {
      problems.fixable("a trailing \".pdf\" is not part of an arXiv id");
    } else if ("/#?[".indexOf(tail.charAt(0)) >= 0 || Chars.isAsciiWhiteSpace(tail.charAt(0))) {
      problems.fixable("\"" + tail + "\" after the id is not part of an arXiv id");
    } else {
      problems.fatal("an arXiv id cannot continue with \"" + tail + "\"");
    }
  }

  /**
   * The version after {@code letter} (v or V, 0 when there is none); null when there is no usable
   * one.
   */
  static Integer version(Problems problems, char letter, String digits) {
    if (letter == 0) {
      return null;
    }
    if (digits.isEmpty()) {
      problems.fixable("a 'v' must be followed by a version number");
      return null;
    }
    if (letter == 'V') {
      problems.fixable("an arXiv version is written with a lower-case v: v" + digits);
    }
    String number = digits.substring(Math.min(digits.length(), Chars.leadingZeros(digits)));
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
}
