package io.github.papertrail.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export goal as Maven wires it: default formats, -Dpapertrail.all and -Dpapertrail.formats,
 * real class files.
 */
@MojoTest
class ExportMojoTest {

  static final String POM = "src/test/resources/unit/export/pom.xml";

  @TempDir static Path classes;
  @TempDir Path out;

  /**
   * Compiles, without the processor, a class citing two papers and one identifier no catalog holds.
   */
  @BeforeAll
  static void compile() throws IOException {
    Path source =
        Files.writeString(
            Files.createDirectories(classes.resolve("src")).resolve("Adapters.java"),
            """
        @io.github.papertrail.Paper("2106.09685")
        public final class Adapters {
          @io.github.papertrail.Paper("acl:2021.acl-long.353") void prefix() {}
          @io.github.papertrail.Paper("2106.09658") void typo() {}
        }
        """);
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
                  files.getJavaFileObjects(source))
              .call(),
          log.toString());
    }
  }

  CheckMojoTest.RecordingLog wire(ExportMojo mojo) throws IllegalAccessException {
    setVariableValueToObject(mojo, "classesDirectory", classes.toFile());
    setVariableValueToObject(mojo, "outputDirectory", out.toFile());
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    mojo.setLog(log);
    return log;
  }

  @Test
  @InjectMojo(goal = "export", pom = POM)
  void writesTheThreeFormatsOfTheCitedPapers(ExportMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    mojo.execute();
    assertEquals(
        List.of(
            "[WARNING] papertrail: 1 cited identifier is not exported: 2106.09658 (not in any catalog)",
            "[INFO] papertrail: exported 2 papers as bibtex: " + out.resolve("papers.bib"),
            "[INFO] papertrail: exported 2 papers as csl-json: " + out.resolve("papers.csl.json"),
            "[INFO] papertrail: exported 2 papers as cff: " + out.resolve("papers.cff.yaml")),
        log.lines);
    String bib = Files.readString(out.resolve("papers.bib"));
    assertTrue(
        bib.contains("@inproceedings{hu2021lora,") && bib.contains("@inproceedings{li2021prefix,"),
        bib);
    assertTrue(
        Files.readString(out.resolve("papers.csl.json")).contains("\"id\": \"li2021prefix\""));
    assertTrue(
        Files.readString(out.resolve("papers.cff.yaml")).contains("value: \"arXiv:2106.09685\""));
  }

  @Test
  @InjectMojo(goal = "export", pom = POM)
  @MojoParameter(name = "all", value = "true")
  @MojoParameter(name = "formats", value = "csl-json")
  void allExportsTheWholeCatalogInTheChosenFormat(ExportMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    mojo.execute();
    assertEquals(
        List.of(
            "[INFO] papertrail: exported 187 papers (the whole catalog) as csl-json: "
                + out.resolve("papers.csl.json")),
        log.lines);
    assertFalse(Files.exists(out.resolve("papers.bib")));
  }

  @Test
  @InjectMojo(goal = "export", pom = POM)
  @MojoParameter(name = "formats", value = "bibtex,ris")
  void anUnknownFormatFailsWithTheAcceptedOnes(ExportMojo mojo) throws Exception {
    wire(mojo);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(
        "papertrail: unknown export format 'ris'; the accepted formats are bibtex, csl-json, cff",
        failure.getMessage());
  }

  @Test
  @InjectMojo(goal = "export", pom = POM)
  @MojoParameter(name = "skip", value = "true")
  void skipWritesNothing(ExportMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    mojo.execute();
    assertEquals(List.of("[INFO] papertrail: export skipped (papertrail.skip)"), log.lines);
    try (var files = Files.list(out)) {
      assertEquals(0, files.count());
    }
  }
}
