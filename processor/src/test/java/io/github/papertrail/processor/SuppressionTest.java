package io.github.papertrail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.papertrail.processor.PaperProcessorTest.compile;
import static io.github.papertrail.processor.PaperProcessorTest.index;
import static io.github.papertrail.processor.PaperProcessorTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import io.github.papertrail.index.IndexedMention;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @SuppressWarnings("papertrail")} or a tag on an element or one around it silences that
 * element's problems in both front ends, errors included, and the index records the suppressions in
 * scope.
 */
class SuppressionTest {

  @TempDir Path dir;

  /** 2101.99999 is well formed and in no catalog: an error by default. */
  static final String UNKNOWN = "2101.99999";

  static final String SUPPRESSED_CLASS =
      """
      package com.acme;

      import io.github.papertrail.Paper;

      @SuppressWarnings({"unchecked", "papertrail"})
      public final class Lora {
        @Paper("2101.99999")
        void unknown() {}

        static final class Nested {
          @Paper("2106.09685.pdf") int malformed;
        }
      }
      """;

  /** The processor's and the plugin's runs of the same sources, with the indexes they wrote. */
  private PluginModeTest.Run[] bothModes(String lora, String... extra) throws IOException {
    PluginModeTest harness = new PluginModeTest();
    harness.dir = dir;
    harness.lora = lora;
    String options = String.join(" ", extra);
    return new PluginModeTest.Run[] {
      harness.compile(
          "processor",
          List.of(
              "-processor",
              PaperProcessor.class.getName(),
              options.isEmpty() ? "-Apapertrail.unknown=error" : "-Apapertrail." + options)),
      harness.compile(
          "plugin",
          List.of(
              "-proc:none",
              "-Xplugin:Papertrail index=OUT" + (options.isEmpty() ? "" : " " + options)))
    };
  }

  private static CitationIndex.Contents contents(PluginModeTest.Run run) {
    return CitationIndex.readContents(new ByteArrayInputStream(run.index()), "citations.json");
  }

  private static Map<String, IndexedCitation> byElement(List<IndexedCitation> citations) {
    return citations.stream()
        .collect(Collectors.toMap(IndexedCitation::element, Function.identity()));
  }

  @Test
  void aClassSuppressionSilencesItsMembersErrorsInBothModes() throws IOException {
    for (PluginModeTest.Run run : bothModes(SUPPRESSED_CLASS)) {
      assertEquals(List.of(), run.diagnostics());
      assertTrue(run.success(), "a suppressed unknown id and malformed id do not fail");
      Map<String, IndexedCitation> index = byElement(contents(run).citations());
      assertEquals(List.of("papertrail"), index.get("com.acme.Lora#unknown()").suppressed());
      assertEquals(List.of("papertrail"), index.get("com.acme.Lora.Nested#malformed").suppressed());
      assertEquals(List.of(), index.get("com.acme").suppressed(), "the package is outside");
    }
    PluginModeTest.Run[] runs = bothModes(SUPPRESSED_CLASS);
    assertEquals(new String(runs[0].index()), new String(runs[1].index()), "the same index");
  }

  /**
   * The same sources without the suppression fail in both modes: the test above proves a change.
   */
  @Test
  void withoutTheSuppressionTheSameSourcesFail() throws IOException {
    String unsuppressed = SUPPRESSED_CLASS.replace(", \"papertrail\"", "");
    for (PluginModeTest.Run run : bothModes(unsuppressed)) {
      assertFalse(run.success());
      assertEquals(2, run.diagnostics().size(), String.join("\n", run.diagnostics()));
      assertTrue(
          run.diagnostics().get(0).startsWith("ERROR 11:12 [PaperMalformedId]"),
          run.diagnostics().get(0));
      assertTrue(
          run.diagnostics().get(1).startsWith("ERROR 7:10 [PaperUnknownId] " + UNKNOWN),
          run.diagnostics().get(1));
      assertTrue(contents(run).citations().stream().allMatch(c -> c.suppressed().isEmpty()));
    }
  }

