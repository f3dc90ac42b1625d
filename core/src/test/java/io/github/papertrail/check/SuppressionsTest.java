package io.github.papertrail.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which {@code @SuppressWarnings} values papertrail obeys, and what each silences. */
class SuppressionsTest {

  @Test
  void papertrailAndTheTagsAboutAnElementAreRecognisedSortedAndOnce() {
    assertEquals(
        List.of("PaperConflict", "PaperUncitedMention", "papertrail"),
        Suppressions.recognisedOf(
            List.of(
                "unchecked",
                "papertrail",
                "PaperUncitedMention",
                "PaperConflict",
                "papertrail",
                "PaperOptions",
                "PaperIndex",
                "PaperInternalError",
                "paperconflict",
                "papertrail:PaperConflict")));
  }

  @Test
  void aTagSilencesItsKindOnlyAndPapertrailEveryKindAboutAnElement() {
    assertTrue(Suppressions.covers(List.of("PaperConflict"), ProblemKind.CONFLICT));
    assertFalse(Suppressions.covers(List.of("PaperConflict"), ProblemKind.UNKNOWN_ID));
    assertFalse(Suppressions.covers(List.of(), ProblemKind.UNKNOWN_ID));
    for (ProblemKind kind : ProblemKind.values()) {
      boolean aboutAnElement =
          kind != ProblemKind.OPTIONS
              && kind != ProblemKind.INDEX
              && kind != ProblemKind.INTERNAL_ERROR;
      assertEquals(aboutAnElement, Suppressions.covers(List.of("papertrail"), kind), kind.tag());
      assertEquals(aboutAnElement, Suppressions.covers(List.of(kind.tag()), kind), kind.tag());
    }
  }
}
