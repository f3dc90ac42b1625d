package io.github.papertrail.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.XmlStreamReader;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every goal inherits from {@link AbstractPapertrailMojo}, seen through the export goal as
 * Maven wires it: the catalogs relative to the project, each warning logged once, catalog artifacts
 * resolved by the repository system Maven injects; and that every goal takes the shared parameters.
 * Each goal's test shows it skips through the base class.
 */
@MojoTest
class AbstractPapertrailMojoTest {

  /**
   * The export goal with {@code all} and one format, so that what it exports shows what the
   * catalogs hold.
   */
  static final String POM = "src/test/resources/unit/shared/pom.xml";

  /** Two papers under one key: the second is skipped with a warning, the first is a new paper. */
  static final String TEAM_BIB =
      """
      @misc{team2025one,
        title = {A Paper Only The Team Knows},
        year = {2025}
      }
      @misc{team2025one,
        title = {Another Paper Under The Same Key},
        year = {2025}
      }
      """;

  static final String SHARED_CATALOG =
      """
      {"schemaVersion": 1, "entries": [
        {"key": "team2025shared", "title": "A Paper The Team Shares",
         "ids": {"arxiv": "arxiv:2501.01234"}, "authors": ["Ada Lovelace"], "year": 2025}
      ]}
      """;

  @TempDir Path basedir;

  /** Jars the fake repository system resolves, by {@code groupId:artifactId:version}. */
  final Map<String, Path> published = new HashMap<>();

  /** What the goal asked the repository system for. */
  final List<String> requested = new ArrayList<>();

