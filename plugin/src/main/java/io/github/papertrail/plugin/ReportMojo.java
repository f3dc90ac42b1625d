package io.github.papertrail.plugin;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.report.References;
import io.github.papertrail.report.ReferencesBuilder;
import io.github.papertrail.report.ReportFiles;
import io.github.papertrail.report.ReportFormat;
import io.github.papertrail.report.ReportFormats;
import io.github.papertrail.report.SourceLinks;
import io.github.papertrail.scan.ClassFileCitations;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Provider;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes the module's references page, {@code target/papertrail/references.html} with {@code .md},
 * {@code .json} and {@code .bib} beside it, and is the "Paper references" report of {@code mvn
 * site}.
 */
@Mojo(
    name = "report",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class ReportMojo extends AbstractMavenReport {

  /** The compiled classes to read citations from. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  private File classesDirectory;

  /** Where the files go. */
  @Parameter(
      property = "papertrail.reportDirectory",
      defaultValue = "${project.build.directory}/papertrail")
  private File reportDirectory;

  /**
   * The files to write: {@code html}, {@code markdown}, {@code json}, {@code bibtex}. The site
   * report copies the HTML page whatever this says.
   */
  @Parameter(property = "papertrail.formats", defaultValue = "html,markdown,json,bibtex")
  private List<String> formats;

  // A site report extends AbstractMavenReport, so it cannot extend AbstractPapertrailMojo: it
  // declares
  // the shared parameters again, and loads its catalogs through the same GoalCatalogs.

  /**
   * Catalogs used besides the bundled one, as for the other goals: JSON, BibTeX, Markdown, CSL-JSON
   * or CITATION.cff by extension, or with the format first ({@code bibtex:refs.txt}); relative to
   * the project. A value may list several, separated by commas or the path separator.
   */
  @Parameter(property = "papertrail.catalogs")
  private List<String> catalogs = List.of();

  /**
   * Catalogs shared as Maven artifacts, {@code groupId:artifactId:version}: the jar's {@code
   * META-INF/papertrail/catalog.json} is used after {@code catalogs}.
   */
  @Parameter private List<String> catalogArtifacts = List.of();

  @Parameter(defaultValue = "${session}", readonly = true)
  private MavenSession session;

  /** Resolves the catalog artifacts; see AbstractPapertrailMojo. */
  @Inject private Provider<RepositorySystem> repositorySystem;

  /**
   * Base URL of the project's root folder in a code browser, for source links ({@code
   * https://github.com/acme/ml/blob/main/}); by default links are relative paths.
   */
  @Parameter(property = "papertrail.sourceUrl")
  private String sourceUrl;

  /**
   * Add a section "Papers cited by dependencies": what the dependency jars built with papertrail
   * cite.
   */
  @Parameter(property = "papertrail.includeDependencies", defaultValue = "false")
  private boolean includeDependencies;

  /** Skip the report. */
  @Parameter(property = "papertrail.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public String getOutputName() {
    return "papertrail";
  }

  @Override
  public String getName(Locale locale) {
    return "Paper references";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Which classes implement which research papers, and which papers each class cites.";
  }

  /** Not for a module without compiled classes, such as a parent pom: its page would be empty. */
  @Override
  public boolean canGenerateReport() {
    return !skip && classesDirectory.isDirectory();
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    List<ReportFormat> chosen;
    try {
      chosen = ReportFormats.named(formats);
    } catch (IllegalArgumentException e) {
      throw new MavenReportException("papertrail: " + e.getMessage());
    }
    References references;
    SourceLinks links =
        Sources.links(
            List.of(project), reportDirectory.toPath(), sourceUrl, project.getBasedir().toPath());
    try {
      GoalCatalogs goalCatalogs = new GoalCatalogs(repositorySystem, session, getLog());
      Catalogs inUse =
          goalCatalogs.load(
              goalCatalogs.sources(
                  catalogs, catalogArtifacts, project, project.getBasedir().toPath()));
      references =
          ReferencesBuilder.build(
              "Paper references: " + project.getName(),
              ClassFileCitations.read(classesDirectory.toPath(), project.getArtifactId()),
              inUse);
      if (includeDependencies) {
        references =
            references.withDependencies(
                ReferencesBuilder.dependencies(
                    DependencyJars.citations(project.getArtifacts(), Set.of()), inUse));
      }
      Map<String, Path> files =
          ReportFiles.write(references, links, chosen, reportDirectory.toPath());
      getLog()
          .info(
              "papertrail: "
                  + references.summary().citations()
                  + " citations of "
                  + references.summary().papers()
                  + " papers; wrote "
                  + ReportFiles.whereWritten(files));
      // The site gets its own copy of the page; relative source links would not resolve from there.
      Path sitePage =
          getReportOutputDirectory().toPath().resolve("papertrail").resolve(ReportFiles.HTML);
      Files.createDirectories(sitePage.getParent());
      boolean web = sourceUrl != null && !sourceUrl.isBlank();
      Files.writeString(
          sitePage,
          ReportFormats.HTML.render(references, web ? links : SourceLinks.none()),
          StandardCharsets.UTF_8);
    } catch (CatalogException e) {
      throw new MavenReportException("papertrail: " + e.getMessage());
    } catch (IOException e) {
      throw new MavenReportException(
          "papertrail: cannot write the references page: " + e.getMessage(), e);
    }
    new SitePage(getSink(), references, "papertrail/" + ReportFiles.HTML).render();
  }
}
