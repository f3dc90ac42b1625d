package io.github.papertrail.check;

/** One problem with one citation: its kind, severity, and a message that says what is wrong and what to do. */
public record Problem(ProblemKind kind, Severity severity, String message) {

  /** The message behind its tag: {@code [PaperUnknownId] 2106.09658 is not in …}. */
  public String text() {
    return "[" + kind.tag() + "] " + message;
  }
}
