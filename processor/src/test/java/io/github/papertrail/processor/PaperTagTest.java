package io.github.papertrail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.papertrail.processor.PaperProcessorTest.compile;
import static io.github.papertrail.processor.PaperProcessorTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * papertrail-javadoc's {@code {@paper ID}} in a doc comment is checked at compile time, as a
 * {@code @Paper} value is.
 */
class PaperTagTest {

  static final JavaFileObject LORA =
      source(
          "com.acme.Lora",
          "package com.acme;",
          "",
          "/** Low-rank adapters, as in {@paper 2106.09685} and {@paper hu2021lora}. */",
          "public final class Lora {",
          "  /**",
          "   * Merges the weights.",
          "   * See {@paper 2106.99999} and {@paper arxiv:21o6.09685}; {@papers} is no tag of ours.",
          "   */",
          "  void merge() {}",
          "}");

  static List<String> problems(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("{@paper "))
        .map(d -> d.getKind() + " " + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
        .toList();
  }

  @Test
  void anUnknownOrMalformedIdInAPaperTagIsAnErrorOnTheElementWithTheTagsLine() {
    Compilation compilation = compile(LORA);
    assertThat(compilation).failed();
    List<String> problems = problems(compilation);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals(
        "ERROR 9 [PaperUnknownId]",
        problems.get(0).substring(0, "ERROR 9 [PaperUnknownId]".length()),
        problems.toString());
    assertTrue(
        problems
            .get(0)
            .endsWith("(in {@paper 2106.99999} of the Javadoc of com.acme.Lora#merge(), line 7)"),
        problems.get(0));
    assertTrue(
        problems.get(1).startsWith("ERROR 9 [PaperMalformedId]")
            && problems
                .get(1)
                .endsWith(
                    "(in {@paper arxiv:21o6.09685} of the Javadoc of com.acme.Lora#merge(), line 7)"),
        problems.get(1));
  }

  @Test
  void aSuppressedKindIsSilent() {
    Compilation compilation =
        compile(
            source(
                "com.acme.Quiet",
                "package com.acme;",
                "",
                "/** See {@paper 2106.99999}. */",
                "@SuppressWarnings(\"PaperUnknownId\")",
                "public final class Quiet {}"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), problems(compilation));
  }

  @Test
  void withTheDriftCheckOffPaperTagsAreNotRead() {
    Compilation compilation = compile(LORA, "-Apapertrail.mentions=off");
    assertThat(compilation).succeeded();
    assertEquals(List.of(), problems(compilation));
  }
}
