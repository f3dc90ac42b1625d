package io.github.papertrail.id;
import static io.github.papertrail.id.Problems.suggestionFrom;

import io.github.papertrail.id.ParsedId.Malformed;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv ids of either style, the arXiv look-alikes that fit neither, and arxiv.org URLs. The two styles'
 * own rules are in {@link NewArxivParser} and {@link OldArxivParser}; what they share (the version, a
 * leading '/', a tail after the id) is here, so that both word a deviation the same way.
 */
final class ArxivParser {

  private static final Pattern NEW_ID_UNDER_ARCHIVE = Pattern.compile(
      "^/*[A-Za-z][A-Za-z-]*(?:\\.[A-Za-z]*)?/(\\d{4}\\.\\d.*)$", Pattern.DOTALL);
  private static final Pattern WITHOUT_COLON = Pattern.compile("^arxiv[ ._-]?(\\d{4}\\..*)$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern URL_PATH = Pattern.compile("^/(abs|pdf|html)/(.+)$", Pattern.DOTALL);
  private static final Pattern SEPARATED_TAIL = Pattern.compile("^[/#?\\[\\s]");

  private ArxivParser() {}

  /** arXiv rules for {@code candidate}; null when it does not even look like an arXiv id. */
  static ParsedId parse(String input, String candidate) {
    Matcher underArchive = NEW_ID_UNDER_ARCHIVE.matcher(candidate);
    if (underArchive.matches()) {
      return new Malformed(input, "new-style arXiv ids (from 0704 on) have no archive prefix",
          suggestionFrom(parse(input, underArchive.group(1))));
    }
    ParsedId parsed = NewArxivParser.parse(input, candidate);
    return parsed != null ? parsed : OldArxivParser.parse(input, candidate);
  }

  /** {@code arXiv2106.09685} and the like: the prefix without its colon; null for anything else. */
  static Malformed withoutColon(String input) {
    Matcher m = WITHOUT_COLON.matcher(input);
    if (!m.matches()) {
      return null;
    }
    return new Malformed(input, "the arXiv prefix is written with a colon: arXiv:" + m.group(1),
        suggestionFrom(parse(input, m.group(1))));
  }

  /** A path on arXiv's hosts: {@code /abs/<id>}, {@code /pdf/<id>[.pdf]} or {@code /html/<id>[/]}. */
  static ParsedId url(String input, String path) {
    Matcher m = URL_PATH.matcher(path);
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
    ParsedId parsed = parse(input, id);
    return parsed != null ? parsed
        : new Malformed(input, "this arXiv URL is not a paper: '" + id + "' is not an arXiv id", null);
  }

  static void leadingSlashes(Problems problems, String slashes) {
    if (!slashes.isEmpty()) {
      problems.fixable("a leading '/' is not part of an arXiv id");
    }
  }

  /** What follows the id: ".pdf" or a separated tail are fixable, anything glued to the number is not. */
  static void tail(Problems problems, String tail) {
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

  /** The version after {@code letter} (v or V, null when there is none); null when there is no usable one. */
  static Integer version(Problems problems, String letter, String digits) {
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