  @Test
  void aTagSilencesOnlyItsKindAndOnlyOnItsElement() throws IOException {
    JavaFileObject source =
        source(
            "com.acme.Tags",
            "package com.acme;",
            "",
            "import io.github.papertrail.Paper;",
            "",
            "final class Tags {",
            "  @SuppressWarnings(\"PaperConflict\")",
            "  @Paper(\"2101.99999\")",
            "  void conflictIsNotUnknown() {}",
            "",
            "  @SuppressWarnings(\"PaperConflict\")",
            "  @Paper(\"2409.04206\")",
            "  void flagged() {}",
            "",
            "  @SuppressWarnings(\"PaperUnknownId\")",
            "  @Paper(\"2101.99998\")",
            "  void unknown() {}",
            "",
            "  @Paper(\"2409.04206\")",
            "  void flaggedToo() {}",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    List<String> messages =
        compilation.diagnostics().stream()
            .filter(d -> d.getMessage(Locale.ROOT).contains("[Paper"))
            .map(d -> d.getKind() + " " + d.getLineNumber() + " " + tag(d))
            .toList();
    assertEquals(List.of("ERROR 7 [PaperUnknownId]", "WARNING 18 [PaperConflict]"), messages);
    // compile-testing keeps no generated file of a failed compilation: the index of a passing one
    Map<String, IndexedCitation> index =
        byElement(index(compile(source, "-Apapertrail.unknown=warning")));
    assertEquals(
        List.of("PaperConflict"), index.get("com.acme.Tags#conflictIsNotUnknown()").suppressed());
    assertEquals(List.of("PaperUnknownId"), index.get("com.acme.Tags#unknown()").suppressed());
    assertEquals(List.of(), index.get("com.acme.Tags#flaggedToo()").suppressed());
  }

  private static String tag(Diagnostic<? extends JavaFileObject> d) {
    String message = d.getMessage(Locale.ROOT);
    return message.substring(0, message.indexOf(']') + 1);
  }

  /**
   * The index records the suppressions in scope where no problem occurred too: the check goal's
   * catalogs may find one the compiler's did not.
   */
  @Test
  void theIndexRecordsTheSuppressionsInScopeWithoutAProblem() throws IOException {
    JavaFileObject source =
        source(
            "com.acme.Known",
            "package com.acme;",
            "",
            "@SuppressWarnings(\"PaperUnknownId\")",
            "final class Known {",
            "  @SuppressWarnings({\"papertrail\", \"rawtypes\", \"PaperUnknownId\"})",
            "  @io.github.papertrail.Paper(\"2106.09685\")",
            "  void lora() {}",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        List.of(List.of("PaperUnknownId", "papertrail")),
        index(compilation).stream().map(IndexedCitation::suppressed).toList());
  }

  /** javac gives a record component's {@code @SuppressWarnings} to its field and accessor. */
  @Test
  void aRecordComponentAndAnEnumConstantAreCovered() throws IOException {
    JavaFileObject source =
        source(
            "com.acme.Shapes",
            "package com.acme;",
            "",
            "import io.github.papertrail.Paper;",
            "",
            "final class Shapes {",
            "  record Adapter(@SuppressWarnings(\"PaperUnknownId\") @Paper(\"2101.99999\") int bits) {}",
            "",
            "  @SuppressWarnings(\"papertrail\")",
            "  enum Method {",
            "    @Paper(\"2101.99998\") LORA",
            "  }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        List.of(
            "com.acme.Shapes.Adapter#bits [PaperUnknownId]",
            "com.acme.Shapes.Adapter#bits() [PaperUnknownId]",
            "com.acme.Shapes.Method#LORA [papertrail]"),
        index(compilation).stream().map(c -> c.element() + " " + c.suppressed()).toList());
  }

  static final String DRIFT =
      """
      package com.acme;

      import io.github.papertrail.Paper;

      /** As in <a href="https://arxiv.org/abs/2106.09685">LoRA</a>. */
      @SuppressWarnings("papertrail")
      public final class Lora {
        /** Quantised as in arXiv:2305.14314. */
        @SuppressWarnings("PaperConflict")
        @Paper("2106.09685")
        void quantise() {}
      }
      """;

  @Test
  void papertrailSilencesUncitedMentionsInBothModesAndTheIndexKeepsThem() throws IOException {
    for (PluginModeTest.Run run : bothModes(DRIFT, "mentions=warning")) {
      assertEquals(List.of(), run.diagnostics());
      List<IndexedMention> mentions = contents(run).mentions();
      assertEquals(
          List.of(
              "com.acme.Lora 2106.09685 [papertrail]",
              "com.acme.Lora#quantise() 2305.14314" + " [PaperConflict, papertrail]"),
          mentions.stream().map(m -> m.element() + " " + m.id() + " " + m.suppressed()).toList());
    }
    String unsuppressed = DRIFT.replace("@SuppressWarnings(\"papertrail\")\n", "");
    for (PluginModeTest.Run run : bothModes(unsuppressed, "mentions=warning")) {
      assertEquals(
          List.of("WARNING [PaperUncitedMention]", "WARNING [PaperUncitedMention]"),
          run.messages().stream().map(m -> m.substring(0, m.indexOf(']') + 1)).toList(),
          String.join("\n", run.diagnostics()));
    }
  }
}
