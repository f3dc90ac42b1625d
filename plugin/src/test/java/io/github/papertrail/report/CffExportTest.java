package io.github.papertrail.report;

import static io.github.papertrail.report.CslJsonExportTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.format.CatalogFiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class CffExportTest {

  private static final List<CatalogEntry> ALL = CatalogFiles.bundled().entries();

  private final String rendered = CffExport.render(ALL);
  private final JsonNode document = Schemas.yaml(rendered);

  private JsonNode reference(String title) {
    return StreamSupport.stream(document.get("references").spliterator(), false)
        .filter(r -> r.get("title").asText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError(title + " is not exported"));
  }

  @Test
  void theWholeBundledCatalogIsAValidCffReferencesBlock() {
    assertEquals(187, document.get("references").size());
    assertEquals(List.of("references"), iterable(document.fieldNames()));
    assertEquals(List.of(), Schemas.errors(Schemas.CFF_REFERENCES, document));
  }

  @Test
  void theSchemaRejectsWhatCffForbids() {
    JsonNode lora = reference("LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS");
    ObjectNode noAuthors = (ObjectNode) lora.deepCopy();
    noAuthors.remove("authors");
    assertFalse(Schemas.errors(Schemas.CFF_REFERENCES, wrap(noAuthors)).isEmpty());
    ObjectNode badType = (ObjectNode) lora.deepCopy();
    badType.put("type", "preprint");
    assertFalse(Schemas.errors(Schemas.CFF_REFERENCES, wrap(badType)).isEmpty());
    ObjectNode resolverDoi = (ObjectNode) lora.deepCopy();
    resolverDoi.put("doi", "https://doi.org/10.1145/3292500.3330701");
    assertFalse(Schemas.errors(Schemas.CFF_REFERENCES, wrap(resolverDoi)).isEmpty());
    ObjectNode twice = (ObjectNode) lora.deepCopy();
    ((ArrayNode) twice.get("authors")).add(twice.get("authors").get(0).deepCopy());
    assertFalse(
        Schemas.errors(Schemas.CFF_REFERENCES, wrap(twice)).isEmpty(), "authors must be unique");
    assertFalse(Schemas.errors(Schemas.CFF_REFERENCES, Schemas.yaml("references: []\n")).isEmpty());
  }

  @Test
  void lora() {
    assertEquals(
        Schemas.yaml(
            """
        type: conference-paper
        title: "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS"
        authors:
          - family-names: Hu
        year: 2021
        conference:
          name: ICLR
        url: https://arxiv.org/abs/2106.09685
        identifiers:
          - type: other
            value: "arXiv:2106.09685"
            description: arXiv
        notes: The catalog names only the first author (et al.).
        """),
        reference("LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS"));
    assertTrue(
        rendered.contains(
            """
          - type: "conference-paper"
            title: "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS"
            authors:
              - family-names: "Hu"
            year: 2021
        """),
        "two-space indent, sequences indented, strings quoted, the year a number");
  }

  @Test
  void anAclPaperListsItsAnthologyPage() {
    JsonNode prefix = reference("Prefix-Tuning: Optimizing Continuous Prompts for Generation");
    assertEquals("conference-paper", prefix.get("type").asText());
    assertEquals("ACL", prefix.get("conference").get("name").asText());
    assertEquals(
        Schemas.yaml("[{family-names: Li}, {family-names: Liang}]"), prefix.get("authors"));
    assertEquals(2021, prefix.get("year").intValue());
    assertEquals("https://arxiv.org/abs/2101.00190", prefix.get("url").asText());
    assertEquals(
        Schemas.yaml(
            """
        - {type: other, value: "arXiv:2101.00190", description: arXiv}
        - {type: url, value: "https://aclanthology.org/2021.acl-long.353/", description: ACL Anthology}
        """),
        prefix.get("identifiers"));
    assertFalse(prefix.has("notes"), "both authors are named");
  }

  @Test
  void notesKnownOnlyByAUrl() {
    assertEquals(
        Schemas.yaml(
            """
        type: generic
        title: There May Not be Aha Moment in R1-Zero-like Training — A Pilot Study
        authors:
          - family-names: Liu
        url: https://oatllm.notion.site/oat-zero
        notes: The catalog names only the first author (et al.).
        """),
        reference("There May Not be Aha Moment in R1-Zero-like Training — A Pilot Study"));
  }

  @Test
  void authorsTheCatalogDoesNotNameBecomeOneEntity() {
    JsonNode galore =
        reference("GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection");
    assertEquals(Schemas.yaml("[{name: 6 authors}]"), galore.get("authors"));
    assertEquals(
        "The catalog gives only the number of authors (6), not their names.",
        galore.get("notes").asText());
    JsonNode dpo = reference("Direct Preference Optimization: Your LM is Secretly a Reward Model");
    assertEquals(Schemas.yaml("[{name: anonymous}]"), dpo.get("authors"));
    assertEquals("The catalog does not name the authors.", dpo.get("notes").asText());
    assertEquals("article", dpo.get("type").asText());
    assertEquals(2023, dpo.get("year").intValue());
    JsonNode bridging = reference("Bridging Offline and Online Reinforcement Learning for LLMs");
    assertEquals(
        Schemas.yaml("{family-names: Weston, given-names: Jason E}"),
        bridging.get("authors").get(9));
    assertFalse(bridging.has("notes"));
  }

  @Test
  void typesPerKind() {
    assertEquals(
        "blog", reference("The N Implementation Details of RLHF with PPO").get("type").asText());
    assertEquals(
        "generic", reference("Fine-tuning a \"good\" model with ppo").get("type").asText());
  }

  @Test
  void venuesDoisAndHostileValues() {
    CatalogEntry journal =
        entry(
            "j",
            2023,
            null,
            "Transactions on Machine Learning Research",
            Kind.PAPER,
            List.of("Ada Lovelace", "Ada Lovelace", "Babbage"));
    CatalogEntry odd =
        new CatalogEntry(
            "odd",
            "yes",
            null,
            new Ids(
                null,
                "doi:10.1000/a<b>#c",
                "openreview:0qSOodKmJaN",
                null,
                List.of("javascript:alert(1)", "https://x.org/a b")),
            null,
            List.of(),
            null,
            0,
            2020,
            null,
            null,
            null,
            Kind.PAPER,
            null,
            null,
            null,
            null);
    CatalogEntry good =
        new CatalogEntry(
            "good",
            "2021-01-01",
            null,
            new Ids(null, "doi:10.1145/3292500.3330701", null, null, List.of()),
            null,
            List.of("Eve"),
            null,
            3,
            null,
            null,
            null,
            null,
            Kind.PAPER,
            null,
            null,
            null,
            null);
    String yaml = CffExport.render(List.of(odd, journal, good));
    JsonNode refs = Schemas.yaml(yaml).get("references");
    assertEquals(List.of(), Schemas.errors(Schemas.CFF_REFERENCES, Schemas.yaml(yaml)));
    // good: sorted first; its title stays a string, not a YAML date.
    assertEquals("2021-01-01", refs.get(0).get("title").textValue());
    assertEquals("10.1145/3292500.3330701", refs.get(0).get("doi").asText());
    assertEquals("https://doi.org/10.1145/3292500.3330701", refs.get(0).get("url").asText());
    assertFalse(refs.get(0).has("identifiers"), "the DOI's page is the doi field");
    assertEquals(
        "The catalog names only the first author of 3 (et al.).",
        refs.get(0).get("notes").asText());
    // j: a journal; a name given twice is one author (CFF wants them unique).
    assertEquals("article", refs.get(1).get("type").asText());
    assertEquals("Transactions on Machine Learning Research", refs.get(1).get("journal").asText());
    assertEquals(
        Schemas.yaml("[{family-names: Lovelace, given-names: Ada}, {family-names: Babbage}]"),
        refs.get(1).get("authors"));
    // odd: "yes" stays a string; a DOI outside CFF's pattern is kept as its doi.org page.
    assertEquals("yes", refs.get(2).get("title").textValue());
    assertFalse(refs.get(2).has("doi"));
    assertEquals("https://doi.org/10.1000/a%3Cb%3E%23c", refs.get(2).get("url").asText());
    assertEquals(
        Schemas.yaml(
            "[{type: url, value: \"https://openreview.net/forum?id=0qSOodKmJaN\", description: OpenReview}]"),
        refs.get(2).get("identifiers"),
        "javascript: and a URL with a space are left out");
    assertEquals(
        Schemas.yaml("[{name: anonymous}]"),
        refs.get(2).get("authors"),
        "a count of 0 is no count");
  }

  @Test
  void identicalReferencesAreWrittenOnce() {
    // Two keys, same everything else: CFF wants references unique.
    CatalogEntry a =
        new CatalogEntry(
            "a", "Same", null, null, null, null, null, null, 2020, null, null, null, null, null,
            null, null, null);
    CatalogEntry b =
        new CatalogEntry(
            "b", "Same", null, null, null, null, null, null, 2020, null, null, null, null, null,
            null, null, null);
    JsonNode doc = Schemas.yaml(CffExport.render(List.of(a, b)));
    assertEquals(1, doc.get("references").size());
    assertEquals(List.of(), Schemas.errors(Schemas.CFF_REFERENCES, doc));
  }

  @Test
  void noEntriesIsACommentOnly() {
    String empty = CffExport.render(List.of());
    assertEquals(
        "# 0 papers as CITATION.cff references (CFF 1.2.0), written by papertrail export.\n"
            + "# No papers to export, so no references: block.\n",
        empty);
  }

  @Test
  void isDeterministicAndOrderFree() {
    List<CatalogEntry> reversed = new ArrayList<>(ALL);
    Collections.reverse(reversed);
    assertEquals(rendered, CffExport.render(ALL));
    assertEquals(rendered, CffExport.render(reversed));
    assertTrue(
        rendered.startsWith(
            "# 187 papers as CITATION.cff references (CFF 1.2.0), written by papertrail export.\n"
                + "# Paste the block below into your CITATION.cff.\nreferences:\n  - type: "),
        rendered.substring(0, 300));
    assertFalse(rendered.contains("\r"));
  }

  private static JsonNode wrap(JsonNode reference) {
    ObjectNode doc = Schemas.yaml("{}").deepCopy();
    doc.putArray("references").add(reference);
    return doc;
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
