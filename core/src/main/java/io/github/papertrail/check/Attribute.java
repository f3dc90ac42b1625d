package io.github.papertrail.check;

/** The member of {@code @Paper} a problem is about, so that a compiler underlines that value. */
public enum Attribute {
  VALUE("value"),
  TITLE("title");

  private final String member;

  Attribute(String member) {
    this.member = member;
  }

  /** The member's name in {@code @Paper}: {@code value}, {@code title}. */
  public String member() {
    return member;
  }
}
