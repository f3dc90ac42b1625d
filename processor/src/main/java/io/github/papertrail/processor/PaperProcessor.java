package io.github.papertrail.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.papertrail.config.CompilerOptions;
import io.github.papertrail.config.FrontEnd;
import java.util.HashSet;
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
 * round and writes the index through the Filer when processing is over. Claims no annotation
 * (returns false) and sees every round ({@code "*"}), so that an incremental compilation knows
 * which types it recompiled. Options are {@code -Apapertrail.NAME=VALUE}.
 */
@SupportedAnnotationTypes("*")
public final class PaperProcessor extends AbstractProcessor {

  static final String PAPER = "io.github.papertrail.Paper";
  static final String PAPER_LIST = "io.github.papertrail.Paper.List";
  private static final String PREFIX = "papertrail.";

  private Trees trees;
  private Compilation compilation;
  private Set<? extends Element> firstRoots = Set.of();

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
    trees = JavacEnvironment.trees(env);
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
            () -> StartFolders.of(new FilerIndex(env.getFiler()).classOutput(), trees, firstRoots));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        compilation.finish(new FilerIndex(processingEnv.getFiler()));
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
}
