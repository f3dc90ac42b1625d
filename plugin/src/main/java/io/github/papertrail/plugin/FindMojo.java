package io.github.papertrail.plugin;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.report.CatalogSearch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Searches the catalogs by words of the title, an author, a tag, or any form of an identifier, and
 * prints the best matches with the annotation to paste. Runs outside any project:
 * {@code mvn io.github.papertrail:papertrail-maven-plugin:find -Dq="low rank adaptation"}.
 */
@Mojo(name = "find", requiresProject = false, threadSafe = true)
public final class FindMojo extends AbstractMojo {

  /** What to look for: words, an author, a tag, an identifier, a key. */
  @Parameter(property = "q", required = true)
  private String q;

  /**
   * Catalogs searched besides the bundled one, comma-separated: JSON, BibTeX or Markdown by extension, or
   * with the format first ({@code bibtex:refs.txt}); relative to the current directory.
   */
  @Parameter(property = "papertrail.catalogs")
  private String catalogs;

  /** How many matches to print at most. */
  @Parameter(property = "limit", defaultValue = "10")
  private int limit;

  @Override
  public void execute() throws MojoFailureException {
    List<String> written = new ArrayList<>();
    if (catalogs != null) {
      for (String file : catalogs.split(",")) {
        if (!file.isBlank()) {
          written.add(file.strip());
        }
      }
    }
    List<CatalogSearch.Match> matches;
    try {
      Catalogs inUse = CatalogFiles.inUse(written, Path.of("").toAbsolutePath());
      inUse.warnings().forEach(warning -> getLog().warn("papertrail: " + warning));
      matches = CatalogSearch.search(inUse, q, limit);
    } catch (CatalogException e) {
      throw new MojoFailureException("papertrail: " + e.getMessage());
    }
    if (matches.isEmpty()) {
      getLog().info("papertrail: no paper matches \"" + q + "\". Try fewer words, an author's surname, or an identifier.");
      return;
    }
    getLog().info("papertrail: " + matches.size() + " match" + (matches.size() == 1 ? "" : "es") + " for \"" + q + "\":");
    for (CatalogSearch.Match match : matches) {
      for (String line : match.format().split("\n")) {
        getLog().info(line);
      }
    }
  }
}
