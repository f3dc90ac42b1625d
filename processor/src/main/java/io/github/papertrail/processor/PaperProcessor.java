package io.github.papertrail.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.papertrail.config.CompilerOptions;
import io.github.papertrail.config.FrontEnd;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The annotation processor front end of {@link Compilation}: checks every {@code @Paper} of each
 * round and writes the index through the Filer when processing is over. Options are {@code
 * -Apapertrail.NAME=VALUE}.
 *
 * <p>It supports only {@code @Paper} and its container, so that Gradle's incremental compilation
 * stays incremental (an aggregating processor that supports {@code "*"} makes every change a full
 * recompilation), and it claims none of them (returns false). javac then calls it only in rounds
 * that hold a {@code @Paper}, but the index must also learn of a recompiled class whose last
 * {@code @Paper} is gone and of a deleted one, and the drift check must read every doc comment. So,
 * under javac, a {@link TaskListener} records every compilation unit javac enters, and the work of
 * the rounds the processor did not see (the drift check, which classes were recompiled) and the
 * index are done once annotation processing is over, through the Filer it was given. Another
 * compiler (Eclipse's) has no such listener: there the index is written when the last round is
 * over, if the processor was called at all.
 */
@SupportedAnnotationTypes({PaperProcessor.PAPER, PaperProcessor.PAPER_LIST})
public final class PaperProcessor extends AbstractProcessor {

  static final String PAPER = "io.github.papertrail.Paper";
  static final String PAPER_LIST = "io.github.papertrail.Paper.List";
  private static final String PREFIX = "papertrail.";

  private Trees trees;
  private Compilation compilation;
  private Set<? extends Element> firstRoots = Set.of();

  /**
   * Every compilation unit javac entered, by file, the latest trees; null outside javac. javac
   * enters them all again before each round after the first, so the set is whole by the last round.
   */
  private Map<URI, CompilationUnitTree> entered;

  private boolean finished;

  /** Where catalog jars are looked for. */
  private final ClassLoader catalogPath;

  /** The processor javac's service loader creates: catalog jars come from its own loader. */
  public PaperProcessor() {
    this(PaperProcessor.class.getClassLoader());
  }

  /** A processor that looks for catalog jars through {@code catalogPath} (tests). */
  PaperProcessor(ClassLoader catalogPath) {
    this.catalogPath = catalogPath;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new TreeSet<>();
    CompilerOptions.NAMES.forEach(name -> options.add(PREFIX + name));
    return options;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    if (env.getElementUtils().getTypeElement(PAPER) != null) {
      Preload.bundledCatalog(); // not for a module that cannot cite (no papertrail-annotations)
    }
    // null when not javac (e.g. Eclipse's compiler): no source lines in the index, checks still run
    ProcessingEnvironment javacs = JavacEnvironment.unwrap(env);
    trees = javacs == null ? null : Trees.instance(javacs);
    Map<String, String> options = new TreeMap<>();
    env.getOptions()
        .forEach(
            (name, value) -> {
              if (name.startsWith(PREFIX)) {
                options.put(name.substring(PREFIX.length()), value);
              }
            });
    compilation =
        new Compilation(
            FrontEnd.PROCESSOR,
            options,
            env.getElementUtils(),
            env.getTypeUtils(),
            trees,
            env.getMessager(),
            (kind, message) -> env.getMessager().printMessage(kind, message),
            catalogPath,
            () -> StartFolders.of(new FilerIndex(env.getFiler()).classOutput(), trees, firstRoots));
    if (javacs != null) {
      entered = new LinkedHashMap<>();
      JavacTask.instance(javacs).addTaskListener(new Listener());
    }
  }

  /** Records the entered units, and finishes the compilation's work once processing is over. */
  private final class Listener implements TaskListener {
    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ENTER && event.getCompilationUnit() != null) {
        CompilationUnitTree unit = event.getCompilationUnit();
        entered.put(unit.getSourceFile().toUri(), unit);
      } else if (event.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
        try {
          finish();
        } catch (RuntimeException e) {
          compilation.failed(e);
        }
      }
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        if (entered == null) {
          finish(); // not javac: no listener tells when processing is over
        }
        return false;
      }
      if (firstRoots.isEmpty()) {
        firstRoots = round.getRootElements(); // where the module folder search may start
      }
      compilation.compiledRoots(round.getRootElements());
      if (!compilation.ready()) {
        return false; // no @Paper on the class path, or the set-up error is already reported
      }
      check(round);
    } catch (RuntimeException e) {
      compilation.failed(e);
    }
    return false;
  }

  private void check(RoundEnvironment round) {
    CitationChecker checker = compilation.checker();
    ElementNames names = compilation.names();
    Set<String> withoutSource = new HashSet<>(); // owners: outermost types
    for (Element root : round.getRootElements()) {
      TreePath path = trees == null || !(root instanceof TypeElement) ? null : trees.getPath(root);
      if (path != null) {
        compilation.check(path);
      } else if (root instanceof TypeElement) {
        withoutSource.add(names.owner(root));
      } else {
        checker.checkElement(root); // a package or module declaration
      }
    }
    if (!withoutSource.isEmpty()) {
      // not javac, or a class a processor generated as a class file: javac's element search, no
      // source lines
      Set<? extends Element> annotated =
          checker.list() == null
              ? round.getElementsAnnotatedWith(checker.paper())
              : round.getElementsAnnotatedWithAny(checker.paper(), checker.list());
      for (Element element : annotated) {
        if (withoutSource.contains(names.owner(element))) {
          checker.checkElement(element);
        }
      }
    }
  }

  /**
   * The end of processing: every entered unit whose declarations no round showed the processor is
   * recompiled (its old citations go) and, with the drift check on, its doc comments are read; then
   * the index is merged and written, once.
   */
  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (entered != null && compilation.configured()) {
      for (CompilationUnitTree unit : entered.values()) {
        unseen(unit);
      }
    }
    compilation.finish(new FilerIndex(processingEnv.getFiler()));
  }

  /**
   * A unit no round showed the processor: it holds no {@code @Paper} (javac would have called the
   * processor), so only what it recompiled and, with the drift check, its doc comments matter.
   */
  private void unseen(CompilationUnitTree unit) {
    TreePath file = new TreePath(unit);
    if (isInfoFile(unit)) {
      Tree declaration = unit.getPackage();
      for (Tree type : unit.getTypeDecls()) {
        declaration = type instanceof ModuleTree ? type : declaration;
      }
      Element element =
          declaration == null ? null : trees.getElement(new TreePath(file, declaration));
      if (element != null && compilation.compiled(element)) {
        if (compilation.checksMentions() && compilation.ready()) {
          compilation.check(file);
        }
      }
      return;
    }
    for (Tree declaration : unit.getTypeDecls()) {
      if (!(declaration instanceof ClassTree)) {
        continue;
      }
      TreePath path = new TreePath(file, declaration);
      Element type = trees.getElement(path);
      if (type == null || !compilation.compiled(type)) {
        continue; // a round showed it: checked there
      }
      if (compilation.checksMentions() && compilation.ready()) {
        compilation.check(path);
      }
    }
  }

  private static boolean isInfoFile(CompilationUnitTree unit) {
    String name = unit.getSourceFile().getName();
    return name.endsWith("package-info.java") || name.endsWith("module-info.java");
  }
}
