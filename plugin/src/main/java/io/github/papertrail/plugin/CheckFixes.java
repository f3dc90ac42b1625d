package io.github.papertrail.plugin;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.fix.FixesPatch;
import io.github.papertrail.migrate.UnifiedDiff;
import io.github.papertrail.report.CitationCheck;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * {@code check -Dpapertrail.patch}: writes {@code target/papertrail/fixes.patch} with the fixes of
 * the findings that have one ({@link FixesPatch}), or deletes a stale one when none has, and says
 * in the log what it wrote, what it could not write and why, and the command that applies it.
 */
final class CheckFixes {

  private CheckFixes() {}

  /**
   * @param root where {@code mvn} ran: the patch's paths and the logged command start there
   * @param buildDirectory {@code ${project.build.directory}}
   * @param encoding {@code project.build.sourceEncoding}, or null
   */
  static void write(
      List<CitationCheck.Finding> findings,
      Catalogs catalogs,
      MavenProject project,
      Path root,
      File buildDirectory,
      String encoding,
      Log log)
      throws MojoExecutionException {
    Charset charset = SourceEncoding.of(encoding);
    Path build = buildDirectory.toPath().toAbsolutePath().normalize();
    List<Path> sourceRoots = new ArrayList<>();
    for (String sourceRoot : project.getCompileSourceRoots()) {
      Path dir = Path.of(sourceRoot).toAbsolutePath().normalize();
      if (!dir.startsWith(build)) { // generated sources: their generator is what to fix
        sourceRoots.add(dir);
      }
    }
    FixesPatch.Result result = FixesPatch.build(findings, catalogs, sourceRoots, root, charset);
    Path directory = build.resolve("papertrail");
    Path file;
    try {
      file = FixesPatch.write(result, directory, charset);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "papertrail: cannot write " + directory.resolve(FixesPatch.FILE) + ": " + e, e);
    }
    for (FixesPatch.NotWritten n : result.notWritten()) {
      log.warn("papertrail: fix " + n.format());
    }
    if (file == null) {
      log.info(
          "papertrail: no fix to write (-Dpapertrail.patch): "
              + (result.notWritten().isEmpty()
                  ? "no problem has exactly one fix"
                  : "the fixes above could not be placed")
              + "; no "
              + FixesPatch.FILE
              + " in "
              + shown(root, directory));
      return;
    }
    int n = result.written().size();
    log.info(
        "papertrail: "
            + n
            + (n == 1 ? " fix" : " fixes")
            + " in "
            + result.files()
            + (result.files() == 1 ? " file" : " files")
            + " written to "
            + shown(root, file)
            + ":");
    for (FixesPatch.Written w : result.written()) {
      log.info("  " + w.format());
    }
    log.info(
        "papertrail: apply them with `git apply "
            + shown(root, file)
            + "` in the folder mvn ran in, then build again");
  }

  private static String shown(Path root, Path file) {
    return UnifiedDiff.relative(root, file);
  }
}
