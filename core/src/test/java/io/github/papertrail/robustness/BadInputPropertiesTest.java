package io.github.papertrail.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.format.CatalogJson;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.seeds.SeedFormat;
import io.github.papertrail.seeds.SeedFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Any input to the identifier grammar, the catalog reader, the citation index reader and the seed
 * parsers gives a result or a located error: never another exception, and never a slow parse.
 * Bounded: a few thousand tries each, seconds in all.
 */
class BadInputPropertiesTest {

  /**
   * Strings made of the characters identifiers, URLs and JSON are made of, so the parsers get deep.
   */
  @Provide
  Arbitrary<String> idLike() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "2106.09685",
            "v2",
            "V",
            "arXiv:",
            "doi:",
            "10.",
            "/",
            ".",
            "pdf",
            "https://",
            "arxiv.org/abs/",
            "doi.org/",
            "openreview.net/forum?id=",
            "aclanthology.org/",
            "acl:",
            "openreview:",
            "hep-th",
            "math.GT",
            "#",
            "?",
            " ",
            "%2F",
            "P18-1007",
            "2021.acl-long.353",
            "~",
            "\u0000",
            "\u202e",
            "é",
            "0",
            "9",
            "-",
            "_");
    return Arbitraries.oneOf(
        pieces.list().ofMaxSize(12).map(list -> String.join("", list)),
        Arbitraries.strings().ofMaxLength(60));
  }

  @Property(tries = 3000)
  void theGrammarAnswersEveryStringAndItsAnswersAreConsistent(@ForAll("idLike") String input) {
    long start = System.nanoTime();
    ParsedId parsed = Identifier.parse(input);
    assertTrue(
        Duration.ofNanos(System.nanoTime() - start).toMillis() < 200, "slow parse of " + input);
    if (parsed instanceof ParsedId.Valid valid) {
      Identifier id = valid.id();
      assertEquals(
          id.normalForm(),
          Identifier.parse(id.citeForm()).orElseThrow().normalForm(),
          "cite form round trip");
      assertEquals(
          id.normalForm(),
          Identifier.parse(id.normalForm()).orElseThrow().normalForm(),
          "normal form round trip");
    } else {
      ParsedId.Malformed malformed = (ParsedId.Malformed) parsed;
      assertFalse(malformed.reason().isBlank());
      if (malformed.suggestion() != null) {
        assertTrue(
            Identifier.parse(malformed.suggestion().citeForm()).isValid(),
            "a suggestion is itself valid: " + input);
      }
    }
  }

  @Property(tries = 500)
  void longInputsParseQuickly(@ForAll @StringLength(min = 1000, max = 20000) String input) {
    long start = System.nanoTime();
    Identifier.parse("arXiv:" + input);
    Identifier.parse("https://arxiv.org/abs/" + input);
    Identifier.parse("10.1000/" + input);
    assertTrue(
        Duration.ofNanos(System.nanoTime() - start).toMillis() < 500, "slow parse of a long input");
  }

  /** JSON-ish text: fragments of a catalog shuffled together. */
  @Provide
  Arbitrary<String> jsonLike() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"schemaVersion\"",
            "1",
            "2",
            "\"entries\"",
            "\"citations\"",
            "\"key\"",
            "\"title\"",
            "\"a\"",
            "\"ids\"",
            "\"arxiv\"",
            "null",
            "true",
            "\"year\"",
            "\"x\"",
            " ",
            "\n",
            "\uFEFF",
            "\"kind\"",
            "\"tweet\"",
            "\"line\"",
            "-1",
            "1e999",
            "\"\\u0000\"");
    return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
  }

  @Property(tries = 3000)
  void theCatalogReaderGivesEntriesOrALocatedError(@ForAll("jsonLike") String json) {
    try {
      CatalogJson.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "fuzz.json");
    } catch (CatalogException e) {
      assertTrue(e.getMessage().startsWith("fuzz.json"), e.getMessage());
    }
  }

  @Property(tries = 3000)
  void theIndexReaderGivesCitationsOrALocatedError(@ForAll("jsonLike") String json) {
    try {
      CitationIndex.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "citations.json");
    } catch (CatalogException e) {
      assertTrue(e.getMessage().startsWith("citations.json"), e.getMessage());
    }
  }

  /** Markdown-ish and Daily-Papers-ish text. */
  @Provide
  Arbitrary<String> seedLike() {
    Arbitrary<String> lines =
        Arbitraries.of(
            "---",
            "+++",
            "# Heading",
            "### [Tag] A Title",
            "- [A Paper](https://arxiv.org/abs/2106.09685), Jul. 10 2024.",
            "- [Bad](javascript:alert(1)), 20x4.",
            "**A Bold Title**. Hu et al. ICLR'22\\",
            "<https://arxiv.org/pdf/2309.12307>",
            "Arxiv: [https://arxiv.org/abs/2401.10020](https://arxiv.org/abs/2401.10020) _18 Jan 2024 **Meta**_",
            "Daily Papers",
            "Nov 20",
            "A Title",
            "An abstract of some length that goes on.",
            "  • 9 authors",
            "·",
            "May 2 3",
            "Feb 30, 2024",
            "2025년 6월 27일",
            "(Ann Author, Bob Writer)",
            "#rl #llm",
            "",
            "`tag`",
            "- _\"quote\"_");
    return lines.list().ofMaxSize(30).map(list -> String.join("\n", list));
  }

  @Property(tries = 2000)
  void theSeedParsersGiveRecordsOrALocatedError(@ForAll("seedLike") String document) {
    try {
      SeedFormat.parse("fuzz.md", document)
          .forEach(
              record -> {
                assertFalse(record.title().isBlank());
                assertTrue(record.line() >= 1);
              });
    } catch (SeedFormatException e) {
      assertTrue(e.getMessage().startsWith("fuzz.md"), e.getMessage());
    }
  }
}
