package io.github.papertrail.id;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A paper identifier in normal form. {@code value} carries no prefix: {@code 2106.09685}, {@code
 * hep-th/9901001}, {@code 10.1145/3292500.3330701} (DOIs are lower case), {@code 0qSOodKmJaN},
 * {@code 2021.acl-long.353}, a URL, or a catalog key. {@code version} is arXiv-only and
 * informational: it never makes a different paper, so {@link #normalForm()} leaves it out.
 */
public record Identifier(Scheme scheme, String value, Integer version) {

  public Identifier {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(value, "value");
    if (version != null && (scheme != Scheme.ARXIV || version < 1)) {
      throw new IllegalArgumentException(
          "only arXiv ids have versions, from 1: " + scheme + " " + version);
    }
  }

  public Identifier(Scheme scheme, String value) {
    this(scheme, value, null);
  }

  /**
   * The text as a message may print it: each invisible character (a Unicode format character such
   * as U+202E, which would reorder the rest of the line on a terminal) written as {@code <U+202E>}.
   * Null stays null.
   */
  public static String shown(String text) {
    return text == null || Chars.firstNonAscii(text) < 0 || LookAlikes.firstInvisible(text) < 0
        ? text
        : LookAlikes.shown(text);
  }

  /**
   * Strict parsing: any form a user may write in {@code @Paper(...)}; look-alikes come back
   * malformed with a suggestion.
   */
  public static ParsedId parse(String input) {
    return IdentifierParser.parse(input);
  }

  /**
   * The one form used for catalog look-up and dedupe: {@code arxiv:2106.09685}, {@code doi:10.…}, a
   * URL, a key.
   */
  public String normalForm() {
    return switch (scheme) {
      case URL, KEY -> value;
      default -> scheme.prefix() + ":" + value;
    };
  }

  /**
   * What a user writes in {@code @Paper(...)}: {@code 2106.09685v2}, {@code 10.1145/…}, {@code
   * openreview:…}, {@code acl:…}.
   */
  public String citeForm() {
    return switch (scheme) {
      case ARXIV -> value + versionSuffix();
      case OPENREVIEW, ACL -> normalForm();
      case DOI, URL, KEY -> value;
    };
  }

  /** The paper's canonical web page, or null for a catalog key. */
  public String url() {
    return switch (scheme) {
      case ARXIV -> "https://arxiv.org/abs/" + value;
      case DOI -> "https://doi.org/" + encodePath(value);
      case OPENREVIEW -> "https://openreview.net/forum?id=" + value;
      case ACL -> "https://aclanthology.org/" + value + "/";
      case URL -> value;
      case KEY -> null;
    };
  }

  @Override
  public String toString() {
    return normalForm() + versionSuffix();
  }

  private String versionSuffix() {
    return version == null ? "" : "v" + version;
  }

  // A DOI suffix may hold '#', '?', '<>' and Unicode, which a URL path must not carry raw.
  private static String encodePath(String path) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:@!$&'()*+,;=".indexOf(c) >= 0)) {
        encoded.append(c);
      } else {
        encoded
            .append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }
}
