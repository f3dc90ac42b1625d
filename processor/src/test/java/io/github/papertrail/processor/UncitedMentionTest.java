package io.github.papertrail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.papertrail.processor.PaperProcessorTest.compile;
import static io.github.papertrail.processor.PaperProcessorTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The drift check: a paper the Javadoc links or names that no {@code @Paper} on it cites. */
class UncitedMentionTest {

  static final JavaFileObject LINEAR =
      source(
          "com.acme.LoraLinear",
          "package com.acme;",
          "",
          "import io.github.papertrail.Paper;",
          "",
          "/**",
          " * A linear layer with a low-rank update, as in",
          " * <a",
          " *   href=\"https://arxiv.org/abs/2106.09685\"><i>LoRA: Low-Rank Adaptation of Large",
          " * Language Models</i></a>.",
          " */",
          "public final class LoraLinear {",
          "  /**",
          "   * Quantised to 4 bits.",
          "   * <pre>",
          "   * Dettmers, T., et al.",
          "   * \"QLoRA: Efficient Finetuning of Quantized LLMs\"",
          "   * arXiv preprint arXiv:2305.14314, 2023.",
          "   * </pre>",
          "   * The init follows doi:10.1109/ICCV.2015.123.",
          "   */",
          "  @Paper(\"2305.14314\")",
          "  void quantise() {}",
          "",
          "  /** Slides: http://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf */",
          "  int notAPaper;",
          "",
          "  // https://arxiv.org/abs/2305.18290: a line comment is no Javadoc",
          "  int commented;",
          "}");

  /** The paper-related diagnostics: kind, line and message. */
  static List<String> mentions(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("[PaperUncitedMention]"))
        .map(d -> d.getKind() + " " + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
        .toList();
  }

  @Test
  void aLinkOnAClassWithoutPaperAndAnUncitedDoiOnACitingMethodWarn() {
    Compilation compilation = compile(LINEAR);
    assertThat(compilation).succeeded();
    assertEquals(
        List.of(
            "WARNING 11 [PaperUncitedMention] the Javadoc of com.acme.LoraLinear links arXiv"
                + " 2106.09685 (line 8), which no @Paper on it cites. Add @Paper(\"2106.09685\") or"
                + " remove the link.",
            "WARNING 22 [PaperUncitedMention] the Javadoc of com.acme.LoraLinear#quantise() names"
                + " DOI 10.1109/iccv.2015.123 (line 19), which no @Paper on it cites. Add"
                + " @Paper(\"10.1109/iccv.2015.123\") or remove the reference."),
        mentions(compilation));
  }

  @Test
  void noWarningWhenAPaperCitesItInAnyForm() {
    for (String cited :
        List.of(
            "2106.09685",
            "2106.09685v2",
            "arXiv:2106.09685",
            "https://huggingface.co/papers/2106.09685",
            "hu2021lora")) {
      JavaFileObject source =
          source(
              "com.acme.Lora",
              "package com.acme;",
              "/** As in http://arxiv.org/pdf/2106.09685v1.pdf (section 4) by Hu et al. */",
              "@io.github.papertrail.Paper(\"" + cited + "\")",
              "final class Lora {}");
      Compilation compilation = compile(source);
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Test
  void aPackageJavadocIsCheckedToo() {
    JavaFileObject info =
        source(
            "com.acme.package-info",
            "/**",
            " * Preference tuning; see {@link https://arxiv.org/abs/2305.18290 DPO}.",
            " */",
            "package com.acme;");
    Compilation compilation = compile(info, "-Apapertrail.mentions=error");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[PaperUncitedMention] the Javadoc of com.acme links arXiv 2305.18290 (line 2)")
        .inFile(info)
        .onLine(4);
  }

  @Test
  void theOptionMakesItAnErrorOrTurnsItOff() {
    Compilation error = compile(LINEAR, "-Apapertrail.mentions=error");
    assertThat(error).failed();
    assertEquals(2, error.errors().size(), error.errors()::toString);
    assertEquals(
        List.of(Diagnostic.Kind.ERROR, Diagnostic.Kind.ERROR),
        error.errors().stream().map(Diagnostic::getKind).toList());
    Compilation off = compile(LINEAR, "-Apapertrail.mentions=off");
    assertThat(off).succeededWithoutWarnings();
    Compilation bad = compile(LINEAR, "-Apapertrail.mentions=sometimes");
    assertThat(bad)
        .hadErrorContaining(
            "-Apapertrail.mentions=sometimes is not allowed: write warning (the default), error"
                + " or off");
  }

  /**
   * A constant whose value is the paper's id stands for the paper, as the classes {@code
   * papertrail:constants} generates have it: its Javadoc linking that paper is no drift; linking
   * another is.
   */
  @Test
  void aConstantForThePaperItLinksIsNoDrift() {
    JavaFileObject papers =
        source(
            "com.acme.Papers",
            "package com.acme;",
            "",
            "public final class Papers {",
            "  /**",
            "   * LoRA: Low-Rank Adaptation of Large Language Models",
            "   *",
            "   * <p><a href=\"https://arxiv.org/abs/2106.09685\">arxiv:2106.09685</a>",
            "   */",
            "  public static final String HU2021LORA = \"2106.09685\";",
            "",
            "  /** <a href=\"https://arxiv.org/abs/2305.14314\">QLoRA</a> */",
            "  public static final String WRONG = \"2106.09685\";",
            "",
            "  /** <a href=\"https://arxiv.org/abs/2106.09685\">LoRA</a> */",
            "  public static String notConstant = \"2106.09685\";",
            "}");
    Compilation compilation = compile(papers);
    assertThat(compilation).succeeded();
    assertEquals(
        List.of(
            "WARNING 12 [PaperUncitedMention] the Javadoc of com.acme.Papers#WRONG links arXiv"
                + " 2305.14314 (line 11), which no @Paper on it cites. Add @Paper(\"2305.14314\") or"
                + " remove the link.",
            "WARNING 15 [PaperUncitedMention] the Javadoc of com.acme.Papers#notConstant links"
                + " arXiv 2106.09685 (line 14), which no @Paper on it cites. Add"
                + " @Paper(\"2106.09685\") or remove the link."),
        mentions(compilation));
  }
}