  /**
   * The repository system the harness injects into the goals in place of Maven's: it resolves
   * {@link #published}.
   */
  @Provides
  RepositorySystem repositorySystem() {
    return (RepositorySystem)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {RepositorySystem.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "resolveArtifact" -> {
                    ArtifactRequest request = (ArtifactRequest) args[1];
                    Artifact artifact = request.getArtifact();
                    requested.add(artifact.toString());
                    Path jar =
                        published.get(
                            artifact.getGroupId()
                                + ":"
                                + artifact.getArtifactId()
                                + ":"
                                + artifact.getVersion());
                    if (jar == null) {
                      throw new ArtifactResolutionException(
                          List.of(new ArtifactResult(request)), artifact + " is in no repository");
                    }
                    yield new ArtifactResult(request).setArtifact(artifact.setFile(jar.toFile()));
                  }
                  case "toString" -> "the test's repository system";
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /**
   * The project in a folder of its own, so that a path the goal resolves against the current
   * directory is not found.
   */
  CheckMojoTest.RecordingLog wire(ExportMojo mojo) throws IllegalAccessException {
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    Build build = new Build();
    build.setDirectory(basedir.resolve("target").toString());
    project.setBuild(build);
    setVariableValueToObject(mojo, "project", project);
    setVariableValueToObject(
        mojo, "outputDirectory", basedir.resolve("target/papertrail").toFile());
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    mojo.setLog(log);
    return log;
  }

  String exported(int papers) {
    return "[INFO] papertrail: exported "
        + papers
        + " papers (the whole catalog) as bibtex: "
        + basedir.resolve("target/papertrail/papers.bib");
  }

  @Test
  @InjectMojo(goal = "export", pom = POM)
  @MojoParameter(name = "catalogs", value = "papers/team.bib")
  void aRelativeCatalogIsReadFromTheProjectAndEachWarningIsLoggedOnce(ExportMojo mojo)
      throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    Files.writeString(
        Files.createDirectories(basedir.resolve("papers")).resolve("team.bib"), TEAM_BIB);
    mojo.execute();
    assertEquals(
        List.of(
            "[WARNING] papertrail: team.bib:5: the key 'team2025one' is already used by the entry on line 1; this entry is skipped",
            exported(188)),
        log.lines);
    assertTrue(
        Files.readString(basedir.resolve("target/papertrail/papers.bib"))
            .contains("{team2025one,"));
  }

  /**
   * One value may list several catalogs, as the processor's option does: {@code
   * -Dpapertrail.catalogs=a.bib:b.json}.
   */
  @Test
  @InjectMojo(goal = "export", pom = POM)
  void oneValueMayListSeveralCatalogs(ExportMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    Path papers = Files.createDirectories(basedir.resolve("papers"));
    Files.writeString(papers.resolve("team.bib"), TEAM_BIB);
    Files.writeString(papers.resolve("shared.json"), SHARED_CATALOG);
    setVariableValueToObject(
        mojo, "catalogs", List.of("papers/team.bib" + File.pathSeparator + " papers/shared.json"));
    mojo.execute();
    assertEquals(exported(189), log.lines.get(1), String.join("\n", log.lines));
  }

  @Test
  @InjectMojo(goal = "export", pom = POM)
  @MojoParameter(name = "catalogArtifacts", value = "com.acme:team-papers:1.0")
  void catalogArtifactsResolveThroughTheInjectedRepositorySystem(ExportMojo mojo) throws Exception {
    CheckMojoTest.RecordingLog log = wire(mojo);
    published.put(
        "com.acme:team-papers:1.0", jar(basedir.resolve("team-papers-1.0.jar"), SHARED_CATALOG));
    mojo.execute();
    assertEquals(List.of("com.acme:team-papers:jar:1.0"), requested);
    assertTrue(
        Files.isRegularFile(
            basedir.resolve("target/papertrail/catalogs/com.acme_team-papers_1.0.json")));
    assertEquals(List.of(exported(188)), log.lines);
    assertTrue(
        Files.readString(basedir.resolve("target/papertrail/papers.bib"))
            .contains("{team2025shared,"));
  }

  @Test
  @InjectMojo(goal = "export", pom = POM)
  @MojoParameter(name = "catalogArtifacts", value = "com.acme:gone:1.0")
  void aCatalogArtifactThatDoesNotResolveFailsNamingIt(ExportMojo mojo) throws Exception {
    wire(mojo);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(
        failure
            .getMessage()
            .startsWith("papertrail: cannot resolve the catalog artifact com.acme:gone:1.0: "),
        failure.getMessage());
    assertEquals(List.of("com.acme:gone:jar:1.0"), requested);
  }

  /**
   * The report goal cannot extend the base class: its copy of the shared parameters must say the
   * same.
   */
  @Test
  void everyGoalTakesTheSharedParametersAlike() throws Exception {
    PluginDescriptor plugin;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
      assertNotNull(in, "the plugin descriptor");
      plugin = new PluginDescriptorBuilder().build(new XmlStreamReader(in));
    }
    List<String> goals = new ArrayList<>();
    for (MojoDescriptor goal : plugin.getMojos()) {
      goals.add(goal.getGoal());
      Map<String, Parameter> parameters = goal.getParameterMap();
      assertEquals("${papertrail.skip}", parameters.get("skip").getExpression(), goal.getGoal());
      assertEquals("false", parameters.get("skip").getDefaultValue(), goal.getGoal());
      assertEquals(
          "${papertrail.catalogs}", parameters.get("catalogs").getExpression(), goal.getGoal());
      assertEquals("java.util.List", parameters.get("catalogArtifacts").getType(), goal.getGoal());
      assertEquals(null, parameters.get("catalogArtifacts").getExpression(), goal.getGoal());
    }
    assertEquals(
        List.of(
            "aggregate", "baseline", "check", "constants", "export", "find", "migrate", "report"),
        goals.stream().sorted().toList());
  }

  /** A catalog jar as a team publishes it: the catalog JSON where papertrail-core keeps its own. */
  static Path jar(Path file, String catalog) throws Exception {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(ArtifactCatalogs.ENTRY));
      zip.write(catalog.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }
}
