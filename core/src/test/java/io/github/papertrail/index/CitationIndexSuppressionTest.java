package io.github.papertrail.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index's {@code "suppressed"} field: read back as written, written only when there is one, and
 * an index of before it reads as having none.
 */
class CitationIndexSuppressionTest {

  static final IndexedCitation CITED =
      new IndexedCitation(
          "com.acme.Lora#merge(int)",
          "METHOD",
          "com/acme/Lora.java",
          12,
          "2101.99999",
          "2101.99999",
          null,
          null,
          "IMPLEMENTS",
          null,
          null,
          null,
          "com.acme.Lora",
          List.of("PaperUnknownId", "papertrail"));

  static final IndexedMention MENTIONED =
      new IndexedMention(
          "com.acme.Lora",
          "com/acme/Lora.java",
          3,
          "2305.14314",
          "2305.14314",
          "arXiv:2305.14314",
          "com.acme.Lora",
          List.of("PaperUncitedMention"));

  static CitationIndex.Contents read(byte[] bytes) {
    return CitationIndex.readContents(new ByteArrayInputStream(bytes), "citations.json");
  }

  @Test
  void suppressionsOfCitationsAndMentionsReadBackAsWritten() {
    byte[] written = CitationIndex.write(List.of(CITED), List.of(MENTIONED));
    CitationIndex.Contents read = read(written);
    assertEquals(List.of(CITED), read.citations());
    assertEquals(List.of(MENTIONED), read.mentions());
    String json = new String(written, StandardCharsets.UTF_8);
    assertTrue(
        json.contains(
            "\"owner\": \"com.acme.Lora\",\n      \"suppressed\": [\n        \"PaperUnknownId\",\n"),
        json);
  }

  @Test
  void noSuppressionWritesNoFieldAndAnOldIndexReadsAsNone() {
    IndexedCitation plain = withoutSuppressions(CITED);
    byte[] written = CitationIndex.write(List.of(plain));
    String json = new String(written, StandardCharsets.UTF_8);
    assertFalse(json.contains("suppressed"), json);
    // read back without the field, the list is empty
    assertEquals(List.of(plain), read(written).citations());
    assertEquals(List.of(), read(written).citations().get(0).suppressed());
  }

  @Test
  void aNullSuppressionListIsAnEmptyOne() {
    IndexedMention mention =
        new IndexedMention("e", null, null, "2305.14314", "2305.14314", "w", "e", null);
    assertEquals(List.of(), mention.suppressed());
  }

  private static IndexedCitation withoutSuppressions(IndexedCitation c) {
    return new IndexedCitation(
        c.element(),
        c.kind(),
        c.source(),
        c.line(),
        c.id(),
        c.normalized(),
        c.version(),
        c.entry(),
        c.role(),
        c.section(),
        c.note(),
        c.title(),
        c.owner(),
        List.of());
  }
}
