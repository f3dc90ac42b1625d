package io.github.papertrail.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.report.Citation;
import io.github.papertrail.report.CitationCheck;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fixes.patch: the one fixes, in their literals only, as a diff git apply takes. */
class FixesPatchTest {

  static final Catalogs BUNDLED = Catalogs.of(CatalogFiles.bundled(), "the bundled seed catalog");

  @TempDir Path root;

  static Citation citation(String source, Integer line, String id, String title) {
    return new Citation(
        "m", "com.acme.A", "CLASS", source, line, id, "IMPLEMENTS", null, null, title);
  }

  FixesPatch.Result build(Charset charset, Citation... citations) {
    List<CitationCheck.Finding> findings =
        CitationCheck.run(
                List.of(citations), BUNDLED, new CitationCheck.Rules(true, false, Set.of()))
            .findings();
    return FixesPatch.build(
        findings, BUNDLED, List.of(root.resolve("src/main/java")), root, charset);
  }

  Path source(String path, byte[] bytes) throws IOException {
    Path file = root.resolve("src/main/java").resolve(path);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  @Test
  void theThreeKindsInOneCrlfFileBecomeOneFileDiffThatKeepsItsLineEndings() throws IOException {
    String dpo =
        BUNDLED
            .lookup(io.github.papertrail.id.Identifier.parse("2305.18290").orElseThrow())
            .get(0)
            .title();
    String text =
        "package com.acme;\r\n"
            + "\r\n"
            + "@Paper(\"2106.09685.pdf\")\r\n"
            + "class A {\r\n"
            + "  @Paper(\"2106.09658\") void b() {}\r\n"
            + "  @Paper(value = \"2106.09685\", title = \""
            + dpo
            + "\") void c() {}\r\n"
            + "  @Paper(\"2106.90658\") void far() {}\r\n"
            + "}"; // no final newline
    source("com/acme/A.java", text.getBytes(StandardCharsets.UTF_8));
    FixesPatch.Result result =
        build(
            StandardCharsets.UTF_8,
            citation("com/acme/A.java", 5, "2106.09658", null),
            citation("com/acme/A.java", 3, "2106.09685.pdf", null),
            citation("com/acme/A.java", 6, "2106.09685", dpo),
            citation("com/acme/A.java", 7, "2106.90658", null));
    assertEquals(
        List.of(
            "src/main/java/com/acme/A.java:3: \"2106.09685.pdf\" -> \"2106.09685\" (hu2021lora)",
            "src/main/java/com/acme/A.java:5: \"2106.09658\" -> \"2106.09685\" (hu2021lora)",
            "src/main/java/com/acme/A.java:6: \"2106.09685\" -> \"2305.18290\" (directpreference2023)"),
        result.written().stream().map(FixesPatch.Written::format).toList());
    assertEquals(List.of(), result.notWritten(), "the far typo has no automatic fix to tell of");
    assertEquals(1, result.files());
    String fixedTitle = "title = \"" + dpo + "\"";
    assertEquals(
        "--- a/src/main/java/com/acme/A.java\n"
            + "+++ b/src/main/java/com/acme/A.java\n"
            + "@@ -1,8 +1,8 @@\n"
            + " package com.acme;\r\n"
            + " \r\n"
            + "-@Paper(\"2106.09685.pdf\")\r\n"
            + "+@Paper(\"2106.09685\")\r\n"
            + " class A {\r\n"
            + "-  @Paper(\"2106.09658\") void b() {}\r\n"
            + "-  @Paper(value = \"2106.09685\", "
            + fixedTitle
            + ") void c() {}\r\n"
            + "+  @Paper(\"2106.09685\") void b() {}\r\n"
            + "+  @Paper(value = \"2305.18290\", "
            + fixedTitle
            + ") void c() {}\r\n"
            + "   @Paper(\"2106.90658\") void far() {}\r\n"
            + " }\n"
            + "\\ No newline at end of file\n",
        result.patch());
  }

  @Test
  void fixesThatCannotBePlacedAreToldWithTheirPlaceAndNothingIsWritten() throws IOException {
    source(
        "com/acme/B.java",
        ("@Paper(Papers.TYPO) class B {\n"
                + "  @Paper(\"2106.\\u00309658\") void e() {}\n"
                + "  @Paper(value = \"2106.09658\", note = \"2106.09658\") void twice() {}\n"
                + "}\n")
            .getBytes(StandardCharsets.UTF_8));
    FixesPatch.Result result =
        build(
            StandardCharsets.UTF_8,
            citation("com/acme/B.java", 1, "2106.09658", null),
            citation("com/acme/B.java", 2, "2106.09658", null),
            citation("com/acme/B.java", 3, "2106.09658", null),
            citation("com/acme/Gone.java", 4, "2106.09658", null),
            citation(null, null, "2106.09658", null));
    assertEquals("", result.patch());
    assertEquals(0, result.files());
    assertEquals(
        List.of(
            "com.acme.A: \"2106.09658\" -> \"2106.09685\" (hu2021lora) not written: the class file"
                + " names no source file",
            "com/acme/Gone.java:4: \"2106.09658\" -> \"2106.09685\" (hu2021lora) not written: no"
                + " source root holds it",
            "src/main/java/com/acme/B.java:1: \"2106.09658\" -> \"2106.09685\" (hu2021lora) not"
                + " written: no string literal \"2106.09658\" on the line (a constant or an"
                + " expression gives the identifier): fix it where it is defined",
            "src/main/java/com/acme/B.java:2: \"2106.09658\" -> \"2106.09685\" (hu2021lora) not"
                + " written: the literal \"2106.\\u00309658\" writes the identifier with escapes:"
                + " edit it by hand",
            "src/main/java/com/acme/B.java:3: \"2106.09658\" -> \"2106.09685\" (hu2021lora) not"
                + " written: \"2106.09658\" is written 2 times on the line: edit it by hand"),
        result.notWritten().stream().map(FixesPatch.NotWritten::format).toList());
  }

  @Test
  void filesAreInPathOrderAndTheEncodingIsKept() throws IOException {
    Charset latin1 = StandardCharsets.ISO_8859_1;
    source("com/zeta/Z.java", "@Paper(\"2106.09658\") class Z {}\n".getBytes(latin1));
    source("com/acme/C.java", "// Café\n@Paper(\"2106.09658\") class C {}\n".getBytes(latin1));
    // a record component: the field, the accessor and the parameter carry the same literal
    FixesPatch.Result result =
        build(
            latin1,
            citation("com/zeta/Z.java", 1, "2106.09658", null),
            citation("com/acme/C.java", 2, "2106.09658", null),
            citation("com/acme/C.java", 2, "2106.09658", null));
    assertEquals(2, result.written().size(), "one fix per literal");
    assertEquals(
        "--- a/src/main/java/com/acme/C.java\n"
            + "+++ b/src/main/java/com/acme/C.java\n"
            + "@@ -1,2 +1,2 @@\n"
            + " // Café\n"
            + "-@Paper(\"2106.09658\") class C {}\n"
            + "+@Paper(\"2106.09685\") class C {}\n"
            + "--- a/src/main/java/com/zeta/Z.java\n"
            + "+++ b/src/main/java/com/zeta/Z.java\n"
            + "@@ -1 +1 @@\n"
            + "-@Paper(\"2106.09658\") class Z {}\n"
            + "+@Paper(\"2106.09685\") class Z {}\n",
        result.patch());
    Path file = FixesPatch.write(result, root.resolve("target/papertrail"), latin1);
    assertArrayEquals(result.patch().getBytes(latin1), Files.readAllBytes(file));
  }

  @Test
  void aRunWithNothingToFixDeletesTheStalePatch() throws IOException {
    Path dir = Files.createDirectories(root.resolve("target/papertrail"));
    Path stale = Files.writeString(dir.resolve(FixesPatch.FILE), "--- a/old\n");
    FixesPatch.Result nothing =
        build(StandardCharsets.UTF_8, citation("X.java", 1, "2106.09685", null));
    assertEquals(List.of(), nothing.written());
    assertNull(FixesPatch.write(nothing, dir, StandardCharsets.UTF_8));
    assertFalse(Files.exists(stale));
  }
}
