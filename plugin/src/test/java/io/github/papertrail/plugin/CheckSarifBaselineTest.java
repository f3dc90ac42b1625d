package io.github.papertrail.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.papertrail.plugin.CheckMojoTest.RecordingLog;
import io.github.papertrail.report.Baseline;
import io.github.papertrail.report.BaselineEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check writes for code scanning and reads as a baseline, and what the baseline goal writes,
 * on a module laid out as Maven lays one out: a repository root with {@code .git}, the module's
 * sources under {@code src/main/java}, its classes under {@code target/classes}.
 */
@MojoTest
class CheckSarifBaselineTest {

  @TempDir Path repository;
  Path module;
  Path classes;

  /** The three problems of {@link CheckMojoTest#ADAPTERS}, as the baseline lists them. */
  static final List<BaselineEntry> KNOWN =
      List.of(
          new BaselineEntry("PaperConflict", "Adapters#fastForward()", "2409.04206"),
          new BaselineEntry("PaperUnknownId", "Adapters#merge()", "2106.09658"),
          new BaselineEntry("PaperMalformedId", "Adapters#split()", "2106.09685.pdf"));

  @BeforeEach
  void layOut() throws IOException {
    Files.createDirectories(repository.resolve(".git"));
    module = repository.resolve("ml-core");
    Path sources = Files.createDirectories(module.resolve("src/main/java"));
    classes = Files.createDirectories(module.resolve("target/classes"));
    CheckMojoTest.javac(
        classes, Files.writeString(sources.resolve("Adapters.java"), CheckMojoTest.ADAPTERS));
  }

  /** The module as the goal sees it; Maven runs in the module (no session), paths start there. */
  RecordingLog wire(AbstractClassesMojo mojo) throws Exception {
    MavenProject project = new MavenProject();
    project.setFile(module.resolve("pom.xml").toFile());
    project.addCompileSourceRoot(module.resolve("src/main/java").toString());
    setVariableValueToObject(mojo, "project", project);
    setVariableValueToObject(mojo, "classesDirectory", classes.toFile());
    setVariableValueToObject(mojo, "baseline", baseline().toFile());
    if (mojo instanceof CheckMojo) {
      setVariableValueToObject(mojo, "sarif", sarif().toFile());
    }
    RecordingLog log = new RecordingLog();
    mojo.setLog(log);
    return log;
  }

  Path baseline() {
    return module.resolve("papertrail-baseline.json");
  }

  Path sarif() {
    return module.resolve("target/papertrail/papertrail.sarif");
  }

  JsonNode results() throws IOException {
    return new ObjectMapper().readTree(sarif().toFile()).at("/runs/0/results");
  }

  static List<String> texts(JsonNode results, String pointer) {
    List<String> texts = new ArrayList<>();
    results.forEach(result -> texts.add(result.at(pointer).asText()));
    return texts;
  }

  @Test
  @InjectMojo(goal = "check", pom = CheckMojoTest.POM)
  void aFailingCheckStillWritesTheSarifFileWithPathsFromTheRepositoryRoot(CheckMojo mojo)
      throws Exception {
    wire(mojo);
    assertThrows(MojoFailureException.class, mojo::execute);
    JsonNode results = results();
    assertEquals(
        List.of("PaperConflict", "PaperUnknownId", "PaperMalformedId"),
        texts(results, "/ruleId"),
        "sorted by file, line, then element");
    assertEquals(
        List.of(
            "ml-core/src/main/java/Adapters.java",
            "ml-core/src/main/java/Adapters.java",
            "ml-core/src/main/java/Adapters.java"),
        texts(results, "/locations/0/physicalLocation/artifactLocation/uri"));
    assertEquals(List.of("", "", ""), texts(results, "/baselineState"), "no baseline in use");
    String text = Files.readString(sarif());
    assertFalse(text.contains(repository.toString()), "no absolute path");
  }

  @Test
  @InjectMojo(goal = "baseline", pom = CheckMojoTest.POM)
  void theBaselineGoalListsEveryProblemTheSameWayEachRun(BaselineMojo mojo) throws Exception {
    RecordingLog log = wire(mojo);
    mojo.execute();
    byte[] first = Files.readAllBytes(baseline());
    assertEquals(KNOWN, Baseline.read(baseline()).entries());
    assertEquals(
        List.of(
            "[INFO] papertrail: 3 problems written to "
                + baseline()
                + "; papertrail:check fails only on problems not listed there"),
        log.lines);
    mojo.execute();
    assertArrayEquals(first, Files.readAllBytes(baseline()));
  }

  @Test
  @InjectMojo(goal = "check", pom = CheckMojoTest.POM)
  void withTheBaselineTheKnownProblemsPassInOneLine(CheckMojo mojo) throws Exception {
    Files.write(baseline(), Baseline.ofEntries(KNOWN).toJson());
    RecordingLog log = wire(mojo);
    mojo.execute();
    assertEquals(
        List.of(
            "[INFO] papertrail: 3 problems listed in papertrail-baseline.json (the baseline) do"
                + " not fail the build",
            "[INFO] papertrail: 5 citations checked, 0 problems, 0 failing the build"),
        log.lines);
    assertEquals(
        List.of("unchanged", "unchanged", "unchanged"), texts(results(), "/baselineState"));
  }

  @Test
  @InjectMojo(goal = "check", pom = CheckMojoTest.POM)
  void aNewBadCitationFailsDespiteTheBaseline(CheckMojo mojo) throws Exception {
    Files.write(baseline(), Baseline.ofEntries(KNOWN).toJson());
    CheckMojoTest.javac(
        classes,
        Files.writeString(
            module.resolve("src/main/java/Scale.java"),
            """
            final class Scale {
              @io.github.papertrail.Paper("2106.09658") void up() {}
            }
            """));
    RecordingLog log = wire(mojo);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(
        failure.getMessage().startsWith("papertrail: 1 citation problem (listed above)"),
        failure.getMessage());
    assertTrue(log.lines.get(1).startsWith("[ERROR] Scale#up() (Scale.java): [PaperUnknownId]"));
    assertEquals(
        List.of("unchanged", "unchanged", "unchanged", "new"), texts(results(), "/baselineState"));
  }

  @Test
  @InjectMojo(goal = "check", pom = CheckMojoTest.POM)
  void entriesNoLongerFoundAreListedAsFixed(CheckMojo mojo) throws Exception {
    List<BaselineEntry> stale = new ArrayList<>(KNOWN);
    stale.add(new BaselineEntry("PaperUnknownId", "Adapters#merge()", "2106.09658"));
    stale.add(new BaselineEntry("PaperUnknownId", "Gone#away()", "1234.56789"));
    Files.write(baseline(), Baseline.ofEntries(stale).toJson());
    RecordingLog log = wire(mojo);
    mojo.execute();
    assertEquals(
        "[WARNING] papertrail: fixed since the baseline: [PaperUnknownId] Adapters#merge()"
            + " 2106.09658, [PaperUnknownId] Gone#away() 1234.56789: remove them from"
            + " papertrail-baseline.json or rerun papertrail:baseline",
        log.lines.get(1));
  }

  @Test
  @InjectMojo(goal = "check", pom = CheckMojoTest.POM)
  void aMalformedBaselineFailsWithItsLineAndColumn(CheckMojo mojo) throws Exception {
    Files.writeString(baseline(), "{\n  \"version\": 1\n  \"problems\": []\n}\n");
    wire(mojo);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(
        failure.getMessage().startsWith("papertrail: " + baseline() + ":3:3: "),
        failure.getMessage());
    assertFalse(Files.exists(sarif()), "no SARIF from an unreadable baseline");
  }
}
