package io.github.papertrail.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.papertrail.config.FrontEnd;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The fast mode, the javac plugin front end of {@link Compilation}: walks each class's trees once
 * javac has analyzed it, so that javac runs no annotation processing rounds. Enable it with {@code
 * -Xplugin:Papertrail} and {@code -proc:none}, the processor jar on the processor path; options
 * follow the name: {@code -Xplugin:"Papertrail unknown=warning catalogs=a.json,b.json
 * index=target/classes"}. A plugin has no Filer, so the index is written only where {@code
 * index=DIR} says.
 */
public final class PapertrailPlugin implements Plugin {

  @Override
  public String getName() {
    return "Papertrail";
  }

  @Override
  public void init(JavacTask task, String... args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "" : arg.substring(eq + 1));
    }
    Preload.bundledCatalog();
    task.addTaskListener(new Listener(task, Trees.instance(task), options));
  }

  /** Checks each class after analysis; writes the index when the compilation is over. */
  private static final class Listener implements TaskListener {
    private final Trees trees;
    private final Compilation compilation;

    /**
     * Where a message without an element goes: javac's diagnostics need a file, the last one
     * analyzed.
     */
    private CompilationUnitTree lastUnit;

    Listener(JavacTask task, Trees trees, Map<String, String> options) {
      this.trees = trees;
      this.compilation =
          new Compilation(
              FrontEnd.JAVAC_PLUGIN,
              options,
              task.getElements(),
              task.getTypes(),
              trees,
              null,
              this::report,
              PapertrailPlugin.class.getClassLoader(),
              () ->
                  Arrays.asList(
                      null,
                      StartFolders.folderOf(lastUnit == null ? null : lastUnit.getSourceFile())));
    }

    private void report(Diagnostic.Kind kind, String message) {
      if (lastUnit != null) {
        trees.printMessage(kind, message, lastUnit, lastUnit);
      }
    }

    @Override
    public void finished(TaskEvent event) {
      try {
        if (event.getKind() == TaskEvent.Kind.ANALYZE) {
          lastUnit = event.getCompilationUnit();
          if (compilation.ready()) {
            analyzed(event);
          }
        } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
          compilation.finish(null);
        }
      } catch (RuntimeException e) {
        compilation.failed(e);
      }
    }

    private void analyzed(TaskEvent event) {
      TypeElement type = event.getTypeElement();
      String file = event.getCompilationUnit().getSourceFile().getName();
      boolean infoFile = file.endsWith("package-info.java") || file.endsWith("module-info.java");
      if (type != null && !infoFile) {
        compilation.compiled(type);
        TreePath path = pathOf(event.getCompilationUnit(), type);
        if (path != null) {
          compilation.check(path);
        }
      } else {
        // package-info.java and module-info.java: javac reports an unnamed synthetic class for the
        // whole file
        compilation.check(new TreePath(event.getCompilationUnit()));
      }
    }

    /**
     * An analyzed (top-level) class's path: found among its file's types, not by a search of the
     * file.
     */
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
  }
}
