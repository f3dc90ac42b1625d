package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.Severity;
import io.github.papertrail.index.IndexedMention;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationCheckTest {

  static final Catalogs BUNDLED = Catalogs.of(CatalogFiles.bundled(), "the bundled seed catalog");

  static Citation cite(String element, String id, String title) {
    return new Citation(
        "core", element, "CLASS", "com/acme/X.java", 7, id, "IMPLEMENTS", null, null, title);
  }

  static final List<Citation> CITATIONS =
      List.of(
          cite("com.acme.Lora", "2106.09685", null),
          cite("com.acme.Typo", "2106.09658", null),
          cite("com.acme.Bad", "2106.09685.pdf", null),
          cite("com.acme.Attention", "1706.03762", null),
          cite("com.acme.Wrong", "2106.09685", "Attention Is All You Need"),
          cite("com.acme.Flagged", "2409.04206", null));

  @Test
  void everyProblemIsListedAndTheRulesDecideWhichFail() {
    CitationCheck.Result result =
        CitationCheck.run(CITATIONS, BUNDLED, new CitationCheck.Rules(true, false, Set.of()));
    assertEquals(6, result.checked());
    assertEquals(
        List.of(
            ProblemKind.UNKNOWN_ID,
            ProblemKind.MALFORMED_ID,
            ProblemKind.UNKNOWN_ID,
            ProblemKind.TITLE_MISMATCH,
            ProblemKind.CONFLICT),
        result.findings().stream().map(f -> f.problem().kind()).toList());
    assertEquals(4, result.failing(), "the conflict only warns by default");
    assertEquals(
        "com.acme.Typo (com/acme/X.java:7): [PaperUnknownId] 2106.09658 is not in the bundled seed catalog. "
            + "Did you mean 2106.09685 (hu2021lora: \"LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS\", 2021)? "
            + "Fix the identifier, or add the paper to a catalog (<catalogs>).",
        result.findings().get(0).format());
  }

  /**
   * A suppression in scope of an element silences the problems of its tag there, whatever the
   * problem the compiler found; a tag does not silence another, nor an element without it.
   */
  @Test
  void suppressionsInTheIndexSilenceTheirTagsOnTheirElementsOnly() {
    CitationCheck.Result result =
        CitationCheck.run(
            CITATIONS,
            BUNDLED,
            new CitationCheck.Rules(true, true, Set.of()),
            Map.of(
                "com.acme.Typo", List.of("PaperConflict"),
                "com.acme.Bad", List.of("papertrail"),
                "com.acme.Attention", List.of("PaperUnknownId"),
                "com.acme.Flagged", List.of("PaperConflict", "PaperUnknownId")));
    assertEquals(
        List.of("com.acme.Typo PaperUnknownId", "com.acme.Wrong PaperTitleMismatch"),
        result.findings().stream()
            .map(f -> f.citation().element() + " " + f.problem().kind().tag())
            .toList());
    assertEquals(3, result.suppressed());
    assertEquals(2, result.failing());
    assertEquals(
        0,
        CitationCheck.run(CITATIONS, BUNDLED, new CitationCheck.Rules(true, true, Set.of()))
            .suppressed());
  }

  static IndexedMention mention(String element, List<String> suppressed) {
    return new IndexedMention(
        element,
        null,
        null,
        "2106.09685",
        "arxiv:2106.09685",
        "arXiv:2106.09685",
        element,
        suppressed);
  }

  @Test
  void aMentionSuppressedForItsTagIsCountedNotReported() {
    List<IndexedMention> mentions =
        List.of(
            mention("com.acme.A", List.of("PaperUncitedMention")),
            mention("com.acme.B", List.of("PaperConflict")),
            mention("com.acme.C", List.of("papertrail")),
            mention("com.acme.D", List.of()));
    assertEquals(
        List.of("com.acme.B", "com.acme.D"),
        CitationCheck.mentions(mentions, BUNDLED, Severity.ERROR).stream()
            .map(f -> f.mention().element())
            .toList());
    assertEquals(2, CitationCheck.suppressedMentions(mentions, Severity.ERROR));
    assertEquals(0, CitationCheck.suppressedMentions(mentions, null), "the check is off");
  }

  @Test
  void allowedIdentifiersInAnyFormAndTheSwitches() {
    CitationCheck.Result allowed =
        CitationCheck.run(
            CITATIONS,
            BUNDLED,
            new CitationCheck.Rules(true, true, Set.of("arXiv:1706.03762v5", "2106.09658")));
    assertEquals(
        List.of(ProblemKind.MALFORMED_ID, ProblemKind.TITLE_MISMATCH, ProblemKind.CONFLICT),
        allowed.findings().stream().map(f -> f.problem().kind()).toList());
    assertEquals(3, allowed.failing(), "failOnConflict makes the conflict fail");

    CitationCheck.Result lenient =
        CitationCheck.run(CITATIONS, BUNDLED, new CitationCheck.Rules(false, false, Set.of()));
    assertEquals(2, lenient.failing(), "malformed ids and wrong titles fail whatever the switches");
    assertFalse(lenient.findings().get(0).failing());
  }

  /**
   * A rule changes how severe a finding is, never the problem: it stays as the validator found it.
   */
  @Test
  void theRulesSetTheFindingsSeverityAndLeaveTheProblemAsFound() {
    CitationValidator validator = new CitationValidator(BUNDLED, Severity.ERROR);
    CitationCheck.Result lenient =
        CitationCheck.run(CITATIONS, BUNDLED, new CitationCheck.Rules(false, true, Set.of()));
    CitationCheck.Finding unknown = lenient.findings().get(0);
    assertEquals(
        Severity.WARNING, unknown.severity(), "failOnUnknown=false: an unknown id only warns");
    assertEquals(validator.validate("2106.09658", null).problems().get(0), unknown.problem());
    assertEquals(
        Severity.ERROR, unknown.problem().severity(), "the problem keeps the validator's severity");

    CitationCheck.Finding conflict = lenient.findings().get(4);
    assertEquals(ProblemKind.CONFLICT, conflict.problem().kind());
    assertEquals(Severity.ERROR, conflict.severity(), "failOnConflict=true: a conflict fails");
    assertTrue(conflict.failing());
    assertEquals(
        Severity.WARNING,
        conflict.problem().severity(),
        "the problem keeps the conflict's default severity");
    assertEquals(validator.validate("2409.04206", null).problems().get(0), conflict.problem());
  }

  @Test
  void cleanCitationsHaveNoFindings() {
    CitationCheck.Result result =
        CitationCheck.run(
            List.of(cite("com.acme.Lora", "hu2021lora", null)),
            BUNDLED,
            new CitationCheck.Rules(true, true, Set.of()));
    assertTrue(result.findings().isEmpty());
  }
}
