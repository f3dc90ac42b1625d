package io.github.papertrail.processor;
import io.github.papertrail.catalog.format.CatalogFiles;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
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
import javax.lang.model.element.Element;
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
    private final Set<String> compiledOwners = new HashSet<>();
    private CitationChecker checker;
    private ElementNames names;
    private boolean broken;
    /** A package-info.java's package is an owner of citations, as a class is. */
    private final java.util.function.Consumer<Element> packages = p -> compiledOwners.add(names.owner(p));

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
        TreePath path = pathOf(event.getCompilationUnit(), type);
        if (path != null) {
          new CitedDeclarations(trees, checker, packages).scan(path, null);
        }
      } else {
        // package-info.java and module-info.java: javac reports an unnamed synthetic class for the whole file
        new CitedDeclarations(trees, checker, packages).scan(new TreePath(event.getCompilationUnit()), null);
      }
    }

    /** An analyzed (top-level) class's path: found among its file's types, not by a search of the file. */
    private TreePath pathOf(CompilationUnitTree unit, TypeElement type) {
      TreePath file = new TreePath(unit);
      for (Tree declaration : unit.getTypeDecls()) {
        if (declaration instanceof ClassTree) {
          TreePath path = new TreePath(file, declaration);
          if (type.equals(trees.getElement(path))) {
            return path;
          }
        }
      }
      return trees.getPath(type);
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
        Catalogs catalogs = CatalogFiles.inUse(parsed.catalogs());
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
