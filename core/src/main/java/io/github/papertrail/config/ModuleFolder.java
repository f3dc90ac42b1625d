package io.github.papertrail.config;

import io.github.papertrail.catalog.format.CatalogSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a relative catalog path of the processor or the javac plugin starts: the module folder, so
 * that the same build file works whether the build runs in the module's folder, at a reactor's root
 * or in Gradle's daemon folder, and keeps no absolute path in its compiler arguments (which would
 * defeat a build cache keyed on them). The module folder is the nearest folder, going up from a
 * start folder (the class output folder, else the first compiled source file's folder), that holds
 * a build file; without one, the working directory.
 *
 * @param folder the module folder, or the working directory when no start leads to one
 * @param workingDirectory the compiler's working directory, where relative paths used to start
 */
public record ModuleFolder(Path folder, Path workingDirectory) {

  /** The files that mark a module's folder: Maven's, Gradle's (Groovy and Kotlin), Bazel's. */
  static final List<String> BUILD_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts", "BUILD", "BUILD.bazel");

  public ModuleFolder {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /**
   * @param starts where to look from, in order of trust (null entries are skipped): the first that
   *     has a build file in it or above it gives the module folder
   * @param workingDirectory the answer when none does
   */
  public static ModuleFolder find(List<Path> starts, Path workingDirectory) {
    for (Path start : starts) {
      Path found = start == null ? null : above(start);
      if (found != null) {
        return new ModuleFolder(found, workingDirectory);
      }
    }
    return new ModuleFolder(workingDirectory, workingDirectory);
  }

  /** The nearest folder at or above {@code start} holding a build file, or null. */
  static Path above(Path start) {
    for (Path folder = start.toAbsolutePath().normalize();
        folder != null;
        folder = folder.getParent()) {
      for (String name : BUILD_FILES) {
        // a regular file: on a case-insensitive disk, Gradle's build/ folder is not Bazel's BUILD
        if (Files.isRegularFile(folder.resolve(name))) {
          return folder;
        }
      }
    }
    return null;
  }

  /**
   * A catalog as written, relative paths resolved against the module folder; for compatibility, a
   * relative path that is missing there but present against the working directory is read from the
   * working directory, and {@code warnings} gets one line that names it and says how to write it.
   *
   * @throws io.github.papertrail.catalog.CatalogException when the path is empty or its format
   *     cannot be told
   */
  public CatalogSource catalog(String written, FrontEnd frontEnd, List<String> warnings) {
    CatalogSource source = CatalogSource.parse(written, folder);
    if (folder.equals(workingDirectory) || Files.exists(source.path())) {
      return source;
    }
    CatalogSource old = CatalogSource.parse(written, workingDirectory);
    if (!Files.exists(old.path())) {
      return source; // missing either way: the error names the module folder's path
    }
    warnings.add(
        "the catalog "
            + written.strip()
            + " ("
            + frontEnd.catalogsAdvice()
            + ") is not in the module folder "
            + folder
            + " but in the working directory "
            + workingDirectory
            + "; it is read from there. Write it relative to the module folder, the folder"
            + " of the build file: "
            + folder.relativize(old.path()).toString().replace('\\', '/'));
    return old;
  }
}
