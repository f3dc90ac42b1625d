package io.github.papertrail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real javac compilations with the processor: every message on its exact line, and the index. */
class PaperProcessorTest {

  static Compilation compile(JavaFileObject source, String... options) {
    return javac()
        .withProcessors(new PaperProcessor())
        .withOptions((Object[]) options)
        .compile(source);
  }

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  static List<IndexedCitation> index(Compilation compilation) throws IOException {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE)
            .orElseThrow(() -> new AssertionError("no " + CitationIndex.RESOURCE));
    try (InputStream in = file.openInputStream()) {
      return CitationIndex.read(in, file.getName());
    }
  }

  static final JavaFileObject LORA =
      source(
          "com.acme.Lora",
          "package com.acme;",
          "",
          "import io.github.papertrail.Paper;",
          "import io.github.papertrail.Role;",
          "",
          "@Paper(\"2106.09685\")",
          "public final class Lora {",
          "  @Paper(value = \"arXiv:2106.09685v2\", role = Role.ADAPTS, section = \"4.1\", note = \"rank 8 only\")",
          "  int rank;",
          "",
          "  @Paper(\"https://arxiv.org/abs/2106.09685\")",
          "  Lora(int rank) { this.rank = rank; }",
          "",
          "  @Paper(\"10.48550/arXiv.2106.09685\")",
          "  @Paper(value = \"hu2021lora\", title = \"LoRA: Low-Rank Adaptation of Large Language Models\")",
          "  void merge(int scale, java.util.List<String> names) {}",
          "",
          "  @Paper(\"acl:2021.acl-long.353\") @Paper(\"https://aclanthology.org/2021.acl-long.353/\")",
          "  @Paper(\"openreview:3d5CIRG1n2\") @Paper(\"https://openreview.net/forum?id=3d5CIRG1n2\")",
          "  @Paper(\"https://oatllm.notion.site/oat-zero\") @Paper(\"hep-th/9901001\") ",
          "  static final class Others {}",
          "}");

  @Test
  void everyFormOfAKnownIdentifierCompilesWithoutADiagnostic() {
    Compilation compilation =
        compile(
            source(
                "com.acme.Lora",
                "package com.acme;",
                "import io.github.papertrail.Paper;",
                "@Paper(\"2106.09685\") @Paper(\"acl:2021.acl-long.353\") @Paper(\"https://oatllm.notion.site/oat-zero\")",
                "@Paper(\"10.48550/arXiv.2106.09685\") @Paper(\"https://arxiv.org/pdf/2106.09685v1\") @Paper(\"hu2021lora\")",
                "@Paper(\"openreview:3d5CIRG1n2\") @Paper(\"https://openreview.net/pdf?id=3d5CIRG1n2\")",
                "@Paper(\"ARXIV:2106.09685\") @Paper(\"https://aclanthology.org/2021.acl-long.353.pdf\")",
                "final class Lora {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theIndexRecordsEveryCitationWithElementLineAndEntry() throws IOException {
    Compilation compilation = compile(LORA, "-Apapertrail.unknown=warning");
    assertThat(compilation)
        .hadWarningContaining("[PaperUnknownId] hep-th/9901001 is not in the bundled seed catalog")
        .inFile(LORA)
        .onLine(20)
        .atColumn(56);
    assertThat(compilation).hadWarningCount(1);
    List<IndexedCitation> index = index(compilation);
    assertEquals(11, index.size());

    IndexedCitation type =
        index.stream().filter(c -> c.element().equals("com.acme.Lora")).findFirst().orElseThrow();
    assertEquals(
        new IndexedCitation(
            "com.acme.Lora",
            "CLASS",
            "com/acme/Lora.java",
            6,
            "2106.09685",
            "arxiv:2106.09685",
            null,
            "hu2021lora",
            "IMPLEMENTS",
            null,
            null,
            null,
            "com.acme.Lora",
            List.of()),
        type);

    IndexedCitation field =
        index.stream()
            .filter(c -> c.element().equals("com.acme.Lora#rank"))
            .findFirst()
            .orElseThrow();
    assertEquals("FIELD", field.kind());
    assertEquals(8, field.line());
    assertEquals(2, field.version());
    assertEquals("ADAPTS", field.role());
    assertEquals("4.1", field.section());
    assertEquals("rank 8 only", field.note());

    IndexedCitation constructor =
        index.stream().filter(c -> c.kind().equals("CONSTRUCTOR")).findFirst().orElseThrow();
    assertEquals("com.acme.Lora#Lora(int)", constructor.element());
    assertEquals(11, constructor.line());

    List<IndexedCitation> merge =
        index.stream().filter(c -> c.element().startsWith("com.acme.Lora#merge")).toList();
    assertEquals(
        List.of("com.acme.Lora#merge(int,java.util.List)"),
        merge.stream().map(IndexedCitation::element).distinct().toList());
    assertEquals(
        List.of(14, 15),
        merge.stream().map(IndexedCitation::line).toList(),
        "repeated @Paper: each on its own line");
    assertEquals("LoRA: Low-Rank Adaptation of Large Language Models", merge.get(1).title());

    List<IndexedCitation> others =
        index.stream().filter(c -> c.element().equals("com.acme.Lora.Others")).toList();
    assertEquals(
        List.of("li2021prefix", "li2021prefix", "liu2024dora", "liu2024dora", "liuthere"),
        others.stream().map(IndexedCitation::entry).filter(e -> e != null).sorted().toList());
    assertEquals(
        "com.acme.Lora", others.get(0).owner(), "a nested type belongs to its outermost type");
    IndexedCitation unknown =
        others.stream().filter(c -> c.id().equals("hep-th/9901001")).findFirst().orElseThrow();
    assertNull(unknown.entry());
    assertEquals("arxiv:hep-th/9901001", unknown.normalized());
    assertEquals(20, unknown.line());
  }

  @Test
  void theIndexIsDeterministic() throws IOException {
    Compilation twice = compile(LORA, "-Apapertrail.unknown=warning");
    try (InputStream a =
            twice
                .generatedFile(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE)
                .orElseThrow()
                .openInputStream();
        InputStream b =
            compile(LORA, "-Apapertrail.unknown=warning")
                .generatedFile(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE)
                .orElseThrow()
                .openInputStream()) {
      assertTrue(java.util.Arrays.equals(a.readAllBytes(), b.readAllBytes()));
    }
  }

  @Test
  void malformedIdentifierIsAnErrorOnItsLineWithTheNormalForm() {
    JavaFileObject source =
        source(
            "com.acme.Dpo",
            "package com.acme;",
            "import io.github.papertrail.Paper;",
            "final class Dpo {",
            "  @Paper(\"2106.09685.pdf\")",
            "  void loss() {}",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[PaperMalformedId] \"2106.09685.pdf\" is not a paper identifier:")
        .inFile(source)
        .onLineContaining("2106.09685.pdf");
    assertThat(compilation)
        .hadErrorContaining(
            "Write \"2106.09685\" (hu2021lora: \"LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS\")")
        .inFile(source)
        .onLine(4)
        .atColumn(10);
  }

  @Test
  void unknownIdentifierIsAnErrorWithDidYouMean() {
    JavaFileObject source =
        source(
            "com.acme.Lora",
            "package com.acme;",
            "import io.github.papertrail.Paper;",
            "",
            "@Paper(\"2106.09658\")",
            "final class Lora {}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[PaperUnknownId] 2106.09658 is not in the bundled seed catalog. Did you mean 2106.09685 (hu2021lora: \"LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS\", 2021)?")
        .inFile(source)
        .onLineContaining("2106.09658");
  }

  @Test
  void unknownKeySuggestsEntriesWithThatWord() {
    JavaFileObject source =
        source(
            "com.acme.Galore",
            "package com.acme;",
            "import io.github.papertrail.Paper;",
            "@Paper(\"galore\")",
            "final class Galore {}");
    assertThat(compile(source))
        .hadErrorContaining(
            "Did you mean 2403.03507 (galore2024: \"GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection\", 2024)?")
        .inFile(source)
        .onLine(3);
  }

  @Test
  void unknownIdentifierIsAWarningUnderTheOption() throws IOException {
    JavaFileObject source =
        source(
            "com.acme.Attention",
            "package com.acme;",
            "import io.github.papertrail.Paper;",
            "@Paper(\"1706.03762\")",
            "final class Attention {}");
    Compilation compilation = compile(source, "-Apapertrail.unknown=warning");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[PaperUnknownId] 1706.03762 is not in the bundled seed catalog")
        .inFile(source)
        .onLine(3);
    IndexedCitation citation = index(compilation).get(0);
    assertNull(citation.entry());
    assertEquals("arxiv:1706.03762", citation.normalized());
  }

  @Test
  void aTitleOfAnotherPaperIsAnErrorOnTheTitle() {
    JavaFileObject source =
        source(
            "com.acme.Lora",
            "package com.acme;",
            "import io.github.papertrail.Paper;",
            "@Paper(value = \"2106.09685\",",
            "       title = \"GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection\")",
            "final class Lora {}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[PaperTitleMismatch] title \"GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection\" does not match 2106.09685, which is hu2021lora")
        .inFile(source)
        .onLineContaining("title =");
    assertThat(compilation)
        .hadErrorContaining("Papers with a title like that: 2403.03507 (galore2024");
  }

  @Test
  void citingAFlaggedEntryWarnsAndNamesTheConflict() {
    JavaFileObject source =
        source(
            "com.acme.Calibration",
            "package com.acme;",
            "import io.github.papertrail.Paper;",
            "final class Calibration {",
            "  @Paper(\"openreview:0qSOodKmJaN\") void ambiguous() {}",
            "  @Paper(value = \"openreview:0qSOodKmJaN\", title = \"Calibrating Sequence Likelihood Improves Conditional Language Generation\")",
            "  void picked() {}",
            "  @Paper(\"2409.04206\") void fastForward() {}",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[PaperConflict] openreview:0qSOodKmJaN names 2 catalog entries")
        .inFile(source)
        .onLine(4);
    assertThat(compilation)
        .hadWarningContaining("The title picks zhao2022calibrating")
        .inFile(source)
        .onLine(5);
    assertThat(compilation)
        .hadWarningContaining(
            "[PaperConflict] fastforward2024 (\"Fast Forward Low-Rank Training\") is flagged in the catalog: the sources give this paper different titles")
        .inFile(source)
        .onLine(7);
  }

  @Test
  void annotatedPackageIsIndexed() throws IOException {
    JavaFileObject info =
        source(
            "com.acme.package-info",
            "@Paper(\"2305.18290\")",
            "package com.acme;",
            "import io.github.papertrail.Paper;");
    Compilation compilation = compile(info);
    assertThat(compilation).succeededWithoutWarnings();
    IndexedCitation citation = index(compilation).get(0);
    assertEquals("com.acme", citation.element());
    assertEquals("PACKAGE", citation.kind());
    assertEquals("com/acme/package-info.java", citation.source());
    assertEquals(1, citation.line());
    assertEquals("package com.acme", citation.owner());
  }

  @Test
  void aBadOptionValueIsOneClearError() {
    Compilation compilation = compile(LORA, "-Apapertrail.unknown=bogus");
    assertThat(compilation)
        .hadErrorContaining(
            "[PaperOptions] papertrail: -Apapertrail.unknown=bogus is not allowed: write error (the default) or warning");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void indexOffWritesNoIndex() {
    Compilation compilation =
        compile(LORA, "-Apapertrail.index=false", "-Apapertrail.unknown=warning");
    assertThat(compilation).succeeded();
    assertFalse(
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE)
            .isPresent());
  }

  @Test
  void extraCatalogFilesAreUsedAndTheirErrorsNamed(@TempDir Path dir) throws IOException {
    Path team =
        Files.writeString(
            dir.resolve("team.json"),
            "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"vaswani2017attention\","
                + " \"title\": \"Attention Is All You Need\", \"ids\": {\"arxiv\": \"arxiv:1706.03762\"}}]}");
    JavaFileObject source =
        source(
            "com.acme.Attention",
            "package com.acme;",
            "import io.github.papertrail.Paper;",
            "@Paper(\"1706.03762\") @Paper(\"vaswani2017attention\") @Paper(\"2106.09685\")",
            "final class Attention {}");
    assertThat(
            compile(
                source,
                "-Apapertrail.catalogs="
                    + dir.resolve("missing.json")
                    + java.io.File.pathSeparator
                    + team))
        .hadErrorContaining(
            "[PaperOptions] papertrail: " + dir.resolve("missing.json") + ": no such catalog file");
    assertThat(compile(source, "-Apapertrail.catalogs=" + team)).succeededWithoutWarnings();

    Files.writeString(team, "{\"schemaVersion\": 1,\n \"entries\": [,]}");
    assertThat(compile(source, "-Apapertrail.catalogs=" + team))
        .hadErrorContaining(
            "[PaperOptions] papertrail: " + team + ":2:14: not a papertrail catalog:");
  }
}
