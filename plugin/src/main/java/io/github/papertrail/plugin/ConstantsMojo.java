package io.github.papertrail.plugin;
import io.github.papertrail.catalog.format.CatalogFiles;
import com.palantir.javapoet.JavaFile;
import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogSource;
import io.github.papertrail.codegen.ConstantsGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes a class with one constant per catalog entry, {@code @Paper(Papers.HU2021LORA)}, whose
 * Javadoc shows the paper's title, authors, year and links on hover, and adds it to the sources
 * compiled. The file is rewritten only when its content changes.
 */
@Mojo(name = "constants", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class ConstantsMojo extends AbstractMojo {

  /** The qualified name of the class to write, such as {@code com.acme.Papers}. */
  @Parameter(property = "papertrail.constantsClass", required = true)
  private String constantsClass;

  /** The source root the class is written under; added to the compile source roots. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/papertrail")
  private File outputDirectory;

  /** Catalog JSON files whose entries get constants, checked together with the bundled catalog. */
  @Parameter
  private List<String> catalogs = List.of();

  /** Give the bundled catalog's entries constants too. */
  @Parameter(property = "papertrail.includeBundled", defaultValue = "true")
  private boolean includeBundled;

  /** Skip writing the class; one written before is still compiled. */
  @Parameter(property = "papertrail.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoFailureException, MojoExecutionException {
    if (skip) {
      getLog().info("papertrail: constants skipped (papertrail.skip)");
      if (outputDirectory.isDirectory()) {
        project.addCompileSourceRoot(outputDirectory.getPath());
      }
      return;
    }
    JavaFile source;
    try {
      Path base = project.getBasedir() == null ? Path.of("").toAbsolutePath() : project.getBasedir().toPath();
      List<String> written = ArtifactCatalogs.strings(catalogs);
      Catalogs inUse = CatalogFiles.inUse(written, base);
      inUse.warnings().forEach(warning -> getLog().warn("papertrail: " + warning));
      // The merged entries: a user entry that extends a bundled one is that one, so it stays with the bundled ones.
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
      for (String catalog : written) {
        from.add(relative(base.resolve(CatalogSource.parse(catalog, base).path())));
      }
      source = ConstantsGenerator.generate(constantsClass, entries, from.isEmpty() ? "no catalog" : String.join(", ", from), inUse);
    } catch (CatalogException e) {
      throw new MojoFailureException("papertrail: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("papertrail: <constantsClass> " + e.getMessage());
    }
    int constants = source.typeSpec().fieldSpecs().size();
    if (constants == 0) {
      getLog().warn("papertrail: " + constantsClass + " has no constants: includeBundled is false and no <catalogs> are given");
    }
    try {
      ConstantsGenerator.Written written = ConstantsGenerator.write(source, outputDirectory.toPath());
      getLog().info("papertrail: " + (written.changed() ? "wrote " : "unchanged: ") + constantsClass + " (" + constants
          + " constant" + (constants == 1 ? "" : "s") + ") " + (written.changed() ? "to " : "in ") + written.file());
    } catch (IOException e) {
      throw new MojoExecutionException("papertrail: cannot write " + constantsClass + " under " + outputDirectory + ": " + e, e);
    }
    project.addCompileSourceRoot(outputDirectory.getPath());
  }

  /** A catalog as the class Javadoc names it: relative to the project, with '/', so the class is the same on every machine. */
  private String relative(Path file) {
    Path path = file.toAbsolutePath().normalize();
    File basedir = project.getBasedir();
    if (basedir != null && path.startsWith(basedir.toPath().toAbsolutePath().normalize())) {
      path = basedir.toPath().toAbsolutePath().normalize().relativize(path);
    }
    return path.toString().replace(File.separatorChar, '/');
  }
}
