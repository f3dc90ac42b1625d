package io.github.papertrail.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleFolderTest {

  @TempDir Path root;

  /** A reactor: root/pom.xml with the module root/app/pom.xml, or another build file. */
  private Path module(String buildFile) throws IOException {
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Path app = Files.createDirectories(root.resolve("app"));
    Files.writeString(app.resolve(buildFile), "");
    Files.createDirectories(app.resolve("src/papers"));
    Files.writeString(app.resolve("src/papers/team.bib"), "");
    return app;
  }

  @Test
  void mavenClassOutputLeadsToTheModuleNotTheReactorRoot() throws IOException {
    Path app = module("pom.xml");
    Path classes = Files.createDirectories(app.resolve("target/classes"));
    ModuleFolder found = ModuleFolder.find(List.of(classes), root);
    assertEquals(app, found.folder());
    assertEquals(
        app.resolve("src/papers/team.bib"),
        found.catalog("src/papers/team.bib", FrontEnd.PROCESSOR, new ArrayList<>()).path());
  }

  @Test
  void gradleClassOutputLeadsToTheModule() throws IOException {
    for (String buildFile : List.of("build.gradle", "build.gradle.kts")) {
      Files.deleteIfExists(root.resolve("app/build.gradle"));
      Path app = module(buildFile);
      Path classes = Files.createDirectories(app.resolve("build/classes/java/main"));
      assertEquals(app, ModuleFolder.find(List.of(classes), root).folder(), buildFile);
    }
  }

  @Test
  void theSourceFileIsTheFallbackStartAndBazelMarksAModule() throws IOException {
    Path app = module("BUILD.bazel");
    Path sources = Files.createDirectories(app.resolve("src/main/java/com/acme"));
    Path outside = Files.createDirectories(root.getParent().resolve(root.getFileName() + "-out"));
    try {
      // a class output outside any module gives nothing; the source file's folder does
      assertEquals(app, ModuleFolder.find(Arrays.asList(null, outside, sources), root).folder());
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void withoutABuildFileTheWorkingDirectoryIsTheBase() throws IOException {
    Path classes = Files.createDirectories(root.resolve("out/classes"));
    Path work = Files.createDirectories(root.resolve("work"));
    ModuleFolder found = ModuleFolder.find(List.of(classes), work);
    assertEquals(work, found.folder());
    assertEquals(
        work.resolve("team.json"),
        found.catalog("team.json", FrontEnd.PROCESSOR, new ArrayList<>()).path());
  }

  @Test
  void aPathOnlyTheWorkingDirectoryHoldsIsReadFromThereWithAWarning() throws IOException {
    Path app = module("pom.xml");
    ModuleFolder found = ModuleFolder.find(List.of(app.resolve("target/classes")), root);
    List<String> warnings = new ArrayList<>();
    assertEquals(
        app.resolve("src/papers/team.bib"),
        found.catalog("app/src/papers/team.bib", FrontEnd.PROCESSOR, warnings).path());
    assertEquals(1, warnings.size(), warnings.toString());
    String warning = warnings.get(0);
    assertTrue(warning.contains("app/src/papers/team.bib"), warning);
    assertTrue(warning.contains("option papertrail.catalogs"), warning);
    assertTrue(
        warning.endsWith(
            "relative to the module folder, the folder of the build file: src/papers/team.bib"),
        warning);
  }

  @Test
  void aPathMissingEverywhereNamesTheModuleFolderAndDoesNotWarn() throws IOException {
    Path app = module("pom.xml");
    ModuleFolder found = ModuleFolder.find(List.of(app), root);
    List<String> warnings = new ArrayList<>();
    assertEquals(
        app.resolve("missing.bib"),
        found.catalog("missing.bib", FrontEnd.JAVAC_PLUGIN, warnings).path());
    assertEquals(List.of(), warnings);
  }

  @Test
  void theJavacPluginsIndexFolderStartsTheSearchAndWarningsReachTheOptions() throws IOException {
    Path app = module("build.gradle");
    Path classes = Files.createDirectories(app.resolve("build/classes/java/main"));
    CompilerOptions options =
        CompilerOptions.parse(
            FrontEnd.JAVAC_PLUGIN,
            Map.of("index", classes.toString(), "catalogs", "src/papers/team.bib"),
            root,
            List.of());
    assertEquals(app.resolve("src/papers/team.bib"), options.catalogs().get(0).path());
    assertEquals(List.of(), options.warnings());
    CompilerOptions old =
        CompilerOptions.parse(
            FrontEnd.JAVAC_PLUGIN,
            Map.of("index", classes.toString(), "catalogs", "app/src/papers/team.bib"),
            root,
            List.of());
    assertEquals(app.resolve("src/papers/team.bib"), old.catalogs().get(0).path());
    assertEquals(1, old.warnings().size(), old.warnings().toString());
    assertTrue(old.warnings().get(0).contains("plugin option catalogs=…"), old.warnings().get(0));
  }
}
