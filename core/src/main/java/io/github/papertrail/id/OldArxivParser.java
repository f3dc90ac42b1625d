package io.github.papertrail.id;

import static io.github.papertrail.id.Cursor.LETTER;
import static io.github.papertrail.id.Problems.suggestionFrom;

import io.github.papertrail.id.ParsedId.Malformed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Old-style arXiv ids, {@code archive[.SC]/YYMMNNN} from 9101 to 0703. The archive list is closed
 * (no archive of this style was added after March 2007), so a misspelt archive can be named as
 * such.
 */
final class OldArxivParser {

  /** The 34 archives that existed before April 2007 (arXiv taxonomy {@code definitions.py}). */
  private static final List<String> ARCHIVE_LIST =
      List.of(
          "acc-phys",
          "adap-org",
          "alg-geom",
          "ao-sci",
          "astro-ph",
          "atom-ph",
          "bayes-an",
          "chao-dyn",
          "chem-ph",
          "cmp-lg",
          "comp-gas",
          "cond-mat",
          "cs",
          "dg-ga",
          "funct-an",
          "gr-qc",
          "hep-ex",
          "hep-lat",
          "hep-ph",
          "hep-th",
          "math",
          "math-ph",
          "mtrl-th",
          "nlin",
          "nucl-ex",
          "nucl-th",
          "patt-sol",
          "physics",
          "plasm-ph",
          "q-alg",
          "q-bio",
          "quant-ph",
          "solv-int",
          "supr-con");

  private static final Set<String> ARCHIVES = Set.copyOf(ARCHIVE_LIST);
  // arXiv's own parser maps "hepth" to "hep-th"; we only suggest it.
  private static final Map<String, String> ARCHIVES_WITHOUT_HYPHEN =
      ARCHIVE_LIST.stream()
          .collect(Collectors.toUnmodifiableMap(a -> a.replace("-", ""), Function.identity()));
  private static final Set<String> ARCHIVES_WITH_SUBJECT_CLASS =
      Set.of("math", "cs", "nlin", "q-bio");

  private OldArxivParser() {}

  /**
   * Null when {@code candidate} is not shaped like an old-style id, with or without its '/' (or
   * with several).
   */
  static ParsedId parse(String input, String candidate) {
    // The shape: slashes, an archive-like word, '.' and letters, '/' (or more), digits, v or V and
    // digits, any tail.
    Cursor cursor = new Cursor(candidate);
    int slashes = cursor.skip('/');
    int start = cursor.at();
    if (!cursor.takeOne(LETTER)) {
      return withoutSlash(input, candidate);
    }
    cursor.skip(LETTER, "-");
    String writtenArchive = cursor.since(start);
    String subjectClass = null;
    if (cursor.take('.')) {
      start = cursor.at();
      cursor.skip(LETTER, "");
      subjectClass = cursor.since(start);
    }
    if (!cursor.take('/')) {
      return withoutSlash(input, candidate);
    }
    int extraSlashes = cursor.skip('/');
    start = cursor.at();
    if (cursor.digits() == 0) {
      return withoutSlash(input, candidate);
    }
    String number = cursor.since(start);
    char v = cursor.takeAnyOf("vV");
    start = cursor.at();
    cursor.digits();
    String versionDigits = cursor.since(start);

    Problems problems = new Problems();
    ArxivParser.leadingSlashes(problems, slashes);
    ArxivParser.tail(problems, cursor.rest());
    String archive = archive(problems, writtenArchive);
    if (extraSlashes > 0) {
      problems.fixable(
          "an old-style arXiv id has one '/' after the archive, not " + (extraSlashes + 1));
    }
    if (subjectClass != null && !ARCHIVES_WITH_SUBJECT_CLASS.contains(archive)) {
      problems.fixable(
          "a subject class (."
              + subjectClass
              + ") only follows math, cs, nlin or q-bio, not "
              + archive);
    } else if (subjectClass != null
        && !(subjectClass.length() == 2
            && Chars.isUpper(subjectClass.charAt(0))
            && Chars.isUpper(subjectClass.charAt(1)))) {
      problems.fixable("a subject class is two capital letters, not '" + subjectClass + "'");
    }
    if (number.length() != 7) {
      problems.fatal(
          "an old-style arXiv id has 7 digits (YYMMNNN) after the '/', "
              + number
              + " has "
              + number.length());
    } else {
      int year = Integer.parseInt(number.substring(0, 2));
      int month = Integer.parseInt(number.substring(2, 4));
      if (month < 1 || month > 12) {
        problems.fatal("arXiv month " + number.substring(2, 4) + " is not 01-12");
      } else if (!(year >= 91 || year <= 6 || year == 7 && month <= 3)) {
        problems.fatal(
            "old-style arXiv ids run from 9101 to 0703 (March 2007), "
                + number.substring(0, 4)
                + " is outside; later ids look like 0704.0001");
      }
      if (number.endsWith("000")) {
        problems.fatal("arXiv sequence number 000 is never assigned");
      }
    }
    Integer version = ArxivParser.version(problems, v, versionDigits);
    return problems.result(
        input, () -> new Identifier(Scheme.ARXIV, archive + "/" + number, version));
  }

  /**
   * {@code hep-th9901001}: a known archive (any case) glued to seven digits; null for anything
   * else.
   */
  private static ParsedId withoutSlash(String input, String candidate) {
    for (String known : ARCHIVE_LIST) {
      // The archive, an optional '.' and two letters, seven digits, an optional v (any case) and
      // digits.
      Cursor cursor = new Cursor(candidate);
      if (cursor.takeIgnoringCase(known)
          && (!cursor.take('.') || cursor.takeOne(LETTER) && cursor.takeOne(LETTER))) {
        int digits = cursor.at();
        if (cursor.digits() == 7
            && (cursor.takeAnyOf("vV") == 0 || cursor.digits() > 0)
            && cursor.atEnd()) {
          String archive = candidate.substring(0, digits);
          String rest = candidate.substring(digits);
          return new Malformed(
              input,
              "an old-style arXiv id has a '/' after the archive: " + archive + "/" + rest,
              suggestionFrom(parse(input, archive + "/" + rest)));
        }
      }
    }
    return null;
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
}
