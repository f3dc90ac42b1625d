package io.github.papertrail.plugin;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogSource;
import io.github.papertrail.migrate.Migration;
import io.github.papertrail.migrate.MigrationFiles;
import io.github.papertrail.migrate.SourceFile;
import io.github.papertrail.migrate.SourceParser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Adopts papertrail in code that already cites papers in prose: finds the paper references in the
 * Javadoc and comments of the main and test sources, and proposes a {@code @Paper} for each on the
 * declaration it documents, with a generated BibTeX catalog for the papers no catalog holds. A dry
 * run by default: it writes {@code target/papertrail/migrate.patch} and {@code migrate.json} and
 * changes no source; {@code -Dpapertrail.apply=true} edits the files. Needs no compilation and no
 * dependencies: {@code mvn papertrail:migrate}.
 */
@Mojo(
    name = "migrate",
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE,
    aggregator = false)
public final class MigrateMojo extends AbstractPapertrailMojo {

  /** Edit the sources and write the generated catalog, rather than only the patch. */
  @Parameter(property = "papertrail.apply", defaultValue = "false")
  private boolean apply;

  /**
   * The generated catalog: the papers that comments identify and no catalog holds are appended to
   * it (BibTeX), relative to the project.
   */
  @Parameter(property = "papertrail.migratedCatalog", defaultValue = "src/papers/migrated.bib")
  private String migratedCatalog;

  /** Where the patch and the record go. */
  @Parameter(
      property = "papertrail.outputDirectory",
      defaultValue = "${project.build.directory}/papertrail")
  private File outputDirectory;

  /** Also read the test sources. */
  @Parameter(property = "papertrail.migrateTests", defaultValue = "true")
  private boolean includeTests;

  /** The sources' encoding. */
  @Parameter(defaultValue = "${project.build.sourceEncoding}")
  private String encoding;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  private File buildDirectory;

  @Override
  protected void executeGoal() throws MojoExecutionException {
    Charset charset = SourceEncoding.of(encoding);
    Path catalog = baseDirectory().resolve(migratedCatalog).toAbsolutePath().normalize();

    List<CatalogSource> sources = new ArrayList<>();
    boolean configured = false;
    for (CatalogSource source : catalogSources()) {
      boolean generated = source.path().toAbsolutePath().normalize().equals(catalog);
      configured |= generated;
      if (!generated || Files.isRegularFile(catalog)) {
        sources.add(source);
      }
    }
    if (!configured && Files.isRegularFile(catalog)) {
      sources.add(CatalogSource.of(catalog)); // what an earlier run wrote is not written again
    }
    Catalogs catalogs = loadCatalogs(sources);

    List<Path> files = javaFiles();
    SourceParser parser;
    try {
      parser = new SourceParser();
    } catch (IllegalStateException noCompiler) {
      throw new MojoExecutionException("papertrail: " + noCompiler.getMessage());
    }
    List<SourceFile> parsed = parser.parseAll(files, charset, Migration.refersToAPaper());
    Migration.Plan plan = Migration.plan(parsed, catalogs);

    MigrationFiles out;
    try {
      out = new MigrationFiles(plan, executionRoot(), catalog);
      Path patch = out.writeRecord(outputDirectory.toPath());
      log(plan, out, patch, catalog, configured);
      if (apply) {
        List<MigrationFiles.NotWritten> notWritten = out.apply(charset);
        for (MigrationFiles.NotWritten n : notWritten) {
          getLog()
              .warn(
                  "papertrail: "
                      + out.relative(n.file().path())
                      + ": not changed: "
                      + n.why()
                      + "; set project.build.sourceEncoding to the files' encoding");
        }
        if (!plan.edited().isEmpty() || !plan.newEntries().isEmpty()) {
          getLog()
              .info(
                  "papertrail: applied: "
                      + count(plan.edited().size() - notWritten.size(), "file")
                      + " changed"
                      + (plan.newEntries().isEmpty()
                          ? ""
                          : ", "
                              + count(plan.newEntries().size(), "entry")
                              + " appended to "
                              + out.relative(catalog)));
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "papertrail: migrate cannot write " + e.getMessage() + ": " + e, e);
    }
  }

  private void log(
      Migration.Plan plan, MigrationFiles out, Path patch, Path catalog, boolean configured) {
    for (SourceFile skipped : plan.skipped()) {
      SourceFile.Problem p = skipped.problem();
      getLog()
          .warn(
              "papertrail: "
                  + out.relative(skipped.path())
                  + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "")
                  + ": cannot parse ("
                  + p.message()
                  + "): skipped, not changed. Fix it so that it compiles, then run migrate again.");
    }
    getLog()
        .info(
            "papertrail: migrate read "
                + count(plan.files().size(), "file")
                + (plan.skipped().isEmpty() ? "" : " (" + plan.skipped().size() + " skipped)")
                + ": "
                + count(plan.references(), "paper reference")
                + ", "
                + plan.annotations().size()
                + " @Paper to add, "
                + count(plan.newEntries().size(), "new catalog entry")
                + ", "
                + plan.needsPerson().size()
                + (plan.needsPerson().size() == 1 ? " needs" : " need")
                + " a person, "
                + plan.alreadyCited()
                + " already cited");
    for (Migration.Annotation a : plan.annotations()) {
      getLog()
          .info(
              "  "
                  + out.relative(a.file().path())
                  + ":"
                  + a.declaration().line()
                  + " "
                  + a.declaration().name()
                  + ": "
                  + a.code()
                  + " ("
                  + a.entry().key()
                  + (a.newEntry()
                      ? ", new entry"
                      : a.resolvedBy() == Migration.ResolvedBy.TITLE ? ", by title" : "")
                  + ")");
    }
    if (!plan.untitled().isEmpty()) {
      getLog()
          .info(
              "papertrail: no comment gives the title of "
                  + String.join(", ", plan.untitled())
                  + ": their entries in "
                  + out.relative(catalog)
                  + " hold the identifier as title; write the real one there");
    }
    if (!plan.needsPerson().isEmpty()) {
      getLog().info("papertrail: needs a person:");
      for (Migration.NeedsPerson n : plan.needsPerson()) {
        getLog()
            .info(
                "  "
                    + out.relative(n.file().path())
                    + ":"
                    + n.line()
                    + (n.element() == null ? "" : " " + n.element())
                    + ": \""
                    + n.text()
                    + "\": "
                    + n.reason());
      }
    }
    if (plan.annotations().isEmpty() && plan.newEntries().isEmpty()) {
      getLog()
          .info(
              "papertrail: nothing to migrate: no @Paper to add"
                  + (plan.needsPerson().isEmpty()
                      ? ""
                      : "; the references above that need a person are not migrated"));
    } else if (!apply) {
      String shown = out.relative(patch);
      getLog()
          .info(
              "papertrail: dry run, no file changed. Read "
                  + shown
                  + ", then apply it with `git apply "
                  + shown
                  + "` or run again with -Dpapertrail.apply=true");
    }
    if (!plan.newEntries().isEmpty()) {
      configurationLines(catalog, out.relative(catalog), configured);
    }
  }

