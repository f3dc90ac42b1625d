package io.github.papertrail.plugin;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.config.FrontEnd;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Catalogs shared as Maven artifacts ({@code <catalogArtifacts>}: {@code
 * groupId:artifactId:version}): resolves each jar like a dependency and takes the catalog JSON
 * inside it, so a team publishes one catalog and every project uses it. {@link GoalCatalogs} calls
 * it with the repository system Maven injected into the goal.
 */
final class ArtifactCatalogs {

  /**
   * Where a catalog jar keeps its catalog: the same place as papertrail-core keeps the bundled one.
   */
  static final String ENTRY = Catalog.RESOURCE;

  private ArtifactCatalogs() {}

  /**
   * Resolves the artifacts and extracts their catalogs into {@code workDir}; returns the files in
   * order.
   *
   * @throws CatalogException naming the artifact that is not coordinates, does not resolve, or
   *     holds no catalog
   */
  static List<Path> resolve(
      List<String> coordinates,
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories,
      Path workDir) {
    return resolve(coordinates, system, session, repositories, workDir, true);
  }

  /**
   * The same; with {@code required} false, an artifact without a catalog is left out (a processor
   * path holds processors too).
   */
  static List<Path> resolve(
      List<String> coordinates,
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories,
      Path workDir,
      boolean required) {
    List<Path> files = new ArrayList<>();
    for (String written : coordinates) {
      String coords = written.strip();
      DefaultArtifact artifact;
      try {
        artifact = new DefaultArtifact(coords);
      } catch (IllegalArgumentException e) {
        throw new CatalogException(
            FrontEnd.MAVEN.written("catalogArtifact", coords)
                + " is not groupId:artifactId:version (e.g. com.acme:papers:1.0)");
      }
      Path jar;
      try {
        jar =
            system
                .resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                .getArtifact()
                .getFile()
                .toPath();
      } catch (ArtifactResolutionException e) {
        throw new CatalogException(
            "cannot resolve the catalog artifact " + coords + ": " + e.getMessage());
      }
      if (required || holdsCatalog(jar)) {
        files.add(extract(jar, coords, workDir));
      }
    }
    return files;
  }

  private static boolean holdsCatalog(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry(ENTRY) != null;
    } catch (IOException e) {
      return true; // extracting it says what is wrong
    }
  }

  /**
   * Copies the catalog out of the jar, named after the coordinates so messages say where it came
   * from.
   */
  static Path extract(Path jar, String coords, Path workDir) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(ENTRY);
      if (entry == null) {
        throw new CatalogException(
            "the catalog artifact "
                + coords
                + " ("
                + jar
                + ") has no "
                + ENTRY
                + "; a catalog jar keeps its catalog JSON there");
      }
      Path target = workDir.resolve(coords.replace(':', '_') + ".json");
      Files.createDirectories(workDir);
      try (InputStream in = zip.getInputStream(entry)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new CatalogException(
          "cannot read the catalog artifact " + coords + " (" + jar + "): " + e.getMessage());
    }
  }
}
