package io.github.papertrail.catalog;

import io.github.papertrail.id.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A paper's web pages, for every renderer of papers (the plugin's reports, the Javadoc taglets):
 * one order of labels, and only the URLs the renderer's own rule lets become links.
 */
public final class Pages {

  /** A paper's page: label (arXiv, DOI, OpenReview, ACL Anthology, Web) and URL. */
  public record Page(String label, String url) {}

  private Pages() {}

  /**
   * The entry's pages in the order arXiv, DOI, OpenReview, ACL Anthology, then its web addresses;
   * only those whose URL {@code linkable} accepts. A user catalog may hold an identifier that does
   * not parse: it gets no page rather than failing the rendering.
   */
  public static List<Page> of(CatalogEntry entry, Predicate<String> linkable) {
    List<Page> pages = new ArrayList<>();
    add(pages, "arXiv", entry.ids().arxiv(), linkable);
    add(pages, "DOI", entry.ids().doi(), linkable);
    add(pages, "OpenReview", entry.ids().openreview(), linkable);
    add(pages, "ACL Anthology", entry.ids().acl(), linkable);
    entry.ids().url().forEach(url -> add(pages, "Web", url, linkable));
    return pages;
  }

  /** The page of an identifier, when it parses, has a page and {@code linkable} accepts it. */
  public static String urlOf(String id, Predicate<String> linkable) {
    return id == null
        ? null
        : Identifier.parse(id).identifier().map(Identifier::url).filter(linkable).orElse(null);
  }

  private static void add(List<Page> pages, String label, String id, Predicate<String> linkable) {
    String url = urlOf(id, linkable);
    if (url != null) {
      pages.add(new Page(label, url));
    }
  }
}
