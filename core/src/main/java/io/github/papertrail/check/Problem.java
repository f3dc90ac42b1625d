package io.github.papertrail.check;

import java.util.List;

/**
 * One problem, as data: what kind, how severe, the value as written, where, what is wrong, and the
 * suggested fixes. Front ends render it ({@link ProblemText}): javac's messages, the Maven log, and
 * machine-readable files, all from the same fields.
 *
 * @param written the identifier as the citation writes it, or null for a problem of no citation
 * @param attribute the member of {@code @Paper} the problem is on
 * @param location where it is, or null until a front end says
 * @param message what is wrong, one or more sentences, without the fixes or the advice
 * @param fixes suggested replacements, nearest first; exactly one makes the fix unambiguous
 * @param advice what to do when no fix applies, one sentence without its final period, or null
 */
public record Problem(
    ProblemKind kind,
    Severity severity,
    String written,
    Attribute attribute,
    Location location,
    String message,
    List<Fix> fixes,
    String advice) {

  public Problem {
    fixes = List.copyOf(fixes);
  }

  /**
   * A problem of no single citation (an option, a catalog file, the index), at its kind's default
   * severity.
   */
  public static Problem of(ProblemKind kind, String message) {
    return new Problem(
        kind, kind.defaultSeverity(), null, Attribute.VALUE, null, message, List.of(), null);
  }

  /** The same problem at another severity (an option or a build rule overrides the default). */
  public Problem withSeverity(Severity other) {
    return other == severity
        ? this
        : new Problem(kind, other, written, attribute, location, message, fixes, advice);
  }

  /** The same problem, placed. */
  public Problem at(Location where) {
    return new Problem(kind, severity, written, attribute, where, message, fixes, advice);
  }

  /**
   * The one fix, where there is exactly one: what the messages offer as "Write …". Whether a tool
   * may write it unasked is {@link AutomaticFix}'s stricter question.
   */
  public Fix uniqueFix() {
    return fixes.size() == 1 ? fixes.get(0) : null;
  }
}
