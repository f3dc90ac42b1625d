package io.github.papertrail.check;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code @SuppressWarnings} values papertrail obeys: {@code "papertrail"} silences every
 * problem about an element, and a tag ({@code "PaperConflict"}) the problems of that kind. A value
 * applies to the element that carries it and to every element inside it. The compiler records the
 * recognised values in scope of each citation and uncited mention in the citation index, because
 * {@code @SuppressWarnings} does not reach class files; the {@code check} goal matches them against
 * the problems it finds, which may differ from the compiler's when its catalogs do.
 */
public final class Suppressions {

  /** The value that silences every problem papertrail reports about an element. */
  public static final String ALL = "papertrail";

  /**
   * The kinds about an element: the options, the index and papertrail's own bugs are about the
   * compilation, and no element's annotation can silence them.
   */
  private static final Set<ProblemKind> ABOUT_AN_ELEMENT =
      EnumSet.of(
          ProblemKind.MALFORMED_ID,
          ProblemKind.UNKNOWN_ID,
          ProblemKind.TITLE_MISMATCH,
          ProblemKind.CONFLICT,
          ProblemKind.UNCITED_MENTION);

  private Suppressions() {}

  /** Whether papertrail obeys the {@code @SuppressWarnings} value; others are javac's or tools'. */
  public static boolean recognised(String value) {
    if (ALL.equals(value)) {
      return true;
    }
    ProblemKind kind = ProblemKind.forTag(value);
    return kind != null && ABOUT_AN_ELEMENT.contains(kind);
  }

  /** Whether a problem of the kind can be suppressed in code. */
  public static boolean suppressible(ProblemKind kind) {
    return ABOUT_AN_ELEMENT.contains(kind);
  }

  /**
   * The values papertrail recognises among those given, sorted and without repeats, as the index
   * records them.
   */
  public static List<String> recognisedOf(Collection<String> values) {
    Set<String> found = new TreeSet<>();
    for (String value : values) {
      if (recognised(value)) {
        found.add(value);
      }
    }
    return List.copyOf(found);
  }

  /** Whether the suppressions in scope silence a problem of the kind. */
  public static boolean covers(Collection<String> suppressions, ProblemKind kind) {
    return suppressible(kind)
        && !suppressions.isEmpty()
        && (suppressions.contains(ALL) || suppressions.contains(kind.tag()));
  }
}
