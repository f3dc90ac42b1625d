package io.github.papertrail.processor;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.check.Problem;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.ProblemText;
import io.github.papertrail.check.Severity;
import io.github.papertrail.check.Suppressions;
import io.github.papertrail.check.UncitedMentions;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.index.ElementName;
import io.github.papertrail.index.IndexedCitation;
import io.github.papertrail.index.IndexedMention;
import io.github.papertrail.mention.Mention;
import io.github.papertrail.mention.PaperMentions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * What the annotation processor and the javac plugin share: checks the {@code @Paper}s of an
 * element with the validator, reports each problem on the annotation value, and collects the
 * citation index's records; and checks that the papers the element's Javadoc links or names are
 * among those it cites ({@link UncitedMentions}). The two front ends differ only in when they call
 * it. A problem that a {@code @SuppressWarnings} in scope covers ({@link SuppressionScope}, {@link
 * Suppressions}) is not reported, errors included; the index records the suppressions in scope of
 * each citation and uncited mention for the {@code check} goal, since class files do not keep them.
 */
final class CitationChecker {

  private final Elements elements;
  private final ElementNames names;
  private final Trees trees;
  private final Messager messager;
  private final CitationValidator validator;
  private final UncitedMentions mentions;
  private final String catalogsAdvice;
  private final Compilation.Reporter reporter;
  private final TypeElement paper;
  private final TypeElement list;

  /**
   * {@code @Paper}'s elements with their defaults, by name: a citation writes only some of them.
   */
  private final Map<String, AnnotationValue> paperDefaults = new HashMap<>();

  private final List<IndexedCitation> citations = new ArrayList<>();

  private final List<IndexedMention> uncitedMentions = new ArrayList<>();

  /**
   * @param trees javac's trees, or null outside javac (no source lines then)
   * @param messager where messages go when no source tree is at hand, or null (the javac plugin has
   *     trees only)
   * @param mentions the drift check, or null when it is off
   * @param catalogsAdvice how the front end's users add a catalog, for an unknown identifier's
   *     advice
   * @param reporter where a message goes that has neither a tree nor a messager
   */
  CitationChecker(
      Elements elements,
      ElementNames names,
      Trees trees,
      Messager messager,
      CitationValidator validator,
      UncitedMentions mentions,
      String catalogsAdvice,
      Compilation.Reporter reporter) {
    this.elements = elements;
    this.names = names;
    this.trees = trees;
    this.messager = messager;
    this.validator = validator;
    this.mentions = mentions;
    this.catalogsAdvice = catalogsAdvice;
    this.reporter = reporter;
    this.paper = elements.getTypeElement(PaperProcessor.PAPER);
    this.list = elements.getTypeElement(PaperProcessor.PAPER_LIST);
    if (paper != null) {
      for (Element member : paper.getEnclosedElements()) {
        if (member instanceof ExecutableElement method && method.getDefaultValue() != null) {
          paperDefaults.put(method.getSimpleName().toString(), method.getDefaultValue());
        }
      }
    }
  }

  /** False when {@code @Paper} is not on the classpath: nothing can cite then. */
  boolean active() {
    return paper != null;
  }

  TypeElement paper() {
    return paper;
  }

  TypeElement list() {
    return list;
  }

  /** The records collected so far, in the order the elements were checked. */
  List<IndexedCitation> citations() {
    return citations;
  }

  /** The uncited mentions found so far, for the index: the check goal has no Javadoc. */
  List<IndexedMention> uncitedMentions() {
    return uncitedMentions;
  }

  /** Whether the drift check is on: then declarations with a doc comment are checked too. */
  boolean checksMentions() {
    return mentions != null;
  }

  /**
   * The doc comment of the declaration at the path, or null: javac keeps it with the trees, so a
   * declaration without one costs a look-up.
   */
  String docComment(TreePath path) {
    return mentions != null && trees instanceof DocTrees docTrees
        ? docTrees.getDocComment(path)
        : null;
  }

  /**
   * Checks every {@code @Paper} on the element, repeated ones included, and a package's Javadoc;
   * never throws.
   */
  void checkElement(Element element) {
    String doc =
        mentions != null && element.getKind() == ElementKind.PACKAGE
            ? elements.getDocComment(element)
            : null;
    checkElement(element, null, doc);
  }

