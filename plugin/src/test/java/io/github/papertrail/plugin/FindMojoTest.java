package io.github.papertrail.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** The find goal as Maven wires it: -Dq, -Dlimit, -Dpapertrail.catalogs and -Dpapertrail.skip. */
@MojoTest
class FindMojoTest {

  static final String POM = "src/test/resources/unit/find/pom.xml";

  /** Runs the goal; returns what it logged. */
  static List<String> run(FindMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    mojo.setLog(log);
    mojo.execute();
    return log.lines;
  }

  @Test
  @InjectMojo(goal = "find", pom = POM)
  @MojoParameter(name = "q", value = "low-rank projection gradient")
  @MojoParameter(name = "limit", value = "1")
  void printsTheBestMatchWithTheAnnotationToPaste(FindMojo mojo) throws Exception {
    assertEquals(
        List.of(
            "[INFO] papertrail: 1 match for \"low-rank projection gradient\":",
            "[INFO] galore2024  GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection (2024)",
            "[INFO]     ids: arxiv:2403.03507",
            "[INFO]     @Paper(\"2403.03507\")"),
        run(mojo));
  }

  @Test
  @InjectMojo(goal = "find", pom = POM)
  @MojoParameter(name = "q", value = "quantum chromodynamics")
  void saysWhenNothingMatches(FindMojo mojo) throws Exception {
    assertEquals(
        List.of(
            "[INFO] papertrail: no paper matches \"quantum chromodynamics\". "
                + "Try fewer words, an author's surname, or an identifier."),
        run(mojo));
  }

  @Test
  @InjectMojo(goal = "find", pom = POM)
  @MojoParameter(name = "q", value = "galore")
  @MojoParameter(name = "skip", value = "true")
  void skipSearchesNothing(FindMojo mojo) throws Exception {
    assertEquals(List.of("[INFO] papertrail: find skipped (papertrail.skip)"), run(mojo));
  }

  /**
   * -Dpapertrail.catalogs=a,b: one comma-separated value, paths relative to where mvn runs (this
   * module's folder).
   */
  @Test
  @InjectMojo(goal = "find", pom = POM)
  @MojoParameter(name = "q", value = "gossamer lattices")
  @MojoParameter(
      name = "catalogs",
      value = "src/test/resources/unit/find/team.bib, src/test/resources/unit/find/shared.json")
  void searchesTheCatalogsOfACommaSeparatedList(FindMojo mojo) throws Exception {
    List<String> lines = run(mojo);
    assertEquals(
        "[INFO] papertrail: 2 matches for \"gossamer lattices\":",
        lines.get(0),
        String.join("\n", lines));
    assertEquals(
        List.of("team2025one", "team2025shared"),
        lines.stream()
            .skip(1)
            .filter(line -> line.startsWith("[INFO] team"))
            .map(line -> line.substring("[INFO] ".length(), line.indexOf("  ")))
            .sorted()
            .toList());
  }
}
