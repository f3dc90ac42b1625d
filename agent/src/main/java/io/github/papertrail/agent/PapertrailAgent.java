package io.github.papertrail.agent;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.io.AtomicFiles;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.List;

/**
 * The agent's entry points: {@code -javaagent:papertrail-agent.jar=out=target/papers-used.json}
 * ({@link #premain}) or attached to a running JVM ({@link #agentmain}, which records only the
 * classes loaded after it). Installs {@link CitationTransformer} and, with {@code out=}, writes the
 * files at exit. Nothing it does may stop the program: every problem is one line on stderr.
 */
public final class PapertrailAgent {

  private static final String NAME = "papertrail-agent: ";

  private PapertrailAgent() {}

  public static void premain(String options, Instrumentation instrumentation) {
    install(options, instrumentation);
  }

  public static void agentmain(String options, Instrumentation instrumentation) {
    install(options, instrumentation);
  }

  private static void install(String text, Instrumentation instrumentation) {
    AgentOptions options = AgentOptions.parse(text);
    for (String problem : options.problems()) {
      System.err.println(NAME + problem);
    }
    instrumentation.addTransformer(new CitationTransformer(), false);
    if (options.out() != null) {
      Path out = Path.of(options.out()).toAbsolutePath();
      Path base = Path.of("").toAbsolutePath();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> write(out, options.catalogs(), base), "papertrail-agent-exit"));
    }
  }

  /** Writes the JSON file and the BibTeX file beside it; reports a failure on stderr. */
  static void write(Path json, List<String> catalogFiles, Path base) {
    try {
      List<PaperUse> papers = PapersUsed.snapshot();
      Catalogs catalogs = catalogs(catalogFiles, base);
      for (String warning : catalogs.warnings()) {
        System.err.println(NAME + warning);
      }
      UsageReport report = new UsageReport(papers, UsageReport.lookup(catalogs));
      AtomicFiles.write(json, report.json());
      AtomicFiles.write(bibFile(json), report.bibtex());
    } catch (Exception | LinkageError e) {
      System.err.println(NAME + "could not write " + json + ": " + e.getMessage());
    }
  }

  /** The bundled catalog and the configured ones; the bundled one alone if those cannot be read. */
  private static Catalogs catalogs(List<String> files, Path base) {
    try {
      return CatalogFiles.inUse(files, base);
    } catch (CatalogException e) {
      System.err.println(
          NAME + e.getMessage() + "; titles and authors come from the bundled catalog only");
      return CatalogFiles.inUse(List.of(), base);
    }
  }

  /** {@code papers-used.json} → {@code papers-used.bib}; another name gets {@code .bib} added. */
  static Path bibFile(Path json) {
    String name = json.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return json.resolveSibling(stem + ".bib");
  }
}
