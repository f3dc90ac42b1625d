package io.github.papertrail.id;

/**
 * The kinds of identifier a citation may use; {@link #prefix()} is the word before the colon in a
 * normal form.
 */
public enum Scheme {
  ARXIV("arxiv"),
  DOI("doi"),
  OPENREVIEW("openreview"),
  ACL("acl"),
  /** A generic web page (blog post, tweet, repository); its normal form is the URL itself. */
  URL("url"),
  /** A catalog key for papers with no public identifier; its normal form is the key itself. */
  KEY("key");

  private final String prefix;

  Scheme(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
