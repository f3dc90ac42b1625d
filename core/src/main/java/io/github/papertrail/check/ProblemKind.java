package io.github.papertrail.check;

/**
 * Every kind of problem papertrail reports, with the stable tag that starts its message (grep for
 * it), its default severity and what it means. The README's table of tags is tested against this.
 */
public enum ProblemKind {
  MALFORMED_ID("PaperMalformedId", Severity.ERROR, "the identifier does not follow the grammar"),
  UNKNOWN_ID("PaperUnknownId", Severity.ERROR, "well-formed, but in no catalog in use"),
  TITLE_MISMATCH(
      "PaperTitleMismatch",
      Severity.ERROR,
      "`title=` is not the title of the identifier's entry: a valid id of the wrong paper"),
  CONFLICT(
      "PaperConflict",
      Severity.WARNING,
      "the entry is flagged in the catalog, or the id names two entries"),
  UNCITED_MENTION(
      "PaperUncitedMention",
      Severity.WARNING,
      "the Javadoc links or names a paper by identifier that no `@Paper` on the element cites"),
  OPTIONS(
      "PaperOptions",
      Severity.ERROR,
      "a bad option value, or a catalog file that is missing or malformed (with `file:line:col`)"),
  INDEX(
      "PaperIndex",
      Severity.ERROR,
      "the citation index cannot be written, or an earlier one cannot be read"),
  INTERNAL_ERROR(
      "PaperInternalError",
      Severity.ERROR,
      "a bug in papertrail: reported on the element instead of crashing javac");

  private final String tag;
  private final Severity defaultSeverity;
  private final String description;

  ProblemKind(String tag, Severity defaultSeverity, String description) {
    this.tag = tag;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  /** {@code PaperUnknownId}; messages start with it in brackets. */
  public String tag() {
    return tag;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** When it is reported, in one line (Markdown). */
  public String description() {
    return description;
  }

  /** The kind a tag names, or null. */
  public static ProblemKind forTag(String tag) {
    for (ProblemKind kind : values()) {
      if (kind.tag.equals(tag)) {
        return kind;
      }
    }
    return null;
  }
}
