package io.github.papertrail.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relative catalog path starts at the module folder, the folder of the build file above the class
 * output or the source, not at the working directory (the test's, processor/): the catalog
 * src/papers/team.json holds a paper only it has, so a compilation that cites it without an error
 * found the catalog there.
 */
class ModuleFolderCompilationTest {

  @TempDir Path dir;
  Path app;
  Path source;

  @BeforeEach
  void module() throws IOException {
    app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("build.gradle"), "");
    Path papers = Files.createDirectories(app.resolve("src/papers"));
    Files.writeString(
        papers.resolve("team.json"),
        "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"acme2026widgets\","
            + " \"title\": \"Widgets\", \"ids\": {\"arxiv\": \"arxiv:2612.00001\"}}]}");
    Path pkg = Files.createDirectories(app.resolve("src/main/java/com/acme"));
    source =
        Files.writeString(
            pkg.resolve("Widget.java"),
            "package com.acme;\n@io.github.papertrail.Paper(\"2612.00001\")\nfinal class Widget {}\n");
  }

  /** The [Paper…] diagnostics of javac -d OUT with these options, "kind message" each. */
  List<String> compile(Path out, String... options) throws IOException {
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    PluginModeTest.javac(Files.createDirectories(out), List.of(options), collector, source);
    return collector.getDiagnostics().stream()
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .filter(d -> d.contains("[Paper"))
        .toList();
  }

  @Test
  void theProcessorFindsTheModuleAboveItsClassOutput() throws IOException {
    assertEquals(
        List.of(),
        compile(
            app.resolve("build/classes/java/main"), "-Apapertrail.catalogs=src/papers/team.json"));
  }

  @Test
  void theProcessorFallsBackToTheSourceFilesModule() throws IOException {
    // a class output outside the module: the source file leads to it
    assertEquals(
        List.of(), compile(dir.resolve("out"), "-Apapertrail.catalogs=src/papers/team.json"));
  }

  @Test
  void theJavacPluginFindsTheModuleAboveItsIndexFolderOrItsSource() throws IOException {
    Path out = app.resolve("build/classes/java/main");
    assertEquals(
        List.of(),
        compile(
            out, "-proc:none", "-Xplugin:Papertrail catalogs=src/papers/team.json index=" + out));
    assertEquals(
        List.of(),
        compile(
            dir.resolve("out"), "-proc:none", "-Xplugin:Papertrail catalogs=src/papers/team.json"));
  }

  @Test
  void aMissingCatalogIsNamedInTheModuleFolder() throws IOException {
    List<String> diagnostics =
        compile(
            app.resolve("build/classes/java/main"), "-Apapertrail.catalogs=src/papers/none.json");
    assertEquals(
        List.of(
            "ERROR [PaperOptions] papertrail: "
                + app.resolve("src/papers/none.json")
                + ": no such catalog file"),
        diagnostics);
  }
}
