package io.github.papertrail.processor;

import com.sun.source.util.Trees;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.check.Problem;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.Severity;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
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
  private CitationValidator validator;
  private boolean broken;
  private final List<IndexedCitation> citations = new ArrayList<>();
  private final Set<String> compiledOwners = new TreeSet<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
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
      TypeElement paper = processingEnv.getElementUtils().getTypeElement(PAPER);
      TypeElement list = processingEnv.getElementUtils().getTypeElement(PAPER_LIST);
      if (paper == null || broken || !setUp()) {
        return false; // no @Paper on the classpath, or the set-up error is already reported
      }
      Set<? extends Element> annotated = list == null
          ? round.getElementsAnnotatedWith(paper) : round.getElementsAnnotatedWithAny(paper, list);
      for (Element element : annotated) {
        checkElement(element, paper, list);
      }
    } catch (RuntimeException e) {
      internalError(null, e);
    }
    return false;
  }

  /** Reads the options and loads the catalogs, once per compilation; reports and returns false when that fails. */
  private boolean setUp() {
    if (validator != null) {
      return true;
    }
    try {
      options = ProcessorOptions.parse(processingEnv.getOptions());
      validator = new CitationValidator(Catalogs.bundledPlus(options.catalogs()), options.unknown());
      return true;
    } catch (IllegalArgumentException | CatalogException e) {
      broken = true;
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[PaperOptions] papertrail: " + e.getMessage());
      return false;
    }
  }

  private void checkElement(Element element, TypeElement paper, TypeElement list) {
    try {
      List<AnnotationMirror> mirrors = new ArrayList<>();
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        Element type = mirror.getAnnotationType().asElement();
        if (type.equals(paper)) {
          mirrors.add(mirror);
        } else if (type.equals(list)) {
          for (AnnotationValue nested : listValues(mirror)) {
            mirrors.add((AnnotationMirror) nested.getValue());
          }
        }
      }
      List<AnnotationSites.Site> sites = trees == null ? List.of() : AnnotationSites.of(trees, element, paper, list);
      for (int i = 0; i < mirrors.size(); i++) {
        // Source order and mirror order agree; without the source (or if they disagree) messages go on the element.
        checkCitation(element, mirrors.get(i), sites.size() == mirrors.size() ? sites.get(i) : null);
      }
    } catch (RuntimeException e) {
      internalError(element, e);
    }
  }

  private void checkCitation(Element element, AnnotationMirror mirror, AnnotationSites.Site site) {
    Map<String, AnnotationValue> values = valuesOf(mirror);
    AnnotationValue idValue = values.get("value");
    String id = String.valueOf(idValue.getValue());
    String title = stringOf(values.get("title"));
    CitationValidator.Result result = validator.validate(id, title);
    for (Problem problem : result.problems()) {
      String argument = problem.kind() == ProblemKind.TITLE_MISMATCH ? "title" : "value";
      Diagnostic.Kind kind = problem.severity() == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
      if (site != null) {
        trees.printMessage(kind, problem.text(), site.at(argument), site.unit());
      } else {
        processingEnv.getMessager().printMessage(kind, problem.text(), element, mirror, values.get(argument));
      }
    }
    String source = null;
    Integer line = null;
    if (site != null) {
      String packageName = site.unit().getPackageName() == null ? "" : site.unit().getPackageName().toString();
      source = ElementNames.sourcePath(packageName, site.unit().getSourceFile().getName());
      long number = site.line(trees);
      line = number < 0 ? null : Integer.valueOf((int) number);
    }
    citations.add(new IndexedCitation(
        names.name(element),
        element.getKind().name(),
        source,
        line,
        id,
        result.id() == null ? null : result.id().normalForm(),
        result.id() == null ? null : result.id().version(),
        result.entry() == null ? null : result.entry().key(),
        ((VariableElement) values.get("role").getValue()).getSimpleName().toString(),
        emptyToNull(stringOf(values.get("section"))),
        emptyToNull(stringOf(values.get("note"))),
        emptyToNull(title),
        names.owner(element)));
  }

  /** Merges with the index an earlier compilation left in the class output, and writes it once. */
  private void writeIndex() {
    List<IndexedCitation> earlier = readEarlierIndex();
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

  private void internalError(Element element, RuntimeException e) {
    broken = true;
    String message = "[PaperInternalError] papertrail failed on " + (element == null ? "this compilation" : names.name(element))
        + ": " + e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?")
        + ". Please report this with the annotated code.";
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private Map<String, AnnotationValue> valuesOf(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new java.util.HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> listValues(AnnotationMirror container) {
    return (List<? extends AnnotationValue>) valuesOf(container).get("value").getValue();
  }

  private static String stringOf(AnnotationValue value) {
    return value == null ? "" : String.valueOf(value.getValue());
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
