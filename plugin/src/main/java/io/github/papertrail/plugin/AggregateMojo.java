package io.github.papertrail.plugin;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.report.Citation;
import io.github.papertrail.report.References;
import io.github.papertrail.report.ReferencesBuilder;
import io.github.papertrail.report.ReportFiles;
import io.github.papertrail.report.SourceLinks;
import io.github.papertrail.scan.ClassFileCitations;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The references page over every module of a reactor, with each class's module: run it from the
 * parent after the modules are compiled, {@code mvn verify papertrail:aggregate}.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public final class AggregateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true)
  private MavenProject project;

  @Parameter(defaultValue = "${reactorProjects}", readonly = true)
  private List<MavenProject> reactorProjects;

  /** Where the four files go. */
  @Parameter(property = "papertrail.reportDirectory", defaultValue = "${project.build.directory}/papertrail")
  private File reportDirectory;

  /** Catalog JSON files used besides the bundled catalog. */
  @Parameter
  private List<File> catalogs = List.of();

  /** Base URL of the reactor's root folder in a code browser, for source links; relative paths by default. */
  @Parameter(property = "papertrail.sourceUrl")
  private String sourceUrl;

  /** Skip the report. */
  @Parameter(property = "papertrail.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("papertrail: aggregate skipped (papertrail.skip)");
      return;
    }
    List<MavenProject> modules = reactorProjects.stream().filter(p -> !"pom".equals(p.getPackaging())).toList();
    SourceLinks links = Sources.links(modules, reportDirectory.toPath(), sourceUrl, project.getBasedir().toPath());
    try {
      List<Citation> citations = new ArrayList<>();
      for (MavenProject module : modules) {
        citations.addAll(ClassFileCitations.read(Path.of(module.getBuild().getOutputDirectory()), module.getArtifactId()));
      }
      References references = ReferencesBuilder.build("Paper references: " + project.getName(), citations,
          Catalogs.bundledPlus(catalogs.stream().map(File::toPath).toList()));
      Map<String, Path> files = ReportFiles.write(references, links, reportDirectory.toPath());
      getLog().info("papertrail: " + references.summary().citations() + " citations of " + references.summary().papers()
          + " papers in " + modules.size() + " modules; wrote " + files.get(ReportFiles.HTML).toUri());
    } catch (CatalogException e) {
      throw new MojoFailureException("papertrail: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("papertrail: cannot write the references page: " + e.getMessage(), e);
    }
  }
}
