package io.github.papertrail.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregate goal's {@code formats} as Maven wires it: the default, a chosen few, an unknown
 * name; and skip.
 */
@MojoTest
class AggregateMojoTest {

  static final String POM = "src/test/resources/unit/aggregate/pom.xml";

  @TempDir Path root;

  /**
   * A reactor of one module without classes: the report is empty, but every chosen file is written.
   */
  CheckMojoTest.RecordingLog wire(AggregateMojo mojo) throws IllegalAccessException {
    MavenProject parent = new MavenProject();
    parent.setFile(root.resolve("pom.xml").toFile());
    parent.setPackaging("pom");
    MavenProject module = new MavenProject();
    module.setFile(root.resolve("core/pom.xml").toFile());
    module.setArtifactId("core");
    Build build = new Build();
    build.setOutputDirectory(root.resolve("core/target/classes").toString());
    module.setBuild(build);
    setVariableValueToObject(mojo, "project", parent);
    setVariableValueToObject(mojo, "reactorProjects", List.of(parent, module));
    setVariableValueToObject(mojo, "reportDirectory", root.resolve("target/papertrail").toFile());
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    mojo.setLog(log);
    return log;
  }

  @Test
  @InjectMojo(goal = "aggregate", pom = POM)
  void writesTheFourFormatsByDefault(AggregateMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    mojo.execute();
    assertEquals(
        List.of("references.bib", "references.html", "references.json", "references.md"),
        written());
    assertEquals(
        List.of(
            "[INFO] papertrail: 0 citations of 0 papers in 1 modules; wrote "
                + root.resolve("target/papertrail/references.html").toUri()),
        log.lines);
  }

  @Test
  @InjectMojo(goal = "aggregate", pom = POM)
  @MojoParameter(name = "formats", value = "html,json")
  void writesOnlyTheChosenFormats(AggregateMojo mojo) throws Exception {
    wire(mojo);
    mojo.execute();
    assertEquals(List.of("references.html", "references.json"), written());
  }

  @Test
  @InjectMojo(goal = "aggregate", pom = POM)
  @MojoParameter(name = "formats", value = "html,pdf")
  void anUnknownFormatFailsWithTheAcceptedOnes(AggregateMojo mojo) throws Exception {
    wire(mojo);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(
        "papertrail: unknown report format 'pdf'; the accepted formats are html, markdown, json, bibtex",
        failure.getMessage());
    assertTrue(Files.notExists(root.resolve("target/papertrail")), "nothing written");
  }

  @Test
  @InjectMojo(goal = "aggregate", pom = POM)
  @MojoParameter(name = "skip", value = "true")
  void skipWritesNothing(AggregateMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    mojo.execute();
    assertEquals(List.of("[INFO] papertrail: aggregate skipped (papertrail.skip)"), log.lines);
    assertTrue(Files.notExists(root.resolve("target/papertrail")), "nothing written");
  }

  private List<String> written() throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("target/papertrail"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> !name.equals("catalogs"))
          .sorted()
          .toList();
    }
  }
}
