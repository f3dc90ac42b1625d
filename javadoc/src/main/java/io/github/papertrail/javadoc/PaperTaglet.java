package io.github.papertrail.javadoc;

import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.UnknownInlineTagTree;
import java.util.EnumSet;
import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The inline tag {@code {@paper 2106.09685}}: the paper's title, first authors, year and links, as
 * the catalogs give them. Any identifier {@code @Paper} accepts works (arXiv id, DOI, {@code
 * openreview:ID}, {@code acl:ID}, URL, catalog key). An unknown or malformed identifier is a
 * javadoc error at the tag's place, and the page shows the identifier with what is wrong.
 *
 * <p>Register with {@code -taglet io.github.papertrail.javadoc.PaperTaglet} (maven-javadoc-plugin:
 * {@code <taglets>}); see {@link TagletCatalogs} for the catalogs.
 */
public final class PaperTaglet extends CitationTaglet {

  /** The tag's name: {@code {@paper ID}}. */
  public static final String NAME = "paper";

  /** Called by javadoc, through {@code -taglet}. */
  public PaperTaglet() {
    super(NAME, true, EnumSet.allOf(Location.class));
  }

  @Override
  public String toString(List<? extends DocTree> tags, Element element) {
    StringBuilder html = new StringBuilder();
    for (DocTree tag : tags) {
      html.append(render(tag, element));
    }
    return html.toString();
  }

  private String render(DocTree tag, Element element) {
    String written = text(tag).strip();
    String id = written.split("\\s+", 2)[0];
    if (id.isEmpty()) {
      reporter.error(
          element, tag, "{@paper} names no paper; write {@paper ID}, such as {@paper 2106.09685}");
      return PaperHtml.error("{@paper}", "no identifier");
    }
    if (!id.equals(written)) {
      reporter.warning(
          element,
          tag,
          "{@paper "
              + written
              + "}: only the identifier is rendered; the text after it is ignored");
    }
    return PaperLookup.render(id, element, tag, reporter, Diagnostic.Kind.ERROR);
  }

  /** The tag's text: {@code 2106.09685} of {@code {@paper 2106.09685}}. */
  static String text(DocTree tag) {
    if (!(tag instanceof UnknownInlineTagTree inline)) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (DocTree part : inline.getContent()) {
      text.append(part instanceof TextTree t ? t.getBody() : part.toString());
    }
    return text.toString();
  }
}
