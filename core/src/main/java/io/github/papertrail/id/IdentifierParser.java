package io.github.papertrail.id;

import static io.github.papertrail.id.Cursor.DIGIT;
import static io.github.papertrail.id.Cursor.LETTER;
import static io.github.papertrail.id.Problems.suggestionFrom;

import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;
import java.util.List;
import java.util.Locale;

/**
 * The identifier grammar, written out in {@code core/IDENTIFIERS.md}: this class decides which
 * scheme's parser an input goes to (by URL host, by prefix, or for a bare string by its shape) and
 * owns the catalog keys, which are what is left. Strict: a look-alike that arXiv, JabRef or idutils
 * would quietly repair is rejected, and the repair becomes the suggestion.
 */
final class IdentifierParser {

  /** Sites whose addresses are recognised when written without {@code https://}. */
  private static final List<String> PAPER_HOSTS =
      List.of(
          "arxiv.org",
          "doi.org",
          "openreview.net",
          "aclanthology.org",
          "aclweb.org",
          "huggingface.co",
          "hf.co",
          "alphaxiv.org",
          "ar5iv.org",
          "ar5iv.labs.arxiv.org",
          "semanticscholar.org");

  /** What may come before a paper site's host: {@code www.arxiv.org}, {@code dx.doi.org}. */
  private static final List<String> SUBDOMAINS = List.of("www.", "export.", "dx.");

  private static final int KEY_LENGTH = 100;

  private IdentifierParser() {}

  static ParsedId parse(String input) {
    if (input == null || input.isBlank()) {
      return new Malformed(input, "the identifier is empty", null);
    }
    String trimmed = input.strip();
    if (!trimmed.equals(input)) {
      return new Malformed(
          input,
          "surrounding whitespace is not part of an identifier",
          suggestionFrom(parse(trimmed)));
    }
    int nonAscii = Chars.firstNonAscii(input);
    if (nonAscii < 0) {
      return parseVisible(input); // the common case: nothing to look for
    }
    int invisible = LookAlikes.firstInvisible(input);
    if (invisible >= 0) {
      return LookAlikes.invisible(input, invisible, IdentifierParser::parse);
    }
    ParsedId parsed = parseVisible(input);
    // a page's URL may hold any letter; elsewhere a character outside ASCII is the likely mistake
    return parsed instanceof Malformed malformed
            && !Chars.hasWhiteSpace(input.substring(nonAscii, nonAscii + 1))
        ? LookAlikes.nonAscii(input, nonAscii, malformed, IdentifierParser::parse)
        : parsed;
  }

  private static ParsedId parseVisible(String input) {
    HttpUrl url = HttpUrl.split(input);
    if (url != null) {
      return url(input, url);
    }
    int colon = prefixLength(input);
    if (colon > 0) {
      return prefixed(input, input.substring(0, colon), input.substring(colon + 1));
    }
    return bare(input);
  }

  private static ParsedId prefixed(String input, String word, String rest) {
    Scheme scheme =
        switch (word.toLowerCase(Locale.ROOT)) {
          case "arxiv" -> Scheme.ARXIV;
          case "doi" -> Scheme.DOI;
          case "openreview" -> Scheme.OPENREVIEW;
          case "acl" -> Scheme.ACL;
          default -> null;
        };
    if (scheme == null) {
      return new Malformed(
          input,
          "unknown prefix '"
              + word
              + ":'; the accepted prefixes are arXiv:, doi:, openreview: and acl:",
          null);
    }
    if (rest.isEmpty()) {
      return new Malformed(input, "nothing follows '" + word + ":'", null);
    }
    if (HttpUrl.isHttpUrl(rest)) {
      return new Malformed(
          input,
          "a URL is written without the '" + word + ":' prefix",
          suggestionFrom(parse(rest)));
    }
    if (!rest.strip().equals(rest)) {
      return new Malformed(
          input,
          "whitespace after '" + word + ":' is not part of an identifier",
          suggestionFrom(parse(word + ":" + rest.strip())));
    }
    ParsedId parsed =
        switch (scheme) {
          case ARXIV -> ArxivParser.parse(input, rest);
          case DOI -> DoiParser.parse(input, rest);
          case OPENREVIEW -> OpenReviewParser.parse(input, rest);
          default -> AclParser.parse(input, rest);
        };
    return parsed != null
        ? parsed
        : new Malformed(
            input,
            "'"
                + rest
                + "' is not "
                + (scheme == Scheme.ARXIV
                    ? "an arXiv id (2106.09685 or hep-th/9901001)"
                    : "an ACL Anthology id (2021.acl-long.353 or P18-1007)"),
            null);
  }

