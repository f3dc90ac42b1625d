package io.github.papertrail.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The fast mode: the same checks and index as {@link PaperProcessor}, as a javac plugin that walks
 * each class's trees once javac has analyzed it, so that javac runs no annotation processing
 * rounds. Enable it with {@code -Xplugin:Papertrail} and {@code -proc:none}, the processor jar on
 * the processor path; options follow the name:
 * {@code -Xplugin:"Papertrail unknown=warning catalogs=a.json:b.json index=target/classes"}. A
 * plugin has no Filer, so the index is written only where {@code index=DIR} says.
 */
public final class PapertrailPlugin implements Plugin {

  @Override
  public String getName() {
    return "Papertrail";
  }

  @Override
  public void init(JavacTask task, String... args) {
    Trees trees = Trees.instance(task);
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put("papertrail." + (eq < 0 ? arg : arg.substring(0, eq)), eq < 0 ? "true" : arg.substring(eq + 1));
    }
    String indexDir = options.remove("papertrail.index");
    Preload.bundledCatalog();
    task.addTaskListener(new Listener(task, trees, options, indexDir));
  }

  /** Checks each class after analysis; writes the index when the compilation is over. */
  private static final class Listener implements TaskListener {
    private final JavacTask task;
    private final Trees trees;
    private final Map<String, String> options;
    private final Path indexDir;
    private final Set<String> compiledOwners = new TreeSet<>();
    private CitationChecker checker;
    private ElementNames names;
    private boolean broken;

    Listener(JavacTask task, Trees trees, Map<String, String> options, String indexDir) {
      this.task = task;
      this.trees = trees;
      this.options = options;
      this.indexDir = indexDir == null || indexDir.equals("false") ? null : Path.of(indexDir);
    }

    @Override
    public void finished(TaskEvent event) {
      if (broken) {
        return;
      }
      try {
        if (event.getKind() == TaskEvent.Kind.ANALYZE) {
          analyzed(event);
        } else if (event.getKind() == TaskEvent.Kind.COMPILATION && indexDir != null && checker != null) {
          writeIndex();
        }
      } catch (RuntimeException e) {
        broken = true;
        if (checker != null) {
          checker.internalError(null, e);
        } else {
          System.err.println("error: [PaperInternalError] papertrail failed: " + e);
        }
      }
    }

    private void analyzed(TaskEvent event) {
      if (!setUp(event.getCompilationUnit())) {
        return;
      }
      TypeElement type = event.getTypeElement();
      String file = event.getCompilationUnit().getSourceFile().getName();
      boolean infoFile = file.endsWith("package-info.java") || file.endsWith("module-info.java");
      if (type != null && !infoFile) {
        compiledOwners.add(names.owner(type));
        TreePath path = trees.getPath(type);
        if (path != null) {
          new Declarations().scan(path, null);
        }
      } else {
        // package-info.java and module-info.java: javac reports an unnamed synthetic class for the whole file
        new Declarations().scan(new TreePath(event.getCompilationUnit()), null);
      }
    }

    /**
     * Every declaration of one class (nested ones included), or a package or module declaration.
     * Only declarations that carry annotations in the source are looked at (most carry none), and
     * the implicit accessors of records: a record component's {@code @Paper} also lands on its
     * accessor, which has no tree. {@code @Paper} reaches a declaration no other way (it is not
     * {@code @Inherited}).
     */
    private final class Declarations extends TreePathScanner<Void, Void> {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        check(tree.getModifiers().getAnnotations());
        super.visitClass(tree, null);
        if (tree.getKind() == Tree.Kind.RECORD && trees.getElement(getCurrentPath()) instanceof TypeElement record) {
          implicitAccessors(tree, record);
        }
        return null;
      }

      /** The accessors javac declares for a record's components, as the processor sees them. */
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
          compiledOwners.add(names.owner(element));
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
        // a package-info or module-info event: only its package and module declarations, not its types
        if (tree.getPackage() != null) {
          scan(new TreePath(getCurrentPath(), tree.getPackage()), null);
        }
        tree.getTypeDecls().stream().filter(ModuleTree.class::isInstance)
            .forEach(module -> scan(new TreePath(getCurrentPath(), module), null));
        return null;
      }

      private void check(List<? extends AnnotationTree> annotations) {
        if (!annotations.isEmpty()) {
          check();
        }
      }

      private void check() {
        Element element = trees.getElement(getCurrentPath());
        if (element != null) {
          checker.checkElement(element, getCurrentPath());
        }
      }
    }

    /** Options and catalogs, once per compilation; a bad option is one error, then the plugin stays quiet. */
    private boolean setUp(CompilationUnitTree unit) {
      if (checker != null) {
        return checker.active();
      }
      Elements elements = task.getElements();
      names = new ElementNames(elements, task.getTypes());
      try {
        ProcessorOptions parsed = ProcessorOptions.parse(options);
        Catalogs catalogs = Catalogs.load(parsed.catalogs());
        for (String warning : catalogs.warnings()) {
          trees.printMessage(javax.tools.Diagnostic.Kind.WARNING, "[PaperOptions] papertrail: " + warning, unit, unit);
        }
        CitationValidator validator = new CitationValidator(catalogs, parsed.unknown());
        checker = new CitationChecker(elements, names, trees, null, validator);
        return checker.active();
      } catch (IllegalArgumentException | CatalogException e) {
        broken = true;
        trees.printMessage(javax.tools.Diagnostic.Kind.ERROR,
            "[PaperOptions] papertrail: " + e.getMessage().replace("-Apapertrail.", "-Xplugin:Papertrail "), unit, unit);
        return false;
      }
    }

    /** Merges with the index an earlier compilation left in the folder, and replaces it atomically. */
    private void writeIndex() {
      Path file = indexDir.resolve(CitationIndex.RESOURCE);
      List<IndexedCitation> earlier = List.of();
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          earlier = CitationIndex.read(in, file.toString());
        } catch (IOException | CatalogException e) {
          earlier = List.of(); // unreadable: this compilation's citations replace it
        }
      } else if (checker.citations().isEmpty()) {
        return;
      }
      List<IndexedCitation> merged = CitationIndex.merge(earlier, checker.citations(), compiledOwners, this::stillExists);
      try {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "citations", ".tmp");
        Files.write(temp, CitationIndex.write(merged));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        System.err.println("error: [PaperIndex] papertrail cannot write " + file + ": " + e);
      }
    }

    private boolean stillExists(String owner) {
      Elements elements = task.getElements();
      if (owner.startsWith("package ")) {
        return elements.getPackageElement(owner.substring("package ".length())) != null;
      }
      if (owner.startsWith("module ")) {
        return elements.getModuleElement(owner.substring("module ".length())) != null;
      }
      return elements.getTypeElement(owner.replace('$', '.')) != null
          || Files.isRegularFile(indexDir.resolve(owner.replace('.', '/') + ".class"));
    }
  }
}
