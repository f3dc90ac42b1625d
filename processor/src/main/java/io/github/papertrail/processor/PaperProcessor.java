package io.github.papertrail.processor;
import io.github.papertrail.catalog.format.CatalogFiles;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Checks every {@code @Paper} of a compilation against the catalogs and writes the module's
 * citation index. Claims no annotation (returns false) and sees every round ({@code "*"}), so that
 * an incremental compilation knows which types it recompiled.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions({ProcessorOptions.CATALOGS, ProcessorOptions.UNKNOWN, ProcessorOptions.INDEX})
public final class PaperProcessor extends AbstractProcessor {

  static final String PAPER = "io.github.papertrail.Paper";
  static final String PAPER_LIST = "io.github.papertrail.Paper.List";

  private ElementNames names;
  private Trees trees;
  private ProcessorOptions options;
  private CitationChecker checker;
  private boolean broken;
  private final Set<String> compiledOwners = new HashSet<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    if (env.getElementUtils().getTypeElement(PAPER) != null) {
      Preload.bundledCatalog(); // not for a module that cannot cite (no papertrail-annotations)
    }
    names = new ElementNames(env.getElementUtils(), env.getTypeUtils());
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      trees = null; // not javac (e.g. Eclipse's compiler): no source lines in the index, checks still run
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        if (!broken && options != null && options.index()) {
          writeIndex();
        }
        return false;
      }
      names.addOwners(round.getRootElements(), compiledOwners);
      if (broken || processingEnv.getElementUtils().getTypeElement(PAPER) == null || !setUp()) {
        return false; // no @Paper on the classpath, or the set-up error is already reported
      }
      Set<String> withoutSource = new HashSet<>(); // owners: outermost types
      for (Element root : round.getRootElements()) {
        TreePath path = trees == null || !(root instanceof TypeElement) ? null : trees.getPath(root);
        if (path != null) {
          new CitedDeclarations(trees, checker, p -> { }).scan(path, null); // as the javac plugin does
        } else if (root instanceof TypeElement) {
          withoutSource.add(names.owner(root));
        } else {
          checker.checkElement(root); // a package or module declaration
        }
      }
      if (!withoutSource.isEmpty()) {
        // not javac, or a class a processor generated as a class file: javac's element search, no source lines
        Set<? extends Element> annotated = checker.list() == null
            ? round.getElementsAnnotatedWith(checker.paper())
            : round.getElementsAnnotatedWithAny(checker.paper(), checker.list());
        for (Element element : annotated) {
          if (withoutSource.contains(names.owner(element))) {
            checker.checkElement(element);
          }
        }
      }
    } catch (RuntimeException e) {
      broken = true;
      if (checker != null) {
        checker.internalError(null, e);
      } else {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[PaperInternalError] papertrail failed: " + e);
      }
    }
    return false;
  }

  /** Reads the options and loads the catalogs, once per compilation; reports and returns false when that fails. */
  private boolean setUp() {
    if (checker != null) {
      return true;
    }
    try {
      options = ProcessorOptions.parse(processingEnv.getOptions());
      Catalogs catalogs = CatalogFiles.inUse(options.catalogs());
      for (String warning : catalogs.warnings()) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "[PaperOptions] papertrail: " + warning);
      }
      CitationValidator validator = new CitationValidator(catalogs, options.unknown());
      checker = new CitationChecker(processingEnv.getElementUtils(), names, trees, processingEnv.getMessager(), validator);
      return true;
    } catch (IllegalArgumentException | CatalogException e) {
      broken = true;
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[PaperOptions] papertrail: " + e.getMessage());
      return false;
    }
  }

  /** Merges with the index an earlier compilation left in the class output, and writes it once. */
  private void writeIndex() {
    List<IndexedCitation> earlier = readEarlierIndex();
    List<IndexedCitation> citations = checker == null ? List.of() : checker.citations();
    if (citations.isEmpty() && earlier == null) {
      return; // no @Paper here, before or now: no file
    }
    List<IndexedCitation> merged = CitationIndex.merge(
        earlier == null ? List.of() : earlier, citations, compiledOwners, this::stillExists);
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE);
      try (OutputStream out = file.openOutputStream()) {
        out.write(CitationIndex.write(merged));
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[PaperIndex] papertrail cannot write "
          + CitationIndex.RESOURCE + " in the class output: " + e + ". Check that the output folder is writable.");
    }
  }

  private List<IndexedCitation> readEarlierIndex() {
    try {
      FileObject file = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE);
      try (InputStream in = file.openInputStream()) {
        return CitationIndex.read(in, file.getName());
      }
    } catch (IOException | IllegalArgumentException e) {
      return null; // none yet
    } catch (CatalogException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
          "[PaperIndex] papertrail: ignoring the earlier citation index: " + e.getMessage());
      return null;
    }
  }

  /** Whether an owner that this compilation did not compile is still there: on the classpath or in the class output. */
  private boolean stillExists(String owner) {
    var elementUtils = processingEnv.getElementUtils();
    if (owner.startsWith("package ")) {
      return elementUtils.getPackageElement(owner.substring("package ".length())) != null;
    }
    if (owner.startsWith("module ")) {
      return elementUtils.getModuleElement(owner.substring("module ".length())) != null;
    }
    if (elementUtils.getTypeElement(owner.replace('$', '.')) != null) {
      return true;
    }
    int dot = owner.lastIndexOf('.');
    String pkg = dot < 0 ? "" : owner.substring(0, dot);
    String classFile = owner.substring(dot + 1) + ".class";
    try {
      FileObject file = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, pkg, classFile);
      try (InputStream in = file.openInputStream()) {
        return true;
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

}
