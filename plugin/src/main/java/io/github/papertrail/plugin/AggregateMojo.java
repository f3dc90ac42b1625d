package io.github.papertrail.plugin;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.report.Citation;
import io.github.papertrail.report.References;
import io.github.papertrail.report.ReferencesBuilder;
import io.github.papertrail.report.ReportFiles;
import io.github.papertrail.report.ReportFormat;
import io.github.papertrail.report.ReportFormats;
import io.github.papertrail.report.SourceLinks;
import io.github.papertrail.scan.ClassFileCitations;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
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
public final class AggregateMojo extends AbstractPapertrailMojo {

  @Parameter(defaultValue = "${reactorProjects}", readonly = true)
  private List<MavenProject> reactorProjects;

  /** Where the files go. */
  @Parameter(
      property = "papertrail.reportDirectory",
      defaultValue = "${project.build.directory}/papertrail")
  private File reportDirectory;

  /** The files to write: {@code html}, {@code markdown}, {@code json}, {@code bibtex}. */
  @Parameter(property = "papertrail.formats", defaultValue = "html,markdown,json,bibtex")
  private List<String> formats;

  /**
   * Base URL of the reactor's root folder in a code browser, for source links; relative paths by
   * default.
   */
  @Parameter(property = "papertrail.sourceUrl")
  private String sourceUrl;

  /**
   * Add a section "Papers cited by dependencies": what the dependency jars built with papertrail
   * cite.
   */
  @Parameter(property = "papertrail.includeDependencies", defaultValue = "false")
  private boolean includeDependencies;

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    List<ReportFormat> chosen;
    try {
      chosen = ReportFormats.named(formats);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("papertrail: " + e.getMessage());
    }
    List<MavenProject> modules =
        reactorProjects.stream().filter(p -> !"pom".equals(p.getPackaging())).toList();
    SourceLinks links =
        Sources.links(modules, reportDirectory.toPath(), sourceUrl, project.getBasedir().toPath());
    try {
      List<Citation> citations = new ArrayList<>();
      for (MavenProject module : modules) {
        citations.addAll(citations(module));
      }
      Catalogs inUse = loadCatalogs();
      References references =
          ReferencesBuilder.build("Paper references: " + project.getName(), citations, inUse);
      if (includeDependencies) {
        // the modules' own dependencies, but not the modules themselves, whose citations are above
        Set<String> reactor = new HashSet<>();
        Set<Artifact> artifacts = new LinkedHashSet<>();
        for (MavenProject module : reactorProjects) {
          reactor.add(module.getGroupId() + ":" + module.getArtifactId());
          artifacts.addAll(module.getArtifacts());
        }
        references =
            references.withDependencies(
                ReferencesBuilder.dependencies(
                    DependencyJars.citations(artifacts, reactor), inUse));
      }
      Map<String, Path> files =
          ReportFiles.write(references, links, chosen, reportDirectory.toPath());
      getLog()
          .info(
              "papertrail: "
                  + references.summary().citations()
                  + " citations of "
                  + references.summary().papers()
                  + " papers in "
                  + modules.size()
                  + " modules; wrote "
                  + ReportFiles.whereWritten(files));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "papertrail: cannot write the references page: " + e.getMessage(), e);
    }
  }

  /**
   * A module's citations from its classes folder, else from its jar (a build cache may restore the
   * jar alone); a module with neither is warned about, never silently left off the page.
   */
  private List<Citation> citations(MavenProject module) {
    Path classes = Path.of(module.getBuild().getOutputDirectory());
    if (Files.isDirectory(classes)) {
      return ClassFileCitations.read(classes, module.getArtifactId());
    }
    File artifact = module.getArtifact() == null ? null : module.getArtifact().getFile();
    if (artifact != null && artifact.isFile() && artifact.getName().endsWith(".jar")) {
      return ClassFileCitations.readJar(artifact.toPath(), module.getArtifactId());
    }
    getLog()
        .warn(
            "papertrail: module "
                + module.getArtifactId()
                + " has no compiled classes in "
                + classes
                + " and no jar"
                + (artifact == null ? "" : " (its artifact is " + artifact + ")")
                + "; its citations are not on the page. Build the modules in the same run, as in"
                + " mvn verify papertrail:aggregate");
    return List.of();
  }
}
