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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The aggregate goal's {@code formats} as Maven wires it: the default, a chosen few, an unknown
 * name; and skip.
 */
@MojoTest
class AggregateMojoTest {

  static final String POM = "src/test/resources/unit/aggregate/pom.xml";

  @TempDir Path root;

  /** The parent and its module, as {@link #wire} gives them to the goal. */
  List<MavenProject> reactor;

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
    reactor = List.of(parent, module);
    setVariableValueToObject(mojo, "reactorProjects", reactor);
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
            "[WARNING] papertrail: module core has no compiled classes in "
                + root.resolve("core/target/classes")
                + " and no jar; its citations are not on the page. Build the modules in the same"
                + " run, as in mvn verify papertrail:aggregate",
            "[INFO] papertrail: 0 citations of 0 papers in 1 modules; wrote "
                + root.resolve("target/papertrail/references.html").toUri()),
        log.lines);
  }

  @Test
  @InjectMojo(goal = "aggregate", pom = POM)
  @MojoParameter(name = "formats", value = "json")
  void aModuleWithoutItsClassesFolderIsReadFromItsJar(AggregateMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    // what a build cache restores: the jar, and no target/classes
    Path jar = Files.createDirectories(root.resolve("core/target")).resolve("core-1.0.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("com/acme/Lora.class"));
      out.write(citingClass("com/acme/Lora", "2106.09685"));
      out.closeEntry();
    }
    Artifact artifact =
        new DefaultArtifact(
            "com.acme", "core", "1.0", null, "jar", null, new DefaultArtifactHandler("jar"));
    artifact.setFile(jar.toFile());
    reactor.get(1).setArtifact(artifact);
    mojo.execute();
    String json = Files.readString(root.resolve("target/papertrail/references.json"));
    assertTrue(json.contains("\"class\": \"com.acme.Lora\""), json);
    assertTrue(json.contains("\"module\": \"core\""), json);
    assertEquals(
        List.of(
            "[INFO] papertrail: 1 citations of 1 papers in 1 modules; wrote "
                + root.resolve("target/papertrail/references.json").toUri()),
        log.lines);
  }

  /** A class file whose class carries {@code @Paper(id)}, as javac writes it. */
  static byte[] citingClass(String internalName, String id) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        internalName,
        null,
        "java/lang/Object",
        null);
    AnnotationVisitor paper = writer.visitAnnotation("Lio/github/papertrail/Paper;", true);
    paper.visit("value", id);
    paper.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
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
