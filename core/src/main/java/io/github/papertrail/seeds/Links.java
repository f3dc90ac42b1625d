package io.github.papertrail.seeds;

import io.github.papertrail.catalog.Kind;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import java.net.URI;
import java.util.Locale;

/** What a seed's link says about its item: an identifier, and the kind of thing it points at. */
final class Links {

  private Links() {}

  /**
   * Adds the item's main link: a paper identifier where the grammar reads one, else the URL itself
   * as the item's identifier (a blog post, a tweet, a PDF on a conference site), and sets the kind.
   */
  static void addMain(SeedRecord.Builder record, String url) {
    ParsedId parsed = Identifier.parse(url);
    if (parsed instanceof ParsedId.Valid valid) {
      record.id(valid.id());
      if (valid.id().scheme() == Scheme.URL) {
        record.kind(kindOf(url));
      }
    } else {
      record.link(url);
    }
  }

  /**
   * Adds a secondary link (code, tweet): a paper identifier where it is one, else kept as a link.
   */
  static void addOther(SeedRecord.Builder record, String url) {
    ParsedId parsed = Identifier.parse(url);
    if (parsed instanceof ParsedId.Valid valid && valid.id().scheme() != Scheme.URL) {
      record.id(valid.id());
    } else {
      record.link(url);
    }
  }

  static Kind kindOf(String url) {
    String host;
    String path;
    try {
      URI uri = URI.create(url);
      host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Kind.PAPER;
    }
    if (host.equals("x.com")
        || host.endsWith(".x.com")
        || host.equals("twitter.com")
        || host.endsWith(".twitter.com")) {
      return Kind.TWEET;
    }
    if (host.endsWith(".notion.site") || host.equals("notion.site")) {
      return Kind.NOTES;
    }
    if (host.contains("blog") || path.contains("/blog/")) {
      return Kind.BLOG_POST;
    }
    return Kind.PAPER;
  }
}
