package io.github.papertrail.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedMention;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal as Maven wires it: parameters from the plugin descriptor and the POM, real class
 * files.
 */
@MojoTest
class CheckMojoTest {

  static final String POM = "src/test/resources/unit/check/pom.xml";

  @TempDir static Path classes;

  /**
   * Compiles, without the processor, a class with a typo, a malformed id, an allowed unknown one
   * and a flagged one.
   */
  @BeforeAll
  static void compile() throws IOException {
    javac(
        classes,
        Files.writeString(
            Files.createDirectories(classes.resolve("src")).resolve("Adapters.java"), ADAPTERS));
  }

  static final String ADAPTERS =
      """
      @io.github.papertrail.Paper("2106.09685")
      @io.github.papertrail.Paper("1706.03762")
      public final class Adapters {
        @io.github.papertrail.Paper("2106.09658") void merge() {}
        @io.github.papertrail.Paper("2106.09685.pdf") void split() {}
        @io.github.papertrail.Paper("2409.04206") void fastForward() {}
      }
      """;

  /** Compiles the sources into {@code classes}, without the processor. */
  static void javac(Path classes, Path... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      assertTrue(
          javac
              .getTask(
                  log,
                  files,
                  null,
                  List.of(
                      "-proc:none",
                      "-d",
                      classes.toString(),
                      "-cp",
                      System.getProperty("java.class.path")),
                  null,
                  files.getJavaFileObjects(sources))
              .call(),
          log.toString());
    }
  }

  /** Collects what the mojo logs. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }
  }

  static RecordingLog wire(CheckMojo mojo) throws IllegalAccessException {
    setVariableValueToObject(mojo, "classesDirectory", classes.toFile());
    setVariableValueToObject(mojo, "sarif", classes.resolve("out/papertrail.sarif").toFile());
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);
    return log;
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void byDefaultUnknownAndMalformedFailOnceAfterEveryProblemIsListed(CheckMojo mojo)
      throws Exception {
    RecordingLog log = wire(mojo);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(
        "papertrail: 2 citation problems (listed above) fail the build. Fix the identifiers, "
            + "add the papers to a catalog (<catalogs>), or accept them with <allow>.",
        failure.getMessage());
    assertEquals(4, log.lines.size(), String.join("\n", log.lines));
    assertTrue(
        log.lines
            .get(0)
            .startsWith("[ERROR] Adapters#merge() (Adapters.java): [PaperUnknownId] 2106.09658"),
        log.lines.get(0));
    assertTrue(
        log.lines.get(1).startsWith("[ERROR] Adapters#split() (Adapters.java): [PaperMalformedId]"),
        log.lines.get(1));
    assertTrue(
        log.lines
            .get(2)
            .startsWith("[WARNING] Adapters#fastForward() (Adapters.java): [PaperConflict]"),
        log.lines.get(2));
    assertEquals(
        "[INFO] papertrail: 5 citations checked, 3 problems, 2 failing the build",
        log.lines.get(3),
        "1706.03762 is allowed by the POM's <allow>");
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "failOnUnknown", value = "false")
  @MojoParameter(name = "failOnConflict", value = "true")
  void theSwitchesChangeWhatFails(CheckMojo mojo) throws Exception {
    RecordingLog log = wire(mojo);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(
        failure.getMessage().startsWith("papertrail: 2 citation problems"), failure.getMessage());
    assertTrue(
        log.lines.get(0).startsWith("[WARNING] Adapters#merge()"), "an unknown id only warns now");
    assertTrue(
        log.lines.get(2).startsWith("[ERROR] Adapters#fastForward()"), "a conflict fails now");
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "skip", value = "true")
  void skipChecksNothing(CheckMojo mojo) throws Exception {
    RecordingLog log = wire(mojo);
    mojo.execute();
    assertEquals(List.of("[INFO] papertrail: check skipped (papertrail.skip)"), log.lines);
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void aMissingCatalogFileFailsWithItsName(CheckMojo mojo) throws Exception {
    wire(mojo);
    File missing = classes.resolve("team-catalog.json").toFile();
    setVariableValueToObject(mojo, "catalogs", List.of(missing));
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("papertrail: " + missing + ": no such catalog file", failure.getMessage());
  }

  /** A class output with only an index. */
  @TempDir Path indexOnly;

  /**
   * A class output whose index records one uncited mention (what the processor writes for a Javadoc
   * link no @Paper cites) and no class with a problem.
   */
  static RecordingLog wireMentions(CheckMojo mojo, Path dir) throws Exception {
    Path index =
        Files.createDirectories(dir.resolve("META-INF/papertrail")).resolve("citations.json");
    Files.write(
        index,
        CitationIndex.write(
            List.of(),
            List.of(
                new IndexedMention(
                    "com.acme.LoraLinear",
                    "com/acme/LoraLinear.java",
                    8,
                    "2106.09685",
                    "arxiv:2106.09685",
                    "https://arxiv.org/abs/2106.09685",
                    "com.acme.LoraLinear",
                    List.of()))));
    RecordingLog log = wire(mojo);
    setVariableValueToObject(mojo, "classesDirectory", dir.toFile());
    return log;
  }

  static final String MENTION =
      "com.acme.LoraLinear (com/acme/LoraLinear.java:8): [PaperUncitedMention] the Javadoc of"
          + " com.acme.LoraLinear links arXiv 2106.09685 (line 8), which no @Paper on it cites."
          + " Add @Paper(\"2106.09685\") or remove the link.";

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void anUncitedMentionInTheIndexWarnsByDefault(CheckMojo mojo) throws Exception {
    RecordingLog log = wireMentions(mojo, indexOnly);
    mojo.execute();
    assertEquals(
        List.of(
            "[WARNING] " + MENTION,
            "[INFO] papertrail: 0 citations checked, 1 problem, 0 failing the build"),
        log.lines);
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "mentions", value = "error")
  void mentionsErrorFailsTheBuild(CheckMojo mojo) throws Exception {
    RecordingLog log = wireMentions(mojo, indexOnly);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("[ERROR] " + MENTION, log.lines.get(0));
    assertEquals(
        "papertrail: 1 paper named in Javadoc and cited by no @Paper (listed above) fail the build"
            + " (<mentions>error</mentions>): cite them with @Paper or remove them.",
        failure.getMessage());
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "mentions", value = "off")
  void mentionsOffReportsNone(CheckMojo mojo) throws Exception {
    RecordingLog log = wireMentions(mojo, indexOnly);
    mojo.execute();
    assertEquals(
        List.of("[INFO] papertrail: 0 citations checked, 0 problems, 0 failing the build"),
        log.lines);
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "mentions", value = "loud")
  void aBadMentionsValueNamesTheParameter(CheckMojo mojo) throws Exception {
    wireMentions(mojo, indexOnly);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(
        "papertrail: <mentions>loud</mentions> is not allowed: write warning (the default), error"
            + " or off",
        failure.getMessage());
  }
}
