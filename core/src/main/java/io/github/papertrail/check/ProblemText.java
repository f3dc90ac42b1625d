package io.github.papertrail.check;

import java.util.List;

/**
 * A problem as one line of text, {@code [PaperUnknownId] 2106.09658 is not in … Did you mean …? …}:
 * the message, the fixes in the words that suit the kind, then the advice. The front end that
 * prints it says how its users name the catalogs option, since only it knows.
 */
public final class ProblemText {

  private ProblemText() {}

  /**
   * @param catalogsOption how the front end's users add a catalog ({@code option
   *     papertrail.catalogs}, {@code <catalogs>}), named after the advice of an unknown identifier;
   *     or null to name none
   */
  public static String render(Problem problem, String catalogsOption) {
    StringBuilder text =
        new StringBuilder()
            .append('[')
            .append(problem.kind().tag())
            .append("] ")
            .append(problem.message());
    List<Fix> fixes = problem.fixes();
    switch (problem.kind()) {
      case MALFORMED_ID -> {
        Fix fix = problem.uniqueFix();
        if (fix != null) {
          text.append(" Write \"").append(fix.replacement()).append('"');
          if (fix.key() != null) {
            text.append(" (").append(fix.key()).append(": \"").append(fix.title()).append("\")");
          }
          text.append('.');
        }
      }
      case UNKNOWN_ID -> {
        if (!fixes.isEmpty()) {
          text.append(" Did you mean ").append(describeAll(fixes)).append('?');
        }
      }
      case TITLE_MISMATCH -> {
        if (!fixes.isEmpty()) {
          text.append(" Papers with a title like that: ").append(describeAll(fixes)).append('.');
        }
      }
      case CONFLICT -> {
        if (problem.advice() == null && problem.uniqueFix() != null) {
          text.append(" The title picks ")
              .append(problem.uniqueFix().key())
              .append("; cite it by that key to be sure.");
        }
      }
      default -> {}
    }
    if (problem.advice() != null) {
      text.append(' ').append(problem.advice());
      if (problem.kind() == ProblemKind.UNKNOWN_ID && catalogsOption != null) {
        text.append(" (").append(catalogsOption).append(')');
      }
      text.append('.');
    }
    return text.toString();
  }

  /**
   * What a fix names: {@code 2106.09685 (hu2021lora: "LORA: …", 2021)}, the key alone in brackets
   * when it is the replacement.
   */
  public static String describe(Fix fix) {
    return (fix.replacement().equals(fix.key()) ? "" : fix.replacement() + " ")
        + "("
        + fix.key()
        + ": \""
        + fix.title()
        + "\""
        + (fix.year() == null ? "" : ", " + fix.year())
        + ")";
  }

  private static String describeAll(List<Fix> fixes) {
    return String.join(", ", fixes.stream().map(ProblemText::describe).toList());
  }
}
