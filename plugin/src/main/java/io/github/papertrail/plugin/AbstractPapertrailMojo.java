package io.github.papertrail.plugin;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogSource;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Provider;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * What the goals share, declared once so that every goal takes them alike: the {@code skip}, {@code
 * catalogs} and {@code catalogArtifacts} parameters, the skip check, and the loading of the
 * catalogs in use. The report goal cannot extend it (it is a site report, an AbstractMavenReport)
 * and shares the loading through {@link GoalCatalogs} instead.
 */
public abstract class AbstractPapertrailMojo extends AbstractMojo {

  /** Skip the goal. A class the constants goal wrote before is still compiled. */
  @Parameter(property = "papertrail.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Catalogs used besides the bundled one: JSON (papertrail's, or CSL-JSON when the file is an
   * array), BibTeX ({@code .bib}), Markdown ({@code .md}), CSL-JSON ({@code .csl.json}) or the
   * references of a CITATION.cff ({@code .cff}) by extension, or any file with its format first
   * ({@code bibtex:refs.txt}, {@code csl-json:}, {@code cff:}); relative to the project (for find,
   * to the current directory). A value may list several, separated by commas or the path separator,
   * as {@code -Dpapertrail.catalogs=team.json,refs.bib} does.
   */
  @Parameter(property = "papertrail.catalogs")
  private List<String> catalogs = List.of();

  /**
   * Catalogs shared as Maven artifacts, {@code groupId:artifactId:version}: the jar's {@code
   * META-INF/papertrail/catalog.json} is used after {@code catalogs}.
   */
  @Parameter private List<String> catalogArtifacts = List.of();

  /** The project the goal runs on; for aggregate, the reactor's root. */
  @Parameter(defaultValue = "${project}", readonly = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true)
  private MavenSession session;

  /** This run of the goal, for its name in messages. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  private MojoExecution mojoExecution;

  /**
   * Resolves the catalog artifacts: injected by Maven rather than looked up in its container, and
   * through a provider, so a goal without catalog artifacts never builds one.
   */
  @Inject private Provider<RepositorySystem> repositorySystem;

  /**
   * Skips the goal, logging so once, or runs it. A catalog, class file or index that cannot be used
   * fails the build here, with the message that names it.
   */
  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("papertrail: " + goal() + " skipped (papertrail.skip)");
      skipGoal();
      return;
    }
    try {
      executeGoal();
    } catch (CatalogException e) {
      throw new MojoFailureException("papertrail: " + e.getMessage());
    }
  }

  /** The goal's name, {@code check}, as its messages say it. */
  protected String goal() {
    return mojoExecution.getMojoDescriptor().getGoal();
  }

  /**
   * The goal's work, when it is not skipped; it may throw the {@link CatalogException}s of what it
   * reads.
   */
  protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

  /** What a skipped goal still does: nothing, unless a goal says otherwise. */
  protected void skipGoal() {}

  /**
   * Where relative catalog paths start: the project's folder, or the current directory outside a
   * project.
   */
  protected Path baseDirectory() {
    File basedir = project == null ? null : project.getBasedir();
    return basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath();
  }

  /** The directory {@code mvn} runs in: paths that a user types or reads start there. */
  protected Path executionRoot() {
    String root = session == null ? null : session.getExecutionRootDirectory();
    return root == null ? baseDirectory() : Path.of(root);
  }

  /**
   * The {@code catalogs} and the {@code catalogArtifacts}' catalogs, in order, for a goal that
   * names them; the artifacts are resolved here.
   */
  protected List<CatalogSource> catalogSources() {
    return goalCatalogs().sources(catalogs, catalogArtifacts, project, baseDirectory());
  }

  /** The bundled catalog followed by these, each warning logged once. */
  protected Catalogs loadCatalogs(List<CatalogSource> sources) {
    return goalCatalogs().load(sources);
  }

  /** The catalogs in use: the bundled one, the {@code catalogs}, the {@code catalogArtifacts}. */
  protected Catalogs loadCatalogs() {
    return loadCatalogs(catalogSources());
  }

  private GoalCatalogs goalCatalogs() {
    return new GoalCatalogs(repositorySystem, session, getLog());
  }
}