  /** The lines that make the build find the generated catalog, where they are missing. */
  private void configurationLines(Path catalog, String shownCatalog, boolean pluginConfigured) {
    String relative =
        baseDirectory()
            .toAbsolutePath()
            .normalize()
            .relativize(catalog)
            .toString()
            .replace(File.separatorChar, '/');
    boolean compilerConfigured = false;
    if (project != null) {
      for (Plugin plugin : project.getBuildPlugins()) {
        if ("maven-compiler-plugin".equals(plugin.getArtifactId())
            && String.valueOf(plugin.getConfiguration()).contains(relative)) {
          compilerConfigured = true;
        }
      }
    }
    if (compilerConfigured && pluginConfigured) {
      return;
    }
    getLog()
        .info(
            "papertrail: add the generated catalog "
                + shownCatalog
                + " to the build, so that the compiler and the goals find its papers:");
    if (!compilerConfigured) {
      getLog()
          .info(
              "  maven-compiler-plugin <compilerArgs>: <arg>-Apapertrail.catalogs="
                  + relative
                  + "</arg> (one argument: join it to other catalogs with a comma)");
    }
    if (!pluginConfigured) {
      getLog()
          .info(
              "  papertrail-maven-plugin <configuration>: <catalogs><catalog>"
                  + relative
                  + "</catalog></catalogs>");
    }
  }

  /** The Java files of the source roots, sorted, none under the build directory. */
  private List<Path> javaFiles() throws MojoExecutionException {
    Set<String> roots = new LinkedHashSet<>(project.getCompileSourceRoots());
    if (includeTests) {
      roots.addAll(project.getTestCompileSourceRoots());
    }
    Path build = buildDirectory == null ? null : buildDirectory.toPath().toAbsolutePath();
    List<Path> files = new ArrayList<>();
    for (String root : roots) {
      Path dir = Path.of(root).toAbsolutePath();
      if (!Files.isDirectory(dir) || build != null && dir.startsWith(build)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".java"))
            .filter(Files::isRegularFile)
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        throw new MojoExecutionException(
            "papertrail: cannot list the sources under " + dir + ": " + e.getMessage(), e);
      }
    }
    files.sort(null);
    return files;
  }

  private static String count(int n, String noun) {
    String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }
}
