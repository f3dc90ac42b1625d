package io.github.papertrail.javadoc;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The HTML the taglets write for a paper. Everything from a catalog or a doc comment (titles,
 * names, notes, identifiers) is untrusted text: escaped with {@code escapeHtml4}, and a URL becomes
 * a link only when it is {@code http(s)://}. The same entry always gives the same bytes.
 */
final class PaperHtml {

  /** Authors named before "et al.". */
  static final int AUTHORS_SHOWN = 3;

  private PaperHtml() {}

  /**
   * {@code <cite>Title</cite> (Hu et al., 2021) <a href="…">arXiv</a>}: the title, the first
   * authors and the year the catalog gives, and the paper's pages.
   */
  static String paper(CatalogEntry entry) {
    StringBuilder html = new StringBuilder("<span class=\"papertrail-paper\">");
    html.append("<cite>").append(escape(entry.title())).append("</cite>");
    List<String> about = new ArrayList<>();
    String authors = authors(entry);
    if (authors != null) {
      about.add(authors);
    }
    if (entry.year() != null) {
      about.add(String.valueOf(entry.year()));
    }
    if (!about.isEmpty()) {
      html.append(" (").append(escape(String.join(", ", about))).append(')');
    }
    List<Pages.Page> pages = Pages.of(entry, PaperHtml::linkable);
    for (int i = 0; i < pages.size(); i++) {
      html.append(i == 0 ? ", " : " · ");
      html.append("<a href=\"")
          .append(escape(pages.get(i).url()))
          .append("\">")
          .append(escape(pages.get(i).label()))
          .append("</a>");
    }
    return html.append("</span>").toString();
  }

  /** A visible marker where a paper could not be rendered: the identifier and what is wrong. */
  static String error(String written, String problem) {
    return "<span class=\"papertrail-error\"><code>"
        + escape(written)
        + "</code> ("
        + escape(problem)
        + ")</span>";
  }

  /** "Hu, Shen, Wallis et al.", "6 authors", or null when the catalog names none. */
  static String authors(CatalogEntry entry) {
    List<String> names = entry.authors();
    if (!names.isEmpty()) {
      boolean more = names.size() > AUTHORS_SHOWN || Boolean.TRUE.equals(entry.moreAuthors());
      return String.join(", ", names.subList(0, Math.min(names.size(), AUTHORS_SHOWN)))
          + (more ? " et al." : "");
    }
    Integer count = entry.authorCount();
    return count == null ? null : count + (count == 1 ? " author" : " authors");
  }

  /** Only {@code http(s)://} URLs become links: a catalog is untrusted input. */
  static boolean linkable(String url) {
    String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://"))
        && url.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  static String escape(String text) {
    return text == null ? "" : StringEscapeUtils.escapeHtml4(text);
  }
}
