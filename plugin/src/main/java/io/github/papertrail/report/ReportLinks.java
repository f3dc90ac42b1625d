package io.github.papertrail.report;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Pages;
import java.util.List;
import java.util.Locale;

/** What the four renderers share: which URLs may become links, a paper's pages, its author line. */
final class ReportLinks {

  /** A paper's page: label (arXiv, DOI, OpenReview, ACL Anthology, Web) and URL. */
  record Link(String label, String url) {}

  private ReportLinks() {}

  /**
   * Whether a URL may become a link: {@code http(s)://}, or a relative path whose part before the
   * first {@code /} has no {@code :} (so no {@code javascript:}, {@code data:}, … scheme). Catalogs
   * and source links come from users, so anything else is shown as text. A relative path must also
   * not start with {@code //} (another host), nor hold {@code \} (browsers read it as {@code /}) or
   * {@code &} (HTML and Markdown decode {@code &colon;} into a {@code :}).
   */
  static boolean linkable(String url) {
    if (url == null || url.isEmpty() || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return true;
    }
    int slash = url.indexOf('/');
    String head = slash < 0 ? url : url.substring(0, slash);
    return !head.contains(":")
        && !url.startsWith("//")
        && url.indexOf('\\') < 0
        && url.indexOf('&') < 0
        && !Character.isWhitespace(url.charAt(0));
  }

  /**
   * The entry's pages in the order arXiv, DOI, OpenReview, ACL Anthology, then its web addresses;
   * only linkable ones.
   */
  static List<Link> pages(CatalogEntry entry) {
    return Pages.of(entry, ReportLinks::linkable).stream()
        .map(page -> new Link(page.label(), page.url()))
        .toList();
  }

  /** The first page of an entry, or null. */
  static String primaryUrl(CatalogEntry entry) {
    List<Link> pages = pages(entry);
    return pages.isEmpty() ? null : pages.get(0).url();
  }

  /**
   * The page of an identifier no catalog holds (an unknown arXiv id still has an abstract page), or
   * null.
   */
  static String urlOf(String id) {
    return Pages.urlOf(id, ReportLinks::linkable);
  }

  /** "Hu, Shen et al.", "6 authors", or null when the catalog names none. */
  static String authors(CatalogEntry entry) {
    if (!entry.authors().isEmpty()) {
      return String.join(", ", entry.authors())
          + (Boolean.TRUE.equals(entry.moreAuthors()) ? " et al." : "");
    }
    return entry.authorCount() == null
        ? null
        : entry.authorCount() + (entry.authorCount() == 1 ? " author" : " authors");
  }

  /** The source link of a citation when it may be a link, else null. */
  static String sourceLink(SourceLinks links, Citation citation) {
    String link = links.link(citation);
    return linkable(link) ? link : null;
  }

  /**
   * {@code Lora.java:12}: the source file's name and the line, or null when the source is unknown.
   */
  static String sourceText(Citation citation) {
    if (citation.source() == null) {
      return null;
    }
    String file =
        citation.source().substring(citation.source().replace('\\', '/').lastIndexOf('/') + 1);
    return citation.line() == null ? file : file + ":" + citation.line();
  }

  /** The distinct elements citing a paper, in the model's order. */
  static List<String> elements(References.PaperReferences paper) {
    return paper.citations().stream().map(Citation::element).distinct().toList();
  }

  /**
   * The first {@code title=} a citation of an unknown identifier gives: the only hint of what paper
   * it is.
   */
  static String citedTitle(References.PaperReferences paper) {
    return paper.citations().stream()
        .map(Citation::title)
        .filter(t -> t != null && !t.isBlank())
        .findFirst()
        .orElse(null);
  }
}
