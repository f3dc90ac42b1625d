package io.github.papertrail.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Where each {@code @Paper} of an element stands in the source, in source order, including those
 * inside an explicit or implicit {@code @Paper.List}: javac's messager cannot place a message on a
 * value of a repeated annotation, so papertrail finds the value's tree itself.
 */
final class AnnotationSites {

  /** One {@code @Paper} in the source: its compilation unit and its argument trees by name. */
  record Site(
      CompilationUnitTree unit, AnnotationTree annotation, Map<String, ExpressionTree> arguments) {
    /**
     * The tree of an argument, or the annotation itself when the argument is not written (a
     * default).
     */
    Tree at(String name) {
      ExpressionTree argument = arguments.get(name);
      return argument == null ? annotation : argument;
    }

    long line(Trees trees) {
      long position = trees.getSourcePositions().getStartPosition(unit, at("value"));
      return position < 0 ? -1 : unit.getLineMap().getLineNumber(position);
    }
  }

  private AnnotationSites() {}

  /**
   * The element's {@code @Paper} sites in source order, or an empty list when its source is not at
   * hand.
   */
  static List<Site> of(Trees trees, Element element, TypeElement paper, TypeElement list) {
    return of(trees, trees.getPath(element), paper, list);
  }

  /**
   * The same for a declaration whose path the caller already has (javac's getPath(Element) searches
   * the file).
   */
  static List<Site> of(Trees trees, TreePath path, TypeElement paper, TypeElement list) {
    if (path == null) {
      return List.of();
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    Tree leaf = path.getLeaf();
    List<? extends AnnotationTree> annotations;
    if (leaf instanceof ClassTree c) {
      annotations = c.getModifiers().getAnnotations();
    } else if (leaf instanceof MethodTree m) {
      annotations = m.getModifiers().getAnnotations();
    } else if (leaf instanceof VariableTree v) {
      annotations = v.getModifiers().getAnnotations();
    } else if (leaf instanceof ModuleTree m) {
      annotations = m.getAnnotations();
    } else if (leaf instanceof PackageTree p) {
      annotations = p.getAnnotations();
    } else {
      return List.of();
    }
    List<Site> sites = new ArrayList<>();
    for (AnnotationTree annotation : annotations) {
      Element type =
          trees.getElement(
              new TreePath(new TreePath(path, annotation), annotation.getAnnotationType()));
      if (paper.equals(type)) {
        sites.add(new Site(unit, annotation, arguments(annotation)));
      } else if (list != null && list.equals(type)) {
        ExpressionTree value = arguments(annotation).get("value");
        List<? extends ExpressionTree> nested =
            value instanceof NewArrayTree array ? array.getInitializers() : List.of(value);
        for (ExpressionTree each : nested) {
          if (each instanceof AnnotationTree inner) {
            sites.add(new Site(unit, inner, arguments(inner)));
          }
        }
      }
    }
    return sites;
  }

  private static Map<String, ExpressionTree> arguments(AnnotationTree annotation) {
    Map<String, ExpressionTree> arguments = new HashMap<>();
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree name) {
        arguments.put(name.getName().toString(), assignment.getExpression());
      } else {
        arguments.put("value", argument);
      }
    }
    return arguments;
  }
}