  /**
   * The same, with the declaration's path when the caller has it (the javac plugin walks the
   * trees), and its doc comment, or null.
   */
  void checkElement(Element element, TreePath path, String doc) {
    try {
      if (doc != null && doc.contains(PAPER_TAG_START)) {
        checkPaperTags(element, path, doc);
      }
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
      if (mirrors.isEmpty()) {
        if (doc != null) {
          checkMentions(element, path, doc, List.of());
        }
        return;
      }
      List<AnnotationSites.Site> sites =
          trees == null
              ? List.of()
              : path != null
                  ? AnnotationSites.of(trees, path, paper, list)
                  : AnnotationSites.of(trees, element, paper, list);
      Owner owner =
          new Owner(
              names.name(element),
              element.getKind().name(),
              names.owner(element),
              sites.isEmpty() ? null : sourcePath(sites.get(0).unit()),
              SuppressionScope.of(element));
      List<CitationValidator.Result> results = new ArrayList<>(mirrors.size());
      for (int i = 0; i < mirrors.size(); i++) {
        // Source order and mirror order agree; without the source (or if they disagree) messages go
        // on the element.
        results.add(
            checkCitation(
                element,
                owner,
                mirrors.get(i),
                sites.size() == mirrors.size() ? sites.get(i) : null));
      }
      if (doc != null) {
        checkMentions(element, path, doc, results);
      }
    } catch (RuntimeException e) {
      internalError(element, e);
    }
  }

  /**
   * What the index records of the element that carries citations, computed once for all of them:
   * with the suppressions in scope, which silence its problems.
   */
  private record Owner(
      String name, String kind, String owner, String source, List<String> suppressed) {}

  /** The last compilation unit's source path: a file's elements come one after the other. */
  private CompilationUnitTree lastUnit;

  private String lastSourcePath;

  private String sourcePath(CompilationUnitTree unit) {
    if (unit != lastUnit) {
      // the package name is a tree: its toString() prints it, once per file is enough
      String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
      lastSourcePath = ElementName.sourcePath(packageName, unit.getSourceFile().getName());
      lastUnit = unit;
    }
    return lastSourcePath;
  }

  /**
   * The drift check: each paper the doc comment mentions that no citation covers is one problem on
   * the element, with its line in the file when javac has the trees.
   */
  private void checkMentions(
      Element element, TreePath path, String doc, List<CitationValidator.Result> cited) {
    if (mentions == null || !PaperMentions.mayMention(doc)) {
      return;
    }
    List<Mention> found = UncitedMentions.mentions(doc, 1);
    if (found.isEmpty()) {
      return;
    }
    List<Mention> uncited = mentions.uncited(found, withConstantValue(element, cited));
    if (uncited.isEmpty()) {
      return;
    }
    if (path == null && trees != null) {
      path = trees.getPath(element); // a package: once, and only for a problem
    }
    int firstLine = path == null ? 0 : firstLine(path, doc);
    String name = names.name(element);
    String source = path == null ? null : sourcePath(path.getCompilationUnit());
    String owner = names.owner(element);
    List<String> suppressed = SuppressionScope.of(element);
    boolean silent = Suppressions.covers(suppressed, ProblemKind.UNCITED_MENTION);
    for (Mention mention : uncited) {
      Mention placed =
          firstLine > 0
              ? new Mention(
                  mention.id(), mention.written(), mention.offset(), mention.line() - 1 + firstLine)
              : mention;
      uncitedMentions.add(
          new IndexedMention(
              name,
              source,
              firstLine > 0 ? placed.line() : null,
              placed.id().citeForm(),
              placed.id().normalForm(),
              placed.written(),
              owner,
              suppressed));
      if (silent) {
        continue;
      }
      Problem problem = mentions.problem(name, placed, firstLine > 0);
      print(element, path, problem, ProblemText.render(problem, catalogsAdvice));
    }
  }

  private static final String PAPER_TAG_START = "{@paper";

  /** An inline {@code {@paper ID}} of papertrail-javadoc, and its first word. */
  private static final Pattern PAPER_TAG = Pattern.compile("\\{@paper(?=[\\s}])\\s*([^\\s}]*)");

  /**
   * The identifiers of papertrail-javadoc's {@code {@paper ID}} tags in the doc comment, checked as
   * {@code @Paper} values are: a malformed or unknown one is {@code [PaperMalformedId]} or {@code
   * [PaperUnknownId]} on the element, with the tag's line, before javadoc ever runs. (Only when the
   * drift check reads doc comments, the default.)
   */
  private void checkPaperTags(Element element, TreePath path, String doc) {
    Matcher tag = PAPER_TAG.matcher(doc);
    List<String> suppressed = null;
    int firstLine = -1;
    while (tag.find()) {
      String id = tag.group(1);
      if (id.isEmpty()) {
        continue; // javadoc reports a tag without identifier
      }
      for (Problem problem : validator.validate(id, null).problems()) {
        if (problem.kind() != ProblemKind.MALFORMED_ID
            && problem.kind() != ProblemKind.UNKNOWN_ID) {
          continue;
        }
        suppressed = suppressed == null ? SuppressionScope.of(element) : suppressed;
        if (Suppressions.covers(suppressed, problem.kind())) {
          continue;
        }
        if (path == null && trees != null) {
          path = trees.getPath(element); // a package: once, and only for a problem
        }
        firstLine = firstLine < 0 ? (path == null ? 0 : firstLine(path, doc)) : firstLine;
        int line =
            firstLine + (int) doc.substring(0, tag.start()).chars().filter(c -> c == '\n').count();
        String text =
            ProblemText.render(problem, catalogsAdvice)
                + " (in {@paper "
                + Identifier.shown(id)
                + "} of the Javadoc of "
                + names.name(element)
                + (firstLine > 0 ? ", line " + line : "")
                + ")";
        print(element, path, problem, text);
      }
    }
  }

