package io.github.papertrail.plugin;
import io.github.papertrail.catalog.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.codehaus.plexus.component.repository.exception.ComponentLookupException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Catalogs shared as Maven artifacts ({@code <catalogArtifacts>}: {@code groupId:artifactId:version}):
 * resolves each jar like a dependency and takes the catalog JSON inside it, so a team publishes
 * one catalog and every project uses it.
 */
final class ArtifactCatalogs {

  /** Where a catalog jar keeps its catalog: the same place as papertrail-core keeps the bundled one. */
  static final String ENTRY = Catalog.RESOURCE;

  private ArtifactCatalogs() {}

  /**
   * The catalogs a goal uses: the {@code <catalogs>} as written, then one {@code json:} path per
   * catalog artifact, resolved through the session's repositories and extracted into {@code workDir}.
   */
  static List<String> withArtifacts(List<?> catalogs, List<String> artifacts, MavenSession session, Path workDir)
      throws MojoFailureException {
    List<String> all = strings(catalogs);
    if (artifacts != null && !artifacts.isEmpty()) {
      RepositorySystem system;
      try {
        system = session.getContainer().lookup(RepositorySystem.class);
      } catch (ComponentLookupException e) {
        throw new MojoFailureException("papertrail: cannot resolve <catalogArtifacts>: no repository system (" + e.getMessage() + ")");
      }
      List<RemoteRepository> repositories = session.getCurrentProject() == null
          ? List.of() : session.getCurrentProject().getRemoteProjectRepositories();
      for (Path file : resolve(artifacts, system, session.getRepositorySession(), repositories, workDir)) {
        all.add("json:" + file.toAbsolutePath());
      }
    }
    return all;
  }

  /** The parameter's values as strings; a test may inject Files where Maven injects Strings. */
  static List<String> strings(List<?> values) {
    List<String> strings = new ArrayList<>();
    for (Object value : values == null ? List.of() : values) {
      strings.add(String.valueOf(value));
    }
    return strings;
  }

  /** Resolves the artifacts and extracts their catalogs into {@code workDir}; returns the files in order. */
  static List<Path> resolve(List<String> coordinates, RepositorySystem system, RepositorySystemSession session,
      List<RemoteRepository> repositories, Path workDir) throws MojoFailureException {
    List<Path> files = new ArrayList<>();
    for (String written : coordinates) {
      String coords = written.strip();
      DefaultArtifact artifact;
      try {
        artifact = new DefaultArtifact(coords);
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException("papertrail: <catalogArtifact>" + coords
            + "</catalogArtifact> is not groupId:artifactId:version (e.g. com.acme:papers:1.0)");
      }
      Path jar;
      try {
        jar = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact().getFile().toPath();
      } catch (ArtifactResolutionException e) {
        throw new MojoFailureException("papertrail: cannot resolve the catalog artifact " + coords + ": " + e.getMessage());
      }
      files.add(extract(jar, coords, workDir));
    }
    return files;
  }

  /** Copies the catalog out of the jar, named after the coordinates so messages say where it came from. */
  static Path extract(Path jar, String coords, Path workDir) throws MojoFailureException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(ENTRY);
      if (entry == null) {
        throw new MojoFailureException("papertrail: the catalog artifact " + coords + " (" + jar + ") has no " + ENTRY
            + "; a catalog jar keeps its catalog JSON there");
      }
      Path target = workDir.resolve(coords.replace(':', '_') + ".json");
      Files.createDirectories(workDir);
      try (InputStream in = zip.getInputStream(entry)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new MojoFailureException("papertrail: cannot read the catalog artifact " + coords + " (" + jar + "): " + e.getMessage());
    }
  }
}
