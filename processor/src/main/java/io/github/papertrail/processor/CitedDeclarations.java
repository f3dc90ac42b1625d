package io.github.papertrail.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * How both front ends find the citations of a compilation: a walk of each class's trees (nested
 * classes included), or of a package-info or module-info file, that hands every declaration with a
 * {@code @Paper} to the checker together with its path. Only declarations that carry annotations in
 * the source are looked at (most carry none), plus the implicit accessors of records: a record
 * component's {@code @Paper} also lands on its accessor, which has no tree. {@code @Paper} reaches
 * a declaration no other way (it is not {@code @Inherited}). With the drift check on, declarations
 * with a doc comment are handed over too, with it. One walk per class is linear in its size, where
 * asking javac for each annotated element's path searches the file each time.
 */
final class CitedDeclarations extends TreePathScanner<Void, Void> {

  private final Trees trees;
  private final CitationChecker checker;
  private final Consumer<Element> packages;

  /**
   * @param packages told of each package declaration walked, before its citations are checked
   */
  CitedDeclarations(Trees trees, CitationChecker checker, Consumer<Element> packages) {
    this.trees = trees;
    this.checker = checker;
    this.packages = packages;
  }

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    check(tree.getModifiers().getAnnotations());
    super.visitClass(tree, null);
    if (tree.getKind() == Tree.Kind.RECORD
        && trees.getElement(getCurrentPath()) instanceof TypeElement record) {
      implicitAccessors(tree, record);
    }
    return null;
  }

  /** The accessors javac declares for a record's components. */
  private void implicitAccessors(ClassTree tree, TypeElement record) {
    Set<Element> declared = new HashSet<>();
    for (Tree member : tree.getMembers()) {
      if (member instanceof MethodTree) {
        declared.add(trees.getElement(new TreePath(getCurrentPath(), member)));
      }
    }
    for (RecordComponentElement component : record.getRecordComponents()) {
      ExecutableElement accessor = component.getAccessor();
      if (accessor != null && !declared.contains(accessor)) {
        checker.checkElement(accessor);
      }
    }
  }

  @Override
  public Void visitMethod(MethodTree tree, Void unused) {
    check(tree.getModifiers().getAnnotations());
    return null; // no declarations inside bodies carry @Paper (local classes aside)
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    check(tree.getModifiers().getAnnotations());
    return null;
  }

  @Override
  public Void visitPackage(PackageTree tree, Void unused) {
    Element element = trees.getElement(getCurrentPath());
    if (element != null) {
      packages.accept(element);
      checker.checkElement(element);
    }
    return null;
  }

  @Override
  public Void visitModule(ModuleTree tree, Void unused) {
    check(tree.getAnnotations());
    return null;
  }

  @Override
  public Void visitCompilationUnit(CompilationUnitTree tree, Void unused) {
    // a package-info or module-info file: only its package and module declarations, not its types
    if (tree.getPackage() != null) {
      scan(new TreePath(getCurrentPath(), tree.getPackage()), null);
    }
    for (Tree declaration : tree.getTypeDecls()) {
      if (declaration instanceof ModuleTree) {
        scan(new TreePath(getCurrentPath(), declaration), null);
      }
    }
    return null;
  }

  /**
   * Checks the declaration if it carries annotations or, with the drift check on, a doc comment.
   */
  private void check(List<? extends AnnotationTree> annotations) {
    String doc = checker.checksMentions() ? checker.docComment(getCurrentPath()) : null;
    if (annotations.isEmpty() && doc == null) {
      return;
    }
    Element element = trees.getElement(getCurrentPath());
    if (element != null) {
      checker.checkElement(element, getCurrentPath(), doc);
    }
  }
}
