package io.github.papertrail.id;

import static io.github.papertrail.id.Cursor.DIGIT;
import static io.github.papertrail.id.Cursor.LETTER;

import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;

/**
 * OpenReview paper ids, and openreview.net URLs. OpenReview publishes no grammar: the length range
 * is what its ids have had since 2013, and the reasons tell the other ids it uses (profiles,
 * venues) apart.
 */
final class OpenReviewParser {

  private OpenReviewParser() {}

  static ParsedId parse(String input, String id) {
    if (looksLikeId(id)) {
      return new Valid(new Identifier(Scheme.OPENREVIEW, id));
    }
    String reason;
    if (id.startsWith("~")) {
      reason = "'" + id + "' is an OpenReview profile id, not a paper";
    } else if (id.indexOf('/') >= 0 || id.indexOf('.') >= 0) {
      reason = "'" + id + "' is an OpenReview venue id, not a paper";
    } else if (!id.isEmpty() && idChars(id) == id.length()) {
      reason = "OpenReview ids have 9 to 13 characters, " + id + " has " + id.length();
    } else {
      reason = "OpenReview ids hold only letters, digits, '-' and '_'";
    }
    return new Malformed(input, reason, null);
  }

  /**
   * Whether {@code text} is shaped like a paper id; without a prefix it may as well be a key or an
   * ACL id.
   */
  static boolean looksLikeId(String text) {
    return text.length() >= 9 && text.length() <= 13 && idChars(text) == text.length();
  }

  /** How many of {@code text}'s first characters are letters, digits, '_' or '-'. */
  private static int idChars(String text) {
    return new Cursor(text).skip(LETTER | DIGIT, "_-");
  }

  /**
   * A paper's pages, {@code /forum?id=<id>} and {@code /pdf?id=<id>}, whatever other parameters
   * they carry.
   */
  static ParsedId url(String input, HttpUrl url) {
    String id = url.queryParameter("id");
    if (!url.path().equals("/forum") && !url.path().equals("/pdf") || id == null) {
      return new Malformed(
          input,
          "this OpenReview page is not a paper; a paper's URL is https://openreview.net/forum?id=<id>",
          null);
    }
    String decoded = HttpUrl.percentDecode(id);
    return decoded == null
        ? new Malformed(input, "the URL's percent-encoding is broken", null)
        : parse(input, decoded);
  }
}
