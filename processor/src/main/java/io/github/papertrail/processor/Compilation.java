package io.github.papertrail.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.check.Problem;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.ProblemText;
import io.github.papertrail.check.Severity;
import io.github.papertrail.check.UncitedMentions;
import io.github.papertrail.config.CompilerOptions;
import io.github.papertrail.config.FrontEnd;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import io.github.papertrail.index.IndexedMention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * One compilation's papertrail work, the same whichever front end drives it: the options, the
 * catalogs, the checks, and the index merged with the earlier one and written once. {@link
 * PaperProcessor} and {@link PapertrailPlugin} only say when: which trees or elements to check, and
 * when the compilation is over. Every failure is reported here, the same way in both modes: a bad
 * option or catalog is one error and papertrail then stays quiet; an earlier index that cannot be
 * read is a warning that names it (this compilation's citations replace it); an index that cannot
 * be written is an error; a bug of papertrail's is an error, never a javac crash.
 */
final class Compilation {

  /** Messages that belong to the compilation, not to an element. */
  interface Reporter {
    void report(Diagnostic.Kind kind, String message);
  }

  private final FrontEnd frontEnd;
  private final Map<String, String> writtenOptions;
  private final Elements elements;
  private final Trees trees;
  private final Messager messager;
  private final Reporter reporter;
  private final ClassLoader catalogPath;
  private final ElementNames names;
  private final Set<String> compiledOwners = new HashSet<>();
  private final Supplier<List<Path>> startFolders;
  private CompilerOptions options;
  private CitationChecker checker;
  private boolean broken;

  /**
   * @param writtenOptions the options by name, without the processor's {@code papertrail.} prefix
   * @param trees javac's trees, or null outside javac (no source lines in the index then)
   * @param messager where element messages go without a tree, or null (the javac plugin has trees)
   * @param catalogPath where catalog jars are looked for: the loader that loaded papertrail
   *     (javac's processor path, or its class path when the processor was found there)
   * @param startFolders where the search for the module folder begins ({@link StartFolders}), asked
   *     once, when the options are read
   */
  Compilation(
      FrontEnd frontEnd,
      Map<String, String> writtenOptions,
      Elements elements,
      Types types,
      Trees trees,
      Messager messager,
      Reporter reporter,
      ClassLoader catalogPath,
      Supplier<List<Path>> startFolders) {
    this.frontEnd = frontEnd;
    this.writtenOptions = writtenOptions;
    this.elements = elements;
    this.trees = trees;
    this.messager = messager;
    this.reporter = reporter;
    this.catalogPath = catalogPath;
    this.startFolders = startFolders;
    this.names = new ElementNames(elements, types);
  }

  /**
   * Reads the options and loads the catalogs, the first time only. False when there is nothing to
   * check (no {@code @Paper} on the class path) or the set-up failed (reported once).
   */
  boolean ready() {
    if (checker != null) {
      return !broken && checker.active();
    }
    if (!configured()) {
      return false;
    }
    try {
      Catalogs catalogs =
          CatalogFiles.inUse(CatalogFiles.onClassPath(catalogPath), options.catalogs());
      for (String warning : catalogs.warnings()) {
        report(ProblemKind.OPTIONS, Severity.WARNING, "papertrail: " + warning);
      }
      CitationValidator validator = new CitationValidator(catalogs, options.unknown());
      UncitedMentions mentions =
          options.mentions() == null ? null : new UncitedMentions(catalogs, options.mentions());
      checker =
          new CitationChecker(
              elements,
              names,
              trees,
              messager,
              validator,
              mentions,
              frontEnd.catalogsAdvice(),
              reporter);
      return checker.active();
    } catch (CatalogException e) {
      return setUpFailed(e);
    }
  }

  /**
   * Reads the options, the first time only, without loading a catalog. False when the module cannot
   * cite (no {@code @Paper} on the class path) or the options are wrong (reported once).
   */
  boolean configured() {
    if (broken) {
      return false;
    }
    if (options != null) {
      return true;
    }
    if (elements.getTypeElement(PaperProcessor.PAPER) == null) {
      return false; // a module that cannot cite: no catalog is loaded, no index is written
    }
    try {
      options =
          CompilerOptions.parse(
              frontEnd, writtenOptions, Path.of("").toAbsolutePath(), startFolders.get());
      for (String warning : options.warnings()) {
        report(ProblemKind.OPTIONS, Severity.WARNING, "papertrail: " + warning);
      }
      return true;
    } catch (IllegalArgumentException | CatalogException e) {
      return setUpFailed(e);
    }
  }

  /** Whether the options ask for the drift check; false before {@link #configured()}. */
  boolean checksMentions() {
    return options != null && options.mentions() != null;
  }

  private boolean setUpFailed(RuntimeException e) {
    broken = true;
    options = null;
    report(ProblemKind.OPTIONS, Severity.ERROR, "papertrail: " + e.getMessage());
    return false;
  }

  ElementNames names() {
    return names;
  }

  CitationChecker checker() {
    return checker;
  }

  /**
   * Records that this compilation compiled the element's outermost type (or package): its old
   * citations go. False when it was recorded already (a round showed it).
   */
  boolean compiled(Element element) {
    return compiledOwners.add(names.owner(element));
  }

  /** The same for every root element of a processing round. */
  void compiledRoots(Iterable<? extends Element> roots) {
    names.addOwners(roots, compiledOwners);
  }

  /**
   * Checks every cited declaration under the path (a class with its nested classes, or a
   * package-info file).
   */
  void check(TreePath path) {
    new CitedDeclarations(trees, checker, this::compiled).scan(path, null);
  }

  /**
   * A bug of papertrail's: one error, then papertrail stays quiet for the rest of the compilation.
   */
  void failed(RuntimeException e) {
    broken = true;
    reporter.report(Diagnostic.Kind.ERROR, internalError("this compilation", e));
  }

  /**
   * The compilation is over: merges this compilation's citations with the earlier index and writes
   * it, unless the options say not to or nothing ever cited a paper there.
   *
   * @param classOutput the compiler's class output, or null when the front end has none (then only
   *     a folder named by the options is written)
   */
  void finish(IndexStore classOutput) {
    if (broken || options == null || !options.writeIndex()) {
      return;
    }
    IndexStore store =
        options.indexFolder() != null ? new FolderIndex(options.indexFolder()) : classOutput;
    if (store == null) {
      return;
    }
    CitationIndex.Contents earlier = readEarlier(store);
    List<IndexedCitation> citations = checker == null ? List.of() : checker.citations();
    List<IndexedMention> mentions = checker == null ? List.of() : checker.uncitedMentions();
    if (citations.isEmpty() && mentions.isEmpty() && earlier == null) {
      return; // no @Paper and no uncited mention here, before or now: no file
    }
    List<IndexedCitation> merged =
        CitationIndex.merge(
            earlier == null ? List.of() : earlier.citations(),
            citations,
            compiledOwners,
            owner -> stillExists(owner, store));
    List<IndexedMention> mergedMentions =
        CitationIndex.mergeMentions(
            earlier == null ? List.of() : earlier.mentions(),
            mentions,
            compiledOwners,
            owner -> stillExists(owner, store));
    try {
      store.write(CitationIndex.write(merged, mergedMentions));
    } catch (IOException e) {
      report(
          ProblemKind.INDEX,
          Severity.ERROR,
          "papertrail cannot write the citation index "
              + store.name()
              + ": "
              + IndexStore.reason(e)
              + ". Check that the class output folder is writable.");
    }
  }

  /**
   * The earlier index, or null when there is none or it cannot be read (then a warning names it).
   */
  private CitationIndex.Contents readEarlier(IndexStore store) {
    try (InputStream in = store.openEarlier()) {
      return in == null ? null : CitationIndex.readContents(in, store.name());
    } catch (IOException | CatalogException e) {
      String reason =
          e instanceof CatalogException
              ? e.getMessage()
              : store.name() + ": " + IndexStore.reason((IOException) e);
      report(
          ProblemKind.INDEX,
          Severity.WARNING,
          "papertrail: ignoring the earlier citation index "
              + reason
              + "; this compilation's citations replace it (a full rebuild restores the others)");
      return null;
    }
  }

  /** A problem of the whole compilation, with its tag from {@link ProblemKind}. */
  private void report(ProblemKind kind, Severity severity, String message) {
    Diagnostic.Kind diagnostic =
        severity == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    reporter.report(
        diagnostic, ProblemText.render(Problem.of(kind, message).withSeverity(severity), null));
  }

  /**
   * The text of a bug of papertrail's, where it happened ("this compilation" or an element's name).
   */
  static String internalError(String where, RuntimeException e) {
    String message =
        "papertrail failed on "
            + where
            + ": "
            + e
            + " at "
            + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?")
            + ". Please report this with the annotated code.";
    return ProblemText.render(Problem.of(ProblemKind.INTERNAL_ERROR, message), null);
  }

  /**
   * Whether an owner this compilation did not compile is still there: on the class path or in the
   * class output.
   */
  private boolean stillExists(String owner, IndexStore store) {
    if (owner.startsWith("package ")) {
      return elements.getPackageElement(owner.substring("package ".length())) != null;
    }
    if (owner.startsWith("module ")) {
      return elements.getModuleElement(owner.substring("module ".length())) != null;
    }
    // the class output first: asking javac for the type makes it read and complete the class file,
    // which for every earlier owner of a large module costs more than the rest of the merge
    return store.hasClassFile(owner) || elements.getTypeElement(owner.replace('$', '.')) != null;
  }
}
