package io.github.papertrail.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The source paths of a round's annotated declarations, found with one walk per outermost type.
 * javac's {@code Trees.getPath(Element)} searches the element's whole file each time it is
 * called, which made a class with many cited members cost the square of its size.
 */
final class DeclarationPaths {

  private DeclarationPaths() {}

  /**
   * The paths of those {@code wanted} elements that are declared, with annotations, in the source of
   * their outermost type; elements it cannot place (packages, modules, implicit declarations such as
   * a record's accessors) are absent, and their callers ask javac.
   */
  static Map<Element, TreePath> of(Trees trees, Collection<? extends Element> wanted) {
    Map<Element, TreePath> paths = new HashMap<>();
    Set<Element> remaining = new java.util.HashSet<>(wanted);
    Set<TypeElement> walked = new java.util.HashSet<>();
    for (Element element : wanted) {
      TypeElement outermost = outermostType(element);
      if (outermost == null || !walked.add(outermost)) {
        continue;
      }
      TreePath root = trees.getPath(outermost);
      if (root != null) {
        new Walker(trees, remaining, paths).scan(root, null);
      }
    }
    return paths;
  }

  private static TypeElement outermostType(Element element) {
    TypeElement outermost = null;
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        outermost = type;
      }
    }
    return outermost;
  }

  private static final class Walker extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final Set<Element> remaining;
    private final Map<Element, TreePath> paths;

    Walker(Trees trees, Set<Element> remaining, Map<Element, TreePath> paths) {
      this.trees = trees;
      this.remaining = remaining;
      this.paths = paths;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      place(tree.getModifiers().getAnnotations());
      return super.visitClass(tree, null);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      place(tree.getModifiers().getAnnotations());
      return null; // declarations in bodies are not root elements' members
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      place(tree.getModifiers().getAnnotations());
      return null;
    }

    private void place(List<? extends AnnotationTree> annotations) {
      if (annotations.isEmpty()) {
        return;
      }
      Element element = trees.getElement(getCurrentPath());
      if (element != null && remaining.remove(element)) {
        paths.put(element, getCurrentPath());
      }
    }
  }
}
