package io.github.papertrail.catalog;

import java.util.Locale;

/** What a catalog entry is. Non-papers stay citable by key or URL. */
public enum Kind {
  PAPER,
  BLOG_POST,
  TWEET,
  NOTES;

  private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /**
   * The name used in catalog files: {@code paper}, {@code blog-post}, {@code tweet}, {@code notes}.
   */
  public String label() {
    return label;
  }

  public static Kind fromLabel(String label) {
    for (Kind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '" + label + "'; expected one of paper, blog-post, tweet, notes");
  }
}
