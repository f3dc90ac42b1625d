package io.github.papertrail.plugin;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.report.Citation;
import io.github.papertrail.report.CitationCheck;
import io.github.papertrail.scan.ClassFileCitations;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every {@code @Paper} of the module's compiled classes against the bundled catalog and the
 * {@code catalogs}: logs every problem with its class or member, source line and suggestion, then
 * fails once with the count.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  /** The compiled classes to read citations from. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  private File classesDirectory;

  /** The module's name in messages. */
  @Parameter(defaultValue = "${project.artifactId}", readonly = true)
  private String moduleName;

  /**
   * Catalogs used besides the bundled one: JSON, BibTeX ({@code .bib}) or Markdown ({@code .md}) by
   * extension, or any file with its format first ({@code bibtex:refs.txt}); relative to the project.
   */
  @Parameter
  private List<String> catalogs = List.of();

  /**
   * Catalogs shared as Maven artifacts, {@code groupId:artifactId:version}: the jar's
   * {@code META-INF/papertrail/catalog.json} is used after {@code catalogs}.
   */
  @Parameter
  private List<String> catalogArtifacts = List.of();

  @Parameter(defaultValue = "${session}", readonly = true)
  private MavenSession session;

  /** Where relative catalog paths start. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File baseDirectory;

  /** Fail the build on an identifier that no catalog holds. */
  @Parameter(property = "papertrail.failOnUnknown", defaultValue = "true")
  private boolean failOnUnknown;

  /** Fail the build on a citation of an entry the catalog flags with a conflict. */
  @Parameter(property = "papertrail.failOnConflict", defaultValue = "false")
  private boolean failOnConflict;

  /** Identifiers accepted though no catalog holds them, in any form ({@code 1706.03762}, {@code arXiv:1706.03762}). */
  @Parameter
  private List<String> allow = List.of();

  /** Skip the check. */
  @Parameter(property = "papertrail.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("papertrail: check skipped (papertrail.skip)");
      return;
    }
    if (!classesDirectory.isDirectory()) {
      getLog().info("papertrail: no compiled classes in " + classesDirectory + ", nothing to check");
      return;
    }
    CitationCheck.Result result;
    try {
      List<Citation> citations = ClassFileCitations.read(classesDirectory.toPath(), moduleName);
      Path base = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toPath();
      Catalogs inUse = CatalogFiles.inUse(ArtifactCatalogs.withArtifacts(catalogs, catalogArtifacts, session, classesDirectory.toPath().resolveSibling("papertrail").resolve("catalogs")), base);
      inUse.warnings().forEach(warning -> getLog().warn("papertrail: " + warning));
      result = CitationCheck.run(citations, inUse, new CitationCheck.Rules(failOnUnknown, failOnConflict, Set.copyOf(allow)));
    } catch (CatalogException e) {
      throw new MojoFailureException("papertrail: " + e.getMessage());
    }
    for (CitationCheck.Finding finding : result.findings()) {
      if (finding.failing()) {
        getLog().error(finding.format());
      } else {
        getLog().warn(finding.format());
      }
    }
    long failing = result.failing();
    getLog().info("papertrail: " + result.checked() + " citations checked, " + result.findings().size() + " problem"
        + (result.findings().size() == 1 ? "" : "s") + ", " + failing + " failing the build");
    if (failing > 0) {
      throw new MojoFailureException("papertrail: " + failing + " citation problem" + (failing == 1 ? "" : "s")
          + " (listed above) fail the build. Fix the identifiers, add the papers to a catalog (<catalogs>), "
          + "or accept them with <allow>.");
    }
  }
}
