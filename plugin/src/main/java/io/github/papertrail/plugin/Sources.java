package io.github.papertrail.plugin;

import io.github.papertrail.report.SourceLinks;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;

/**
 * Source links of the reports: a web URL when {@code sourceUrl} is set, else paths relative to the
 * report.
 */
final class Sources {

  private Sources() {}

  /**
   * @param sourceUrl base URL of the reactor's root folder in a code browser, e.g. {@code
   *     https://github.com/acme/ml/blob/main/}; null for relative links
   * @param root the reactor's (or the module's) base directory
   */
  static SourceLinks links(
      List<MavenProject> modules, Path reportDirectory, String sourceUrl, Path root) {
    Map<String, String> bases = new LinkedHashMap<>();
    for (MavenProject module : modules) {
      List<String> roots = module.getCompileSourceRoots();
      if (roots.isEmpty()) {
        continue;
      }
      Path sourceRoot = Path.of(roots.get(0)).toAbsolutePath().normalize();
      String base;
      if (sourceUrl != null && !sourceUrl.isBlank()) {
        String relative =
            root.toAbsolutePath()
                .normalize()
                .relativize(sourceRoot)
                .toString()
                .replace(File.separatorChar, '/');
        base = (sourceUrl.endsWith("/") ? sourceUrl : sourceUrl + "/") + relative + "/";
      } else {
        base =
            reportDirectory
                    .toAbsolutePath()
                    .normalize()
                    .relativize(sourceRoot)
                    .toString()
                    .replace(File.separatorChar, '/')
                + "/";
      }
      bases.put(module.getArtifactId(), base);
    }
    return SourceLinks.under(bases);
  }
}
