package io.github.papertrail.id;
import static io.github.papertrail.id.Problems.suggestionFrom;

import io.github.papertrail.id.ParsedId.Malformed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Old-style arXiv ids, {@code archive[.SC]/YYMMNNN} from 9101 to 0703. The archive list is closed (no
 * archive of this style was added after March 2007), so a misspelt archive can be named as such.
 */
final class OldArxivParser {

  /** The 34 archives that existed before April 2007 (arXiv taxonomy {@code definitions.py}). */
  private static final List<String> ARCHIVE_LIST = List.of(
      "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn",
      "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
      "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th",
      "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "quant-ph", "solv-int", "supr-con");
  private static final Set<String> ARCHIVES = Set.copyOf(ARCHIVE_LIST);
  // arXiv's own parser maps "hepth" to "hep-th"; we only suggest it.
  private static final Map<String, String> ARCHIVES_WITHOUT_HYPHEN = ARCHIVE_LIST.stream()
      .collect(Collectors.toUnmodifiableMap(a -> a.replace("-", ""), Function.identity()));
  private static final Set<String> ARCHIVES_WITH_SUBJECT_CLASS = Set.of("math", "cs", "nlin", "q-bio");

  private static final Pattern SHAPE = Pattern.compile(
      "^(/*)([A-Za-z][A-Za-z-]*)(?:\\.([A-Za-z]*))?/(\\d+)(?:([vV])(\\d*))?(.*)$", Pattern.DOTALL);
  private static final Pattern WITHOUT_SLASH = Pattern.compile(
      "^(" + String.join("|", ARCHIVE_LIST) + ")(\\.[A-Za-z]{2})?(\\d{7}(?:v\\d+)?)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TWO_CAPITALS = Pattern.compile("^[A-Z]{2}$");

  private OldArxivParser() {}

  /** Null when {@code candidate} is not shaped like an old-style id, with or without its '/'. */
  static ParsedId parse(String input, String candidate) {
    Matcher m = SHAPE.matcher(candidate);
    if (m.matches()) {
      return parse(input, m);
    }
    m = WITHOUT_SLASH.matcher(candidate);
    if (m.matches()) {
      String archive = m.group(1) + (m.group(2) == null ? "" : m.group(2));
      return new Malformed(input, "an old-style arXiv id has a '/' after the archive: " + archive + "/" + m.group(3),
          suggestionFrom(parse(input, archive + "/" + m.group(3))));
    }
    return null;
  }

  private static ParsedId parse(String input, Matcher m) {
    Problems problems = new Problems();
    ArxivParser.leadingSlashes(problems, m.group(1));
    ArxivParser.tail(problems, m.group(7));
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
    Integer version = ArxivParser.version(problems, m.group(5), m.group(6));
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
}
