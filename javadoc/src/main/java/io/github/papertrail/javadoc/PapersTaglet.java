package io.github.papertrail.javadoc;

import com.sun.source.doctree.DocTree;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The block tag {@code @papers}: a "Papers:" section listing the element's own {@code @Paper}
 * citations (repeated ones too), each with the paper as {@link PaperTaglet} renders it, then its
 * role, section and note. The annotation values are read from the element itself, so a citation
 * through a constant ({@code @Paper(Papers.LORA)}) shows the paper, not the constant's name. Text
 * after the tag is ignored; an element without {@code @Paper} gets a warning and no section.
 *
 * <p>An identifier no catalog holds is a javadoc warning here, not an error: the annotation
 * processor already checks {@code @Paper} at compile time, with the project's own severities.
 */
public final class PapersTaglet extends CitationTaglet {

  /** The tag's name: {@code @papers}. */
  public static final String NAME = "papers";

  static final String PAPER = "io.github.papertrail.Paper";
  static final String PAPER_LIST = "io.github.papertrail.Paper.List";

  /** Called by javadoc, through {@code -taglet}. */
  public PapersTaglet() {
    super(NAME, false, EnumSet.complementOf(EnumSet.of(Location.OVERVIEW)));
  }

  @Override
  public String toString(List<? extends DocTree> tags, Element element) {
    if (tags.isEmpty() || element == null) {
      return "";
    }
    List<AnnotationMirror> citations = citations(element);
    if (citations.isEmpty()) {
      reporter.warning(
          element,
          tags.get(0),
          "@papers on "
              + element.getSimpleName()
              + ", which has no @Paper citation; cite a paper with @Paper(\"ID\") or remove the tag");
      return "";
    }
    StringBuilder html =
        new StringBuilder("<dt>Papers:</dt>\n<dd><ul class=\"papertrail-papers\">");
    for (AnnotationMirror citation : citations) {
      html.append("\n<li>").append(item(citation, element, tags.get(0))).append("</li>");
    }
    return html.append("\n</ul></dd>\n").toString();
  }

  private String item(AnnotationMirror citation, Element element, DocTree tag) {
    String id = value(citation, "value");
    StringBuilder html =
        new StringBuilder(
            PaperLookup.render(
                id == null ? "" : id, element, tag, reporter, Diagnostic.Kind.WARNING));
    String role = value(citation, "role");
    html.append(" — <span class=\"papertrail-role\">")
        .append(PaperHtml.escape((role == null ? "IMPLEMENTS" : role).toLowerCase(Locale.ROOT)))
        .append("</span>");
    String section = value(citation, "section");
    if (section != null && !section.isBlank()) {
      html.append(", section ").append(PaperHtml.escape(section));
    }
    String note = value(citation, "note");
    if (note != null && !note.isBlank()) {
      html.append(": ").append(PaperHtml.escape(note));
    }
    return html.toString();
  }

  /** The element's {@code @Paper} annotations, those inside {@code @Paper.List} too, in order. */
  static List<AnnotationMirror> citations(Element element) {
    List<AnnotationMirror> citations = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (type.equals(PAPER)) {
        citations.add(mirror);
      } else if (type.equals(PAPER_LIST)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
            mirror.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("value")
              && e.getValue().getValue() instanceof List<?> list) {
            for (Object each : list) {
              if (each instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror m) {
                citations.add(m);
              }
            }
          }
        }
      }
    }
    return citations;
  }

  /**
   * An annotation element's value as written (a constant's value, an enum constant's name), or null
   * when left at its default.
   */
  private static String value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        Object value = e.getValue().getValue();
        return value instanceof Element constant
            ? constant.getSimpleName().toString()
            : String.valueOf(value);
      }
    }
    return null;
  }
}
