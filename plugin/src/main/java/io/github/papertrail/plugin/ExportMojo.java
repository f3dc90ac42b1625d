package io.github.papertrail.plugin;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.report.PaperExport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Exports the papers the module's classes cite (or, with {@code -Dpapertrail.all}, every catalog
 * entry) as BibTeX ({@code papers.bib}), CSL-JSON ({@code papers.csl.json}) and the {@code
 * references:} block of a CITATION.cff ({@code papers.cff.yaml}). No default phase: run it after
 * {@code compile}, or bind it to a phase such as {@code package}.
 */
@Mojo(name = "export", threadSafe = true)
public final class ExportMojo extends AbstractClassesMojo {

  /** The formats to write: {@code bibtex}, {@code csl-json}, {@code cff}. */
  @Parameter(property = "papertrail.formats", defaultValue = "bibtex,csl-json,cff")
  private List<String> formats;

  /** Where the files go. */
  @Parameter(
      property = "papertrail.outputDirectory",
      defaultValue = "${project.build.directory}/papertrail")
  private File outputDirectory;

  /** Export every entry of the catalogs, not only the papers the module cites. */
  @Parameter(property = "papertrail.all", defaultValue = "false")
  private boolean all;

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    List<PaperExport.Format> chosen;
    try {
      chosen = PaperExport.formats(formats);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("papertrail: " + e.getMessage());
    }
    if (!all && !hasClasses()) {
      return;
    }
    Catalogs inUse = loadCatalogs();
    PaperExport.Selection selection =
        all ? PaperExport.all(inUse) : PaperExport.cited(citations(), inUse);
    if (!selection.leftOut().isEmpty()) {
      getLog()
          .warn(
              "papertrail: "
                  + selection.leftOut().size()
                  + " cited identifier"
                  + (selection.leftOut().size() == 1 ? " is" : "s are")
                  + " not exported: "
                  + String.join(", ", selection.leftOut()));
    }
    int papers = selection.entries().size();
    String what =
        papers + (papers == 1 ? " paper" : " papers") + (all ? " (the whole catalog)" : "");
    try {
      Map<PaperExport.Format, Path> written =
          PaperExport.write(selection.entries(), chosen, outputDirectory.toPath());
      written.forEach(
          (format, file) ->
              getLog()
                  .info("papertrail: exported " + what + " as " + format.label() + ": " + file));
    } catch (IOException e) {
      throw new MojoExecutionException("papertrail: cannot write the export: " + e.getMessage(), e);
    }
  }
}
