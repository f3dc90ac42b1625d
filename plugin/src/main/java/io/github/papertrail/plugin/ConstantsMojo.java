package io.github.papertrail.plugin;

import com.palantir.javapoet.JavaFile;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.format.CatalogSource;
import io.github.papertrail.codegen.ConstantsGenerator;
import io.github.papertrail.config.FrontEnd;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a class with one constant per catalog entry, {@code @Paper(Papers.HU2021LORA)}, whose
 * Javadoc shows the paper's title, authors, year and links on hover, and adds it to the sources
 * compiled. The file is rewritten only when its content changes.
 */
@Mojo(name = "constants", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class ConstantsMojo extends AbstractPapertrailMojo {

  /** The qualified name of the class to write, such as {@code com.acme.Papers}. */
  @Parameter(property = "papertrail.constantsClass", required = true)
  private String constantsClass;

  /** The source root the class is written under; added to the compile source roots. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/papertrail")
  private File outputDirectory;

  /** Give the bundled catalog's entries constants too. */
  @Parameter(property = "papertrail.includeBundled", defaultValue = "true")
  private boolean includeBundled;

  /** A class written before is still compiled, so the code that uses it still compiles. */
  @Override
  protected void skipGoal() {
    if (outputDirectory.isDirectory()) {
      project.addCompileSourceRoot(outputDirectory.getPath());
    }
  }

  @Override
  protected void executeGoal() throws MojoFailureException, MojoExecutionException {
    JavaFile source;
    try {
      List<CatalogSource> catalogs = catalogSources();
      Catalogs inUse = loadCatalogs(catalogs);
      // The merged entries: a user entry that extends a bundled one is that one, so it stays with
      // the bundled ones.
      java.util.Set<String> bundledKeys = new java.util.HashSet<>();
      CatalogFiles.bundled().entries().forEach(entry -> bundledKeys.add(entry.key()));
      List<CatalogEntry> entries = new ArrayList<>();
      for (CatalogEntry entry : inUse.entries()) {
        if (includeBundled || !bundledKeys.contains(entry.key())) {
          entries.add(entry);
        }
      }
      List<String> from = new ArrayList<>();
      if (includeBundled) {
        from.add("the bundled seed catalog");
      }
      for (CatalogSource catalog : catalogs) {
        from.add(relative(catalog.path()));
      }
      source =
          ConstantsGenerator.generate(
              constantsClass,
              entries,
              from.isEmpty() ? "no catalog" : String.join(", ", from),
              inUse);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("papertrail: <constantsClass> " + e.getMessage());
    }
    int constants = source.typeSpec().fieldSpecs().size();
    if (constants == 0) {
      getLog()
          .warn(
              "papertrail: "
                  + constantsClass
                  + " has no constants: includeBundled is false and no "
                  + FrontEnd.MAVEN.catalogsAdvice()
                  + " are given");
    }
    try {
      ConstantsGenerator.Written written =
          ConstantsGenerator.write(source, outputDirectory.toPath());
      getLog()
          .info(
              "papertrail: "
                  + (written.changed() ? "wrote " : "unchanged: ")
                  + constantsClass
                  + " ("
                  + constants
                  + " constant"
                  + (constants == 1 ? "" : "s")
                  + ") "
                  + (written.changed() ? "to " : "in ")
                  + written.file());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "papertrail: cannot write " + constantsClass + " under " + outputDirectory + ": " + e, e);
    }
    project.addCompileSourceRoot(outputDirectory.getPath());
  }

  /**
   * A catalog as the class Javadoc names it: relative to the project, with '/', so the class is the
   * same on every machine.
   */
  private String relative(Path file) {
    Path path = file.toAbsolutePath().normalize();
    Path base = baseDirectory().toAbsolutePath().normalize();
    if (path.startsWith(base)) {
      path = base.relativize(path);
    }
    return path.toString().replace(File.separatorChar, '/');
  }
}
