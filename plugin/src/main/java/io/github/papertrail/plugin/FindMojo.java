package io.github.papertrail.plugin;

import io.github.papertrail.report.CatalogSearch;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Searches the catalogs by words of the title, an author, a tag, or any form of an identifier, and
 * prints the best matches with the annotation to paste. Runs outside any project: {@code mvn
 * io.github.papertrail:papertrail-maven-plugin:find -Dq="low rank adaptation"}.
 */
@Mojo(name = "find", requiresProject = false, threadSafe = true)
public final class FindMojo extends AbstractPapertrailMojo {

  /** What to look for: words, an author, a tag, an identifier, a key. */
  @Parameter(property = "q", required = true)
  private String q;

  /** How many matches to print at most. */
  @Parameter(property = "limit", defaultValue = "10")
  private int limit;

  /** Paths typed on the command line start where mvn runs, in a project or not. */
  @Override
  protected Path baseDirectory() {
    return Path.of("").toAbsolutePath();
  }

  @Override
  protected void executeGoal() {
    List<CatalogSearch.Match> matches = CatalogSearch.search(loadCatalogs(), q, limit);
    if (matches.isEmpty()) {
      getLog()
          .info(
              "papertrail: no paper matches \""
                  + q
                  + "\". Try fewer words, an author's surname, or an identifier.");
      return;
    }
    getLog()
        .info(
            "papertrail: "
                + matches.size()
                + " match"
                + (matches.size() == 1 ? "" : "es")
                + " for \""
                + q
                + "\":");
    for (CatalogSearch.Match match : matches) {
      for (String line : match.format().split("\n")) {
        getLog().info(line);
      }
    }
  }
}