  /**
   * No URL, no prefix: the shape decides, arXiv first, keys late, and OpenReview only to suggest
   * its prefix.
   */
  private static ParsedId bare(String input) {
    if (startsWithPaperHost(input)) {
      return new Malformed(
          input, "a URL starts with https://", suggestionFrom(parse("https://" + input)));
    }
    ParsedId arxiv = ArxivParser.parse(input, input);
    if (arxiv != null) {
      return arxiv;
    }
    if (input.startsWith("10.") || input.startsWith("10/")) {
      return DoiParser.parse(input, input);
    }
    Malformed arxivWithoutColon = ArxivParser.withoutColon(input);
    if (arxivWithoutColon != null) {
      return arxivWithoutColon;
    }
    if (AclParser.looksLikeId(input)) {
      ParsedId acl = AclParser.parse(input, input);
      if (acl instanceof Malformed m
          && m.suggestion() == null
          && OpenReviewParser.looksLikeId(input)) {
        return bareOpenReview(
            input, m.reason() + "; an OpenReview id needs the prefix: openreview:" + input);
      }
      if (acl != null) {
        return acl;
      }
    }
    int keyChars = keyLength(input);
    if (keyChars == input.length() && keyChars <= KEY_LENGTH) {
      return new Valid(new Identifier(Scheme.KEY, input));
    }
    if (input.startsWith("~")) {
      return OpenReviewParser.parse(input, input);
    }
    if (OpenReviewParser.looksLikeId(input)) {
      return bareOpenReview(input, "a bare OpenReview id needs the prefix: openreview:" + input);
    }
    if (keyChars == input.length()) {
      return new Malformed(
          input,
          "a catalog key has at most " + KEY_LENGTH + " characters, this one has " + input.length(),
          null);
    }
    if (keyChars > 0) {
      return new Malformed(
          input,
          "a catalog key is a letter followed by letters, digits, '_', '.' or '-', not '"
              + Character.toString(input.codePointAt(keyChars))
              + "'",
          null);
    }
    return new Malformed(
        input,
        "not an identifier: expected an arXiv id (2106.09685), a DOI (10.1145/...), "
            + "openreview:<id>, acl:<id>, an http(s) URL or a catalog key",
        null);
  }

  /**
   * The length of the word before a colon ({@code arXiv}, {@code doi}, ...), or 0 when there is
   * none.
   */
  private static int prefixLength(String input) {
    Cursor cursor = new Cursor(input);
    if (!cursor.takeOne(LETTER)) {
      return 0;
    }
    cursor.skip(LETTER | DIGIT, "+.-");
    return cursor.take(':') ? cursor.at() - 1 : 0;
  }

  /** {@code arxiv.org/abs/...} and the like: a paper site's address with its scheme left out. */
  private static boolean startsWithPaperHost(String input) {
    int slash = input.indexOf('/');
    int dot = input.indexOf('.');
    if (slash < 0 || dot < 0 || dot > slash) {
      return false; // most bare strings are ids, DOIs and keys: no host before a '/'
    }
    String host = input.substring(0, slash).toLowerCase(Locale.ROOT);
    for (String subdomain : SUBDOMAINS) {
      if (host.startsWith(subdomain)) {
        host = host.substring(subdomain.length());
        break;
      }
    }
    return PAPER_HOSTS.contains(host);
  }

  /**
   * How many of {@code text}'s first characters a key may hold: a letter, then letters, digits,
   * '_', '.', '-'.
   */
  private static int keyLength(String text) {
    Cursor cursor = new Cursor(text);
    if (!cursor.takeOne(LETTER)) {
      return 0;
    }
    return 1 + cursor.skip(LETTER | DIGIT, "_.-");
  }

  private static Malformed bareOpenReview(String input, String reason) {
    return new Malformed(input, reason, new Identifier(Scheme.OPENREVIEW, input));
  }

  /**
   * The paper sites' URLs go to their scheme's parser; any other page is a paper's identity as it
   * is.
   */
  private static ParsedId url(String input, HttpUrl url) {
    if (Chars.hasWhiteSpace(input)) {
      return new Malformed(input, "a URL has no whitespace", null);
    }
    if (url.host().isEmpty()) {
      return new Malformed(input, "the URL has no host", null);
    }
    return switch (url.host()) {
      case "arxiv.org", "www.arxiv.org", "export.arxiv.org" -> ArxivParser.url(input, url.path());
      case "doi.org", "www.doi.org", "dx.doi.org" -> DoiParser.url(input, url.path());
      case "openreview.net", "www.openreview.net" -> OpenReviewParser.url(input, url);
      case "aclanthology.org", "www.aclanthology.org" -> AclParser.anthologyUrl(input, url.path());
      // Only the legacy Anthology is papers; the rest of aclweb.org is ordinary pages.
      case "aclweb.org", "www.aclweb.org" ->
          url.path().startsWith("/anthology/") ? AclParser.aclwebUrl(input, url.path()) : page(url);
      // Other sites' pages about one arXiv paper; their other pages are ordinary pages.
      // Hugging Face's /papers/ also holds listings (/papers/date/...), so only ids from a digit.
      case "huggingface.co", "www.huggingface.co", "hf.co" ->
          orPage(ArxivParser.otherSiteUrl(input, url.path(), true, "/papers/"), url);
      case "alphaxiv.org", "www.alphaxiv.org" ->
          orPage(ArxivParser.otherSiteUrl(input, url.path(), false, "/abs/", "/overview/"), url);
      case "ar5iv.org", "www.ar5iv.org", "ar5iv.labs.arxiv.org" ->
          orPage(ArxivParser.otherSiteUrl(input, url.path(), false, "/abs/", "/html/"), url);
      case "semanticscholar.org", "www.semanticscholar.org" ->
          orPage(ArxivParser.otherSiteUrl(input, url.path(), false, "/arxiv/"), url);
      default -> page(url);
    };
  }

  /** An ordinary page: the paper's identity is its URL. */
  private static Valid page(HttpUrl url) {
    return new Valid(new Identifier(Scheme.URL, url.normalForm()));
  }

  private static ParsedId orPage(ParsedId parsed, HttpUrl url) {
    return parsed != null ? parsed : page(url);
  }
}
