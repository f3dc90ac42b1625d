package io.github.papertrail.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** The find goal as Maven wires it: -Dq and -Dlimit. */
@MojoTest
class FindMojoTest {

  static final String POM = "src/test/resources/unit/find/pom.xml";

  @Test
  @InjectMojo(goal = "find", pom = POM)
  @MojoParameter(name = "q", value = "low-rank projection gradient")
  @MojoParameter(name = "limit", value = "1")
  void printsTheBestMatchWithTheAnnotationToPaste(FindMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    mojo.setLog(log);
    mojo.execute();
    assertEquals(List.of(
        "[INFO] papertrail: 1 match for \"low-rank projection gradient\":",
        "[INFO] galore2024  GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection (2024)",
        "[INFO]     ids: arxiv:2403.03507",
        "[INFO]     @Paper(\"2403.03507\")"), log.lines);
  }

  @Test
  @InjectMojo(goal = "find", pom = POM)
  @MojoParameter(name = "q", value = "quantum chromodynamics")
  void saysWhenNothingMatches(FindMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    mojo.setLog(log);
    mojo.execute();
    assertEquals(List.of("[INFO] papertrail: no paper matches \"quantum chromodynamics\". "
        + "Try fewer words, an author's surname, or an identifier."), log.lines);
  }
}
