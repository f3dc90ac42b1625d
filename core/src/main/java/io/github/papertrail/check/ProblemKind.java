package io.github.papertrail.check;

/** Every kind of citation problem, with the stable tag that starts its message (grep for it). */
public enum ProblemKind {
  /** The identifier does not follow the grammar. */
  MALFORMED_ID("PaperMalformedId"),
  /** A well-formed identifier that no catalog in use holds. */
  UNKNOWN_ID("PaperUnknownId"),
  /** {@code title=} names another paper than the identifier's entry. */
  TITLE_MISMATCH("PaperTitleMismatch"),
  /** The cited entry is flagged in the catalog, or the identifier names more than one entry. */
  CONFLICT("PaperConflict");

  private final String tag;

  ProblemKind(String tag) {
    this.tag = tag;
  }

  /** {@code PaperUnknownId}; messages start with it in brackets. */
  public String tag() {
    return tag;
  }
}
