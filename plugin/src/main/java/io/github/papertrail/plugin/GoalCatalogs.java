package io.github.papertrail.plugin;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.format.CatalogFormat;
import io.github.papertrail.catalog.format.CatalogSource;
import io.github.papertrail.config.CatalogList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Provider;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * The one way a goal loads its catalogs: the bundled catalog, then the {@code catalogs} as written,
 * then the catalog of each of the {@code catalogArtifacts}, each warning logged once. The goals
 * reach it through {@link AbstractPapertrailMojo}; the report goal, which has to extend
 * AbstractMavenReport for {@code mvn site}, holds one itself, so that both load catalogs alike.
 */
final class GoalCatalogs {

  private final Provider<RepositorySystem> repositorySystem;
  private final MavenSession session;
  private final Log log;

  /**
   * @param repositorySystem the one Maven injected into the goal, asked for only when there are
   *     catalog artifacts
   */
  GoalCatalogs(Provider<RepositorySystem> repositorySystem, MavenSession session, Log log) {
    this.repositorySystem = repositorySystem;
    this.session = session;
    this.log = log;
  }

  /**
   * The catalogs in the order they are merged: the catalog jars on the compiler's processor path
   * ({@link ProcessorPathCatalogs}), as javac merges them; each value of {@code catalogs} read as a
   * {@link CatalogList} (so {@code -Dpapertrail.catalogs=a.json,refs.bib} and {@code <catalog>}
   * elements say the same), relative paths resolved against {@code baseDirectory}; then one JSON
   * catalog per artifact. Artifacts are resolved through the project's repositories and their
   * catalogs extracted under its build directory, {@code target/papertrail/catalogs}.
   *
   * @param catalogs the parameter's values; Objects, since a test may inject Files where Maven
   *     injects Strings
   * @throws CatalogException naming the catalog or the artifact that cannot be used
   */
  List<CatalogSource> sources(
      List<?> catalogs, List<String> catalogArtifacts, MavenProject project, Path baseDirectory) {
    List<String> written = new ArrayList<>();
    for (Object value : catalogs == null ? List.of() : catalogs) {
      written.addAll(CatalogList.split(value == null ? null : String.valueOf(value)));
    }
    List<String> artifacts = catalogArtifacts == null ? List.of() : catalogArtifacts;
    List<String> processorPath = new ArrayList<>(ProcessorPathCatalogs.coordinates(project));
    artifacts.forEach(coords -> processorPath.remove(coords.strip()));
    List<CatalogSource> sources = new ArrayList<>();
    for (Path file : resolve(processorPath, false, project, baseDirectory)) {
      sources.add(new CatalogSource(file.toAbsolutePath().normalize(), CatalogFormat.JSON));
    }
    for (String catalog : written) {
      sources.add(CatalogSource.parse(catalog, baseDirectory));
    }
    for (Path file : resolve(artifacts, true, project, baseDirectory)) {
      sources.add(new CatalogSource(file.toAbsolutePath().normalize(), CatalogFormat.JSON));
    }
    return sources;
  }

  private List<Path> resolve(
      List<String> coordinates, boolean required, MavenProject project, Path baseDirectory) {
    return coordinates.isEmpty()
        ? List.of()
        : ArtifactCatalogs.resolve(
            coordinates,
            repositorySystem.get(),
            session.getRepositorySession(),
            project.getRemoteProjectRepositories(),
            workDirectory(project, baseDirectory),
            required);
  }

  /**
   * The bundled catalog followed by these, merged; their warnings (a skipped BibTeX entry, a
   * renamed key) are logged here and nowhere else.
   *
   * @throws CatalogException naming the catalog file that is missing or unusable
   */
  Catalogs load(List<CatalogSource> sources) {
    Catalogs inUse = CatalogFiles.inUse(sources);
    inUse.warnings().forEach(warning -> log.warn("papertrail: " + warning));
    return inUse;
  }

  /**
   * Beside the goals' other files, so {@code mvn clean} removes the extracted catalogs with them.
   */
  private static Path workDirectory(MavenProject project, Path baseDirectory) {
    String build = project.getBuild() == null ? null : project.getBuild().getDirectory();
    return (build == null ? baseDirectory.resolve("target") : Path.of(build))
        .resolve("papertrail")
        .resolve("catalogs");
  }
}
