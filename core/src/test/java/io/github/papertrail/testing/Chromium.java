package io.github.papertrail.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the tests that look at a page as a reader sees it (the plugin's reports,
 * the Javadoc taglets' pages): shared through papertrail-core's test jar.
 */
public final class Chromium {

  private static final long TIMEOUT_SECONDS = 60;

  private Chromium() {}

  /**
   * {@code chromium} on the PATH; a test without it is skipped, except on CI, which installs it
   * (Debian package chromium).
   */
  public static Path find() {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, "chromium");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("chromium is not on PATH: .ci/run should have installed it (Debian package chromium)");
    }
    Assumptions.assumeTrue(
        false, "chromium is not on PATH; install Debian's chromium to render the page");
    return null;
  }

  /**
   * Runs headless Chromium with a fresh profile and these arguments ({@code --dump-dom URL}); its
   * standard output. Its output and errors go through files in {@code dir}.
   */
  public static String run(Path chromium, Path dir, String... args) throws Exception {
    Path profile = Files.createTempDirectory("papertrail-chromium-");
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Path err = Files.createTempFile(dir, "chromium", ".err");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    // Output goes to files, not pipes: a full pipe would stall Chromium, and reading one would
    // block past the timeout.
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail(
            "chromium did not finish within "
                + TIMEOUT_SECONDS
                + " s: "
                + command
                + "\n"
                + Files.readString(err));
      }
      assertEquals(0, process.exitValue(), () -> "chromium failed: " + command + "\n" + read(err));
      return Files.readString(out);
    } finally {
      delete(profile);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(cannot read " + file + ")";
    }
  }

  // Best effort: a Chromium helper may still be closing files in its profile.
  private static void delete(Path tree) {
    try (Stream<Path> paths = Files.walk(tree)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // left for the system's temporary-file cleaning
    }
  }
}
