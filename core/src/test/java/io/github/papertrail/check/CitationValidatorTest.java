package io.github.papertrail.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator as a pure function: citations in, entry and tagged problems out. No javac. */
class CitationValidatorTest {

  static final CitationValidator ERRORS =
      new CitationValidator(
          Catalogs.of(CatalogFiles.bundled(), "the bundled seed catalog"), Severity.ERROR);
  static final CitationValidator WARNINGS =
      new CitationValidator(
          Catalogs.of(CatalogFiles.bundled(), "the bundled seed catalog"), Severity.WARNING);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2106.09685",
        "2106.09685v2",
        "arXiv:2106.09685",
        "arxiv:2106.09685v1",
        "https://arxiv.org/abs/2106.09685",
        "http://arxiv.org/pdf/2106.09685v2.pdf",
        "10.48550/arXiv.2106.09685",
        "doi:10.48550/ARXIV.2106.09685",
        "https://doi.org/10.48550/arXiv.2106.09685",
        "hu2021lora"
      })
  void everyFormOfLoraResolvesWithoutProblems(String written) {
    CitationValidator.Result result = ERRORS.validate(written, "");
    assertEquals("hu2021lora", result.entry().key());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void malformedGivesTheNormalFormAndTheEntry() {
    Problem problem = ERRORS.validate("2106.09685.pdf", null).problems().get(0);
    assertEquals(ProblemKind.MALFORMED_ID, problem.kind());
    assertEquals(Severity.ERROR, problem.severity());
    assertTrue(
        text(problem)
            .startsWith("[PaperMalformedId] \"2106.09685.pdf\" is not a paper identifier: "),
        text(problem));
    assertTrue(
        text(problem)
            .endsWith(
                ". Write \"2106.09685\" (hu2021lora: \"LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS\")."),
        text(problem));
  }

  @Test
  void malformedWithoutSuggestionSaysWhatIsAccepted() {
    Problem problem = ERRORS.validate("pmid:12345", null).problems().get(0);
    assertTrue(
        text(problem)
            .endsWith(
                "Write an arXiv id (2106.09685), a DOI (10.1145/…), openreview:ID, acl:ID, a paper URL or a catalog key."),
        text(problem));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2106.09658 | Did you mean 2106.09685 (hu2021lora: \"LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS\", 2021)?",
        "hu2021lroa | Did you mean 2106.09685 (hu2021lora: ",
        "hu2020lora | Did you mean 2106.09685 (hu2021lora: ",
        "acl:2021.acl-long.335 | Did you mean acl:2021.acl-long.353 (li2021prefix: ",
        "openreview:3d5CIRG1n3 | Did you mean openreview:3d5CIRG1n2 (liu2024dora: "
      })
  void unknownSuggestsTheNearestIdentifier(String written, String suggestion) {
    CitationValidator.Result result = ERRORS.validate(written, null);
    assertNull(result.entry());
    Problem problem = result.problems().get(0);
    assertEquals(ProblemKind.UNKNOWN_ID, problem.kind());
    assertTrue(text(problem).contains(suggestion), text(problem));
  }

  @Test
  void unknownWithATitleSuggestsThePaperOfThatTitle() {
    Problem problem =
        ERRORS
            .validate(
                "2301.00001", "Direct Preference Optimization: Your LM is Secretly a Reward Model")
            .problems()
            .get(0);
    assertTrue(
        text(problem).contains("Did you mean 2305.18290 (directpreference2023: "), text(problem));
  }

  @Test
  void unknownSeverityFollowsTheSetting() {
    assertEquals(
        Severity.WARNING, WARNINGS.validate("1706.03762", null).problems().get(0).severity());
    assertEquals(Severity.ERROR, ERRORS.validate("1706.03762", null).problems().get(0).severity());
    assertEquals(
        "[PaperUnknownId] 1706.03762 is not in the bundled seed catalog. Fix the identifier, or add the paper to a catalog (option papertrail.catalogs).",
        text(ERRORS.validate("1706.03762", null).problems().get(0)));
  }

  @Test
  void titlesMatchAfterNormalizationAndAcrossRecordedVariants() {
    assertEquals(
        List.of(),
        ERRORS
            .validate("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models")
            .problems());
    assertEquals(
        List.of(),
        ERRORS
            .validate("2403.03507", "Memory-Efficient LLM Training by Gradient Low-Rank Projection")
            .problems());
    Problem mismatch = ERRORS.validate("2106.09685", "Attention Is All You Need").problems().get(0);
    assertEquals(ProblemKind.TITLE_MISMATCH, mismatch.kind());
    assertEquals(
        "[PaperTitleMismatch] title \"Attention Is All You Need\" does not match 2106.09685, which is hu2021lora: \"LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS\". Fix the identifier or the title.",
        text(mismatch));
  }

  @Test
  void anIdOfTwoPapersIsAConflictThatATitleResolves() {
    CitationValidator.Result ambiguous = ERRORS.validate("openreview:0qSOodKmJaN", null);
    assertNull(ambiguous.entry());
    assertEquals(ProblemKind.CONFLICT, ambiguous.problems().get(0).kind());
    assertEquals(Severity.WARNING, ambiguous.problems().get(0).severity());
    CitationValidator.Result picked =
        ERRORS.validate(
            "openreview:0qSOodKmJaN", "Neural Text Generation with Unlikelihood Training");
    assertEquals("welleck2019neural", picked.entry().key());
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertEquals(1, Suggestions.distance("2106.09658", "2106.09685", 3));
    assertEquals(1, Suggestions.distance("lora", "lor", 3));
    assertEquals(2, Suggestions.distance("abcd", "badc", 3));
    assertEquals(4, Suggestions.distance("2106.09685", "1706.03762", 3), "capped at max + 1");
  }

  @Test
  void aProblemCarriesItsFixesAsData() {
    Problem problem = ERRORS.validate("2106.09658", null).problems().get(0);
    assertEquals("2106.09658", problem.written());
    assertEquals(Attribute.VALUE, problem.attribute());
    Fix fix = problem.uniqueFix();
    assertEquals(
        new Fix(
            Attribute.VALUE,
            "2106.09685",
            "hu2021lora",
            "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS",
            2021),
        fix);
    assertEquals("2106.09658 is not in the bundled seed catalog.", problem.message());
    // the advice names no front end's option: each front end words that itself
    assertEquals("Fix the identifier, or add the paper to a catalog", problem.advice());
    assertTrue(
        ProblemText.render(problem, "<catalogs>")
            .endsWith("add the paper to a catalog (<catalogs>)."));
    assertTrue(ProblemText.render(problem, null).endsWith("add the paper to a catalog."));
  }

  @Test
  void aTitleMismatchIsOnTheTitleAndAMalformedIdOffersItsNormalForm() {
    Problem mismatch =
        ERRORS
            .validate(
                "2106.09685",
                "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection")
            .problems()
            .get(0);
    assertEquals(ProblemKind.TITLE_MISMATCH, mismatch.kind());
    assertEquals(Attribute.TITLE, mismatch.attribute());
    Problem malformed = ERRORS.validate("2106.09685.pdf", null).problems().get(0);
    assertEquals("2106.09685", malformed.uniqueFix().replacement());
    assertEquals("hu2021lora", malformed.uniqueFix().key());
  }

  @Test
  void aSeverityOverrideKeepsEverythingElse() {
    Problem problem = ERRORS.validate("2106.09658", null).problems().get(0);
    Problem warning = problem.withSeverity(Severity.WARNING);
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals(problem.fixes(), warning.fixes());
    assertEquals(ProblemText.render(problem, null), ProblemText.render(warning, null));
    assertEquals(problem, warning.withSeverity(Severity.ERROR));
  }

  private static String text(Problem problem) {
    return ProblemText.render(problem, "option papertrail.catalogs");
  }

  /** A pasted 100,000-character value is cut in the message and kept whole in the problem. */
  @ParameterizedTest
  @ValueSource(
      strings = {"2106.09685", "10.1000/", "acl:", "https://arxiv.org/abs/", "openreview:"})
  void aHugeValueIsCutInTheMessage(String start) {
    String value = start + "x".repeat(100_000);
    Problem problem = ERRORS.validate(value, null).problems().get(0);
    String text = ProblemText.render(problem, null);
    assertTrue(
        text.length() < 600,
        () -> text.length() + ": " + text.substring(0, Math.min(600, text.length())));
    assertTrue(text.contains(" characters]"), text);
    assertEquals(value, problem.written());
  }

  @Test
  void wordsAndOrdinaryIdsAreNotCut() {
    String message =
        "title \"Attention Is All You Need\" does not match https://doi.org/10.1145/3292500.3330701";
    assertEquals(message, CitationValidator.cut(message));
    String run = "y".repeat(121);
    assertEquals(
        "a " + "y".repeat(60) + "…[121 characters] b", CitationValidator.cut("a " + run + " b"));
  }

  /**
   * A right-to-left override pasted into a citation would reverse the rest of the build log's line:
   * the message shows it by code point, suggests the id without it, and the problem keeps it.
   */
  @Test
  void anInvisibleCharacterIsShownByCodePoint() {
    String value = "2106.09685\u202e";
    Problem problem = ERRORS.validate(value, null).problems().get(0);
    String text = ProblemText.render(problem, null);
    assertTrue(text.contains("2106.09685<U+202E>"), text);
    assertTrue(text.contains("U+202E RIGHT-TO-LEFT OVERRIDE"), text);
    assertTrue(text.indexOf('\u202e') < 0, text);
    assertEquals(value, problem.written());
    assertEquals("2106.09685", problem.fixes().get(0).replacement());
  }
}
