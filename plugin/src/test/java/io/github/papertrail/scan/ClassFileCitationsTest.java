package io.github.papertrail.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import io.github.papertrail.report.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations read back from class files name the same elements as the processor's index. */
class ClassFileCitationsTest {

  @TempDir Path dir;

  static final String LORA =
      """
      package com.acme;

      import io.github.papertrail.Paper;
      import io.github.papertrail.Role;
      import java.util.List;

      @Paper("2106.09685")
      public final class Lora {
        @Paper(value = "2106.09685v2", role = Role.ADAPTS, section = "4.1", note = "rank 8")
        int rank;

        @Paper("hu2021lora")
        Lora(int rank) { this.rank = rank; }

        @Paper("2305.18290") @Paper(value = "2403.03507", role = Role.USES)
        <T> void merge(int scale, List<T> names, String[] tags) {}

        final class Inner {
          @Paper("2305.14314") Inner(String name) {}
        }

        static final class Nested {
          @Paper(value = "2106.09685", title = "LoRA: Low-Rank Adaptation of Large Language Models") void apply() {}
        }

        enum Mode {
          FAST;
          @Paper("2403.03507") Mode() {}
        }

        interface Api { @Paper("2106.09685") void call(); }
        record Point(int x) { @Paper("2106.09685") Point {} }
      }
      """;

  Path compile(String... sources) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path out = Files.createDirectories(dir.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < sources.length; i += 2) {
      Path file = src.resolve(sources[i]);
      Files.createDirectories(file.getParent());
      files.add(Files.writeString(file, sources[i + 1]));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      boolean ok =
          javac
              .getTask(
                  log,
                  fm,
                  null,
                  List.of(
                      "-d",
                      out.toString(),
                      "-cp",
                      System.getProperty("java.class.path"),
                      "-processor",
                      "io.github.papertrail.processor.PaperProcessor",
                      "-Apapertrail.unknown=warning"),
                  null,
                  fm.getJavaFileObjectsFromPaths(files))
              .call();
      assertTrue(ok, log.toString());
    }
    return out;
  }

  @Test
  void classFilesNameTheSameElementsAsTheProcessorsIndex() throws IOException {
    Path classes =
        compile(
            "com/acme/Lora.java",
            LORA,
            "com/acme/package-info.java",
            "@io.github.papertrail.Paper(\"2305.18290\")\npackage com.acme;\n");
    List<Citation> found = ClassFileCitations.read(classes, "core");
    List<IndexedCitation> index;
    try (InputStream in = Files.newInputStream(classes.resolve(CitationIndex.RESOURCE))) {
      index = CitationIndex.read(in, "index");
    }
    assertEquals(index.size(), found.size());
    assertEquals(
        index.stream()
            .map(
                c ->
                    c.element() + " " + c.kind() + " " + c.id() + " " + c.line() + " " + c.source())
            .sorted()
            .toList(),
        found.stream()
            .map(
                c ->
                    c.element() + " " + c.kind() + " " + c.id() + " " + c.line() + " " + c.source())
            .sorted()
            .toList());

    Citation field =
        found.stream()
            .filter(c -> c.element().equals("com.acme.Lora#rank"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        new Citation(
            "core",
            "com.acme.Lora#rank",
            "FIELD",
            "com/acme/Lora.java",
            9,
            "2106.09685v2",
            "ADAPTS",
            "4.1",
            "rank 8",
            null),
        field);
    assertTrue(
        found.stream()
            .anyMatch(c -> c.element().equals("com.acme.Lora.Inner#Inner(java.lang.String)")),
        "the outer instance parameter of an inner class's constructor is javac's, not the user's");
    assertTrue(
        found.stream().anyMatch(c -> c.element().equals("com.acme.Lora.Mode#Mode()")),
        "enum constructors too");
    assertTrue(
        found.stream()
            .anyMatch(
                c ->
                    c.element()
                        .equals("com.acme.Lora#merge(int,java.util.List,java.lang.String[])")));
    Citation pkg = found.stream().filter(c -> c.kind().equals("PACKAGE")).findFirst().orElseThrow();
    assertEquals("com.acme", pkg.element());
  }

  @Test
  void withoutTheIndexSourcesComeFromTheClassFilesAndLinesAreUnknown() throws IOException {
    Path classes = compile("com/acme/Lora.java", LORA);
    Files.delete(classes.resolve(CitationIndex.RESOURCE));
    Citation type =
        ClassFileCitations.read(classes, "core").stream()
            .filter(c -> c.element().equals("com.acme.Lora"))
            .findFirst()
            .orElseThrow();
    assertEquals("com/acme/Lora.java", type.source());
    assertNull(type.line());
    assertEquals("IMPLEMENTS", type.role());
  }

  @Test
  void aMissingFolderHasNoCitationsAndABrokenClassFileIsNamed() throws IOException {
    assertEquals(List.of(), ClassFileCitations.read(dir.resolve("absent"), "core"));
    Path broken = Files.createDirectories(dir.resolve("classes/com/acme")).resolve("Broken.class");
    Files.write(broken, new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2});
    CatalogException e =
        assertThrows(
            CatalogException.class, () -> ClassFileCitations.read(dir.resolve("classes"), "core"));
    assertTrue(e.getMessage().startsWith(broken + ": not a readable class file"), e.getMessage());
  }

  /** The folder's files as a jar, entries in path order, as maven-jar-plugin packs a module. */
  static Path jar(Path folder, Path jar) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void aJarGivesWhatItsClassesFolderGives() throws IOException {
    Path classes = compile("com/acme/Lora.java", LORA);
    List<Citation> fromFolder = ClassFileCitations.read(classes, "core");
    List<Citation> fromJar =
        ClassFileCitations.readJar(jar(classes, dir.resolve("core.jar")), "core");
    assertTrue(fromFolder.stream().anyMatch(c -> c.line() != null), "the index gave lines");
    assertEquals(fromFolder, fromJar);
  }

  @Test
  void aBrokenClassFileInAJarIsNamedWithTheJar() throws IOException {
    Path broken = Files.createDirectories(dir.resolve("classes/com/acme")).resolve("Broken.class");
    Files.write(broken, new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2});
    Path jar = jar(dir.resolve("classes"), dir.resolve("broken.jar"));
    CatalogException e =
        assertThrows(CatalogException.class, () -> ClassFileCitations.readJar(jar, "core"));
    assertTrue(
        e.getMessage().startsWith(jar + "!/com/acme/Broken.class: not a readable class file"),
        e.getMessage());
  }
}
