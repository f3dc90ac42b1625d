package io.github.papertrail.processor;

import io.github.papertrail.check.Suppressions;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * The {@code @SuppressWarnings} values papertrail obeys that are in scope of an element: its own
 * and those of the elements around it (a method's class, a nested class's outer classes, a local
 * class's method), up to its package. A package cannot carry {@code @SuppressWarnings}, and a
 * module's applies to the module declaration only, as in javac.
 */
final class SuppressionScope {

  private SuppressionScope() {}

  /** The recognised values in scope, sorted and without repeats; empty when there are none. */
  static List<String> of(Element element) {
    List<String> values = null;
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings annotation = e.getAnnotation(SuppressWarnings.class);
      if (annotation != null) {
        if (values == null) {
          values = new ArrayList<>();
        }
        values.addAll(List.of(annotation.value()));
      }
      if (e.getKind() == ElementKind.PACKAGE || e.getKind() == ElementKind.MODULE) {
        break;
      }
    }
    return values == null ? List.of() : Suppressions.recognisedOf(values);
  }
}
