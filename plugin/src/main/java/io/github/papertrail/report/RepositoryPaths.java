package io.github.papertrail.report;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Names a module's source files as code scanning wants them: relative to the repository's root,
 * where the index names them relative to a source root.
 */
public final class RepositoryPaths {

  private final Path root;
  private final List<Path> sourceRoots;

  /**
   * @param root the repository's root
   * @param sourceRoots the module's compile source roots, the main one first
   */
  public RepositoryPaths(Path root, List<Path> sourceRoots) {
    this.root = root.toAbsolutePath().normalize();
    this.sourceRoots = sourceRoots.stream().map(dir -> dir.toAbsolutePath().normalize()).toList();
  }

  /**
   * The repository's root: the nearest folder from {@code basedir} up that holds {@code .git} (a
   * folder, or the file a worktree or submodule has), else {@code fallback}.
   */
  public static Path root(Path basedir, Path fallback) {
    for (Path dir = basedir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return fallback;
  }

  /**
   * {@code ml-core/src/main/java/com/acme/Lora.java} for {@code com/acme/Lora.java}: under the
   * source root that holds the file, else under the main one; a URI reference ({@code /}-separated,
   * percent-encoded). Null when the source, or any source root, is unknown.
   */
  public String uri(String source) {
    if (source == null || sourceRoots.isEmpty()) {
      return null;
    }
    Path file = sourceRoots.get(0).resolve(source);
    for (Path dir : sourceRoots) {
      if (Files.isRegularFile(dir.resolve(source))) {
        file = dir.resolve(source);
        break;
      }
    }
    String relative = root.relativize(file.normalize()).toString().replace(File.separatorChar, '/');
    try {
      return new URI(null, null, relative, null).toASCIIString();
    } catch (URISyntaxException e) {
      return relative;
    }
  }
}
