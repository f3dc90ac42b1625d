package io.github.papertrail.config;

import io.github.papertrail.catalog.format.CatalogSource;
import io.github.papertrail.check.Severity;
import io.github.papertrail.check.Suggestions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of a compilation that papertrail checks, read once, the same for the processor and
 * the javac plugin: the defaults and every validation are here, and a message names the option the
 * way the front end's users write it.
 *
 * @param frontEnd where the options were written
 * @param catalogs the catalogs used besides the bundled one, in order
 * @param unknown how an identifier that no catalog holds is reported
 * @param mentions how a paper that an element's Javadoc links or names, and that none of its
 *     {@code @Paper}s cites, is reported; null when it is not
 * @param writeIndex whether to write {@code META-INF/papertrail/citations.json}
 * @param indexFolder the class output folder to write it into, or null for the compiler's own class
 *     output (the processor's Filer); the javac plugin has no Filer and always names a folder
 * @param warnings what reading the options warns about, such as a catalog found only against the
 *     working directory ({@link ModuleFolder}); reported as {@code [PaperOptions]} warnings
 */
public record CompilerOptions(
    FrontEnd frontEnd,
    List<CatalogSource> catalogs,
    Severity unknown,
    Severity mentions,
    boolean writeIndex,
    Path indexFolder,
    List<String> warnings) {

  /** Catalog files besides the bundled one, a {@link CatalogList}. */
  public static final String CATALOGS = "catalogs";

  /** {@code error} (the default) or {@code warning}. */
  public static final String UNKNOWN = "unknown";

  /** {@code warning} (the default), {@code error} or {@code off}. */
  public static final String MENTIONS = "mentions";

  /**
   * Processor: {@code true} (the default) or {@code false}; javac plugin: a folder, or {@code
   * false}.
   */
  public static final String INDEX = "index";

  /**
   * Every option, by the name both front ends give it (the processor prefixes {@code papertrail.}).
   */
  public static final Set<String> NAMES = Set.of(CATALOGS, UNKNOWN, MENTIONS, INDEX);

  public CompilerOptions {
    catalogs = List.copyOf(catalogs);
    warnings = List.copyOf(warnings);
  }

  /** The option a misspelt name most likely means: one edit away, or one containing the other. */
  private static String nearest(String name) {
    for (String option : new TreeSet<>(NAMES)) {
      if (option.contains(name) && name.length() >= 3
          || name.contains(option)
          || Suggestions.distance(name, option, 1) <= 1) {
        return option;
      }
    }
    return null;
  }

  /**
   * The severity of an uncited mention as the {@code mentions} option writes it: {@code warning}
   * (the default, also for null), {@code error}, or {@code off} (null).
   *
   * @throws OptionException naming the option as the front end's users write it
   */
  public static Severity mentions(FrontEnd frontEnd, String written) {
    return switch (written == null ? "warning" : written.strip().toLowerCase(Locale.ROOT)) {
      case "warning" -> Severity.WARNING;
      case "error" -> Severity.ERROR;
      case "off" -> null;
      default ->
          throw new OptionException(
              frontEnd.written(MENTIONS, written)
                  + " is not allowed: write warning (the default), error or off");
    };
  }

  /**
   * The options with relative catalog paths against {@code baseDirectory}, for a caller that knows
   * no module folder: {@link #parse(FrontEnd, Map, Path, List)} with no start folders.
   */
  public static CompilerOptions parse(
      FrontEnd frontEnd, Map<String, String> options, Path baseDirectory) {
    return parse(frontEnd, options, baseDirectory, List.of());
  }

  /**
   * @param options the options by name, without the processor's {@code papertrail.} prefix; a name
   *     that is not an option is an error for the javac plugin (javac itself warns about unknown
   *     {@code -A} options)
   * @param workingDirectory the compiler's working directory: the javac plugin's {@code index=DIR}
   *     starts there, as javac's {@code -d} does
   * @param starts where the search for the module folder, where relative catalog paths start,
   *     begins ({@link ModuleFolder}): the class output folder, then the first compiled source
   *     file's folder (null when unknown); the javac plugin's {@code index=DIR} comes first
   * @throws OptionException naming the option as written and what to write instead
   * @throws io.github.papertrail.catalog.CatalogException when a catalog's format cannot be told
   */
  public static CompilerOptions parse(
      FrontEnd frontEnd, Map<String, String> options, Path workingDirectory, List<Path> starts) {
    Set<String> unsupported = new TreeSet<>(options.keySet());
    unsupported.removeAll(NAMES);
    if (!unsupported.isEmpty()) {
      String name = unsupported.iterator().next();
      List<String> names =
          new TreeSet<>(NAMES).stream().map(n -> frontEnd.written(n, "…")).toList();
      String meant = nearest(name);
      throw new OptionException(
          frontEnd.written(name, options.get(name))
              + " is not an option of papertrail. "
              + (meant == null
                  ? ""
                  : "Did you mean " + frontEnd.written(meant, options.get(name)) + "? ")
              + "The options are "
              + String.join(", ", names.subList(0, names.size() - 1))
              + " and "
              + names.get(names.size() - 1));
    }
    String index = options.get(INDEX);
    Path indexFolder = indexFolder(frontEnd, index, workingDirectory);
    boolean writeIndex =
        frontEnd == FrontEnd.JAVAC_PLUGIN
            ? indexFolder != null
            : !"false".equals(index == null ? null : index.strip().toLowerCase(Locale.ROOT));
    List<Path> from = new ArrayList<>();
    from.add(indexFolder);
    from.addAll(starts);
    ModuleFolder module = ModuleFolder.find(from, workingDirectory);
    List<String> warnings = new ArrayList<>();
    List<CatalogSource> catalogs = new ArrayList<>();
    for (String written : CatalogList.split(options.get(CATALOGS))) {
      catalogs.add(module.catalog(written, frontEnd, warnings));
    }
    String unknown = options.get(UNKNOWN);
    Severity severity =
        switch (unknown == null ? "error" : unknown.strip().toLowerCase(Locale.ROOT)) {
          case "error" -> Severity.ERROR;
          case "warning" -> Severity.WARNING;
          default ->
              throw new OptionException(
                  frontEnd.written(UNKNOWN, unknown)
                      + " is not allowed: write error (the default) or warning");
        };
    Severity mentions = mentions(frontEnd, options.get(MENTIONS));
    return new CompilerOptions(
        frontEnd, catalogs, severity, mentions, writeIndex, indexFolder, warnings);
  }

  /**
   * The folder the javac plugin's {@code index=DIR} names, against the working directory as javac's
   * {@code -d}; null when it names none (the processor writes through its Filer).
   *
   * @throws OptionException when the value is not allowed
   */
  private static Path indexFolder(FrontEnd frontEnd, String index, Path workingDirectory) {
    String word = index == null ? null : index.strip().toLowerCase(Locale.ROOT);
    if (frontEnd != FrontEnd.JAVAC_PLUGIN) {
      if (word != null && !word.equals("true") && !word.equals("false")) {
        throw new OptionException(
            frontEnd.written(INDEX, index) + " is not allowed: write true (the default) or false");
      }
      return null;
    }
    // a javac plugin cannot reach javac's class output: without a folder it only checks
    if (word == null || word.equals("false")) {
      return null;
    }
    if (word.isEmpty() || word.equals("true")) {
      throw new OptionException(
          frontEnd.written(INDEX, index)
              + " names no folder: write the class output folder (javac's -d), such as index=target/classes, or false");
    }
    try {
      return workingDirectory.resolve(index.strip());
    } catch (InvalidPathException e) {
      throw new OptionException(
          frontEnd.written(INDEX, index) + " is not a folder: " + e.getMessage());
    }
  }
}