  /** A problem on the element's declaration: the same place in both modes. */
  private void print(Element element, TreePath path, Problem problem, String text) {
    Diagnostic.Kind kind =
        problem.severity() == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    if (path != null) {
      trees.printMessage(kind, text, path.getLeaf(), path.getCompilationUnit());
    } else if (messager != null) {
      messager.printMessage(kind, text, element);
    } else {
      reporter.report(kind, text);
    }
  }

  /**
   * The line in the file of the doc comment's first line, or 0 when unknown: javac gives where the
   * comment's first text starts, and the comment keeps its line breaks.
   */
  private int firstLine(TreePath path, String doc) {
    if (!(trees instanceof DocTrees docTrees)) {
      return 0;
    }
    DocCommentTree comment = docTrees.getDocCommentTree(path);
    CompilationUnitTree unit = path.getCompilationUnit();
    if (comment == null || unit.getLineMap() == null) {
      return 0;
    }
    long start = docTrees.getSourcePositions().getStartPosition(unit, comment, comment);
    if (start < 0) {
      return 0;
    }
    int breaks = 0;
    for (int i = 0; i < doc.length() && Character.isWhitespace(doc.charAt(i)); i++) {
      if (doc.charAt(i) == '\n') {
        breaks++;
      }
    }
    return (int) unit.getLineMap().getLineNumber(start) - breaks;
  }

  /**
   * A string constant whose value is a paper's identifier stands for that paper ({@code static
   * final String HU2021LORA = "2106.09685"}, as {@code papertrail:constants} writes them, with the
   * paper's link in the Javadoc): its Javadoc mentioning the paper is no drift.
   */
  private List<CitationValidator.Result> withConstantValue(
      Element element, List<CitationValidator.Result> cited) {
    if (!(element instanceof VariableElement field)
        || !(field.getConstantValue() instanceof String value)
        || !Identifier.parse(value).isValid()) {
      return cited;
    }
    List<CitationValidator.Result> all = new ArrayList<>(cited);
    all.add(validator.validate(value, null));
    return all;
  }

  private CitationValidator.Result checkCitation(
      Element element, Owner owner, AnnotationMirror mirror, AnnotationSites.Site site) {
    Map<String, AnnotationValue> values = paperValuesOf(mirror);
    AnnotationValue idValue = values.get("value");
    String id = String.valueOf(idValue.getValue());
    String title = stringOf(values.get("title"));
    CitationValidator.Result result = validator.validate(id, title);
    for (Problem problem : result.problems()) {
      if (Suppressions.covers(owner.suppressed(), problem.kind())) {
        continue;
      }
      String argument = problem.attribute().member();
      String text = ProblemText.render(problem, catalogsAdvice);
      Diagnostic.Kind kind =
          problem.severity() == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
      if (site != null) {
        trees.printMessage(kind, text, site.at(argument), site.unit());
      } else if (messager != null) {
        messager.printMessage(kind, text, element, mirror, values.get(argument));
      }
    }
    String source = null;
    Integer line = null;
    if (site != null) {
      source = owner.source(); // an element's @Papers are all in its one compilation unit
      long number = site.line(trees);
      line = number < 0 ? null : Integer.valueOf((int) number);
    }
    citations.add(
        new IndexedCitation(
            owner.name(),
            owner.kind(),
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
            owner.owner(),
            owner.suppressed()));
    return result;
  }

  /** A bug of papertrail's becomes one error on the element, never a javac crash. */
  void internalError(Element element, RuntimeException e) {
    String message =
        Compilation.internalError(element == null ? "this compilation" : names.name(element), e);
    if (messager != null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else if (trees != null && element != null && trees.getPath(element) != null) {
      trees.printMessage(
          Diagnostic.Kind.ERROR,
          message,
          trees.getPath(element).getLeaf(),
          trees.getPath(element).getCompilationUnit());
    } else {
      reporter.report(Diagnostic.Kind.ERROR, message);
    }
  }

  /**
   * A {@code @Paper}'s values, defaults included (cheaper than javac's
   * getElementValuesWithDefaults).
   */
  private Map<String, AnnotationValue> paperValuesOf(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new HashMap<>(paperDefaults);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> listValues(AnnotationMirror container) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        container.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")) {
        return (List<? extends AnnotationValue>) e.getValue().getValue();
      }
    }
    return List.of();
  }

  private static String stringOf(AnnotationValue value) {
    return value == null ? "" : String.valueOf(value.getValue());
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
