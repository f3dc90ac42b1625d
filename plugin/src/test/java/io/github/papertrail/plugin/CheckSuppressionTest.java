package io.github.papertrail.plugin;

import static io.github.papertrail.plugin.CheckMojoTest.POM;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.index.CitationIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal obeys the {@code @SuppressWarnings} the processor recorded in the index: class
 * files do not keep them.
 */
@MojoTest
class CheckSuppressionTest {

  @TempDir static Path classes;

  /**
   * Compiles, with the processor, a class whose method cites an unknown id under
   * {@code @SuppressWarnings("PaperUnknownId")} and whose other method's Javadoc names a paper no
   * {@code @Paper} cites, under {@code @SuppressWarnings("papertrail")}.
   */
  @BeforeAll
  static void compile() throws IOException {
    String log =
        TestJavac.compile(
            classes,
            "Adapters.java",
            """
        @io.github.papertrail.Paper("2106.09685")
        public final class Adapters {
          @SuppressWarnings("PaperUnknownId")
          @io.github.papertrail.Paper("2106.09658") void merge() {}

          /** Quantised as in arXiv:2305.14314. */
          @SuppressWarnings("papertrail")
          void quantise() {}
        }
        """,
            "-processor",
            "io.github.papertrail.processor.PaperProcessor");
    assertEquals("", log, "the processor reports nothing suppressed");
  }

  private static CheckMojoTest.RecordingLog wire(CheckMojo mojo, Path dir) throws Exception {
    setVariableValueToObject(mojo, "classesDirectory", dir.toFile());
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    mojo.setLog(log);
    return log;
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void aSuppressedUnknownIdAndMentionAreCountedNotReported(CheckMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo, classes);
    mojo.execute();
    assertEquals(
        List.of(
            "[INFO] papertrail: 2 citations checked, 0 problems, 0 failing the build,"
                + " 2 suppressed in code"),
        log.lines);
  }

  /** Without the index the check cannot know of the suppression: the unknown id fails. */
  @TempDir Path withoutIndex;

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void theSameClassesWithoutTheIndexFail(CheckMojo mojo) throws Exception {
    Path copy = Files.createDirectories(withoutIndex.resolve("Adapters.class").getParent());
    Files.copy(classes.resolve("Adapters.class"), copy.resolve("Adapters.class"));
    assertTrue(Files.exists(classes.resolve(CitationIndex.RESOURCE)));
    CheckMojoTest.RecordingLog log = wire(mojo, withoutIndex);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(
        failure.getMessage().startsWith("papertrail: 1 citation problem "), failure.getMessage());
    assertTrue(
        log.lines.get(0).startsWith("[ERROR] Adapters#merge() (Adapters.java): [PaperUnknownId]"),
        String.join("\n", log.lines));
  }
}
