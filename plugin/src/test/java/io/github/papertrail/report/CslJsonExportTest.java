package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.format.CatalogFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class CslJsonExportTest {

  private static final List<CatalogEntry> ALL = CatalogFiles.bundled().entries();

  private final String rendered = CslJsonExport.render(ALL);
  private final JsonNode items = Schemas.json(rendered);

  private JsonNode item(String key) {
    return StreamSupport.stream(items.spliterator(), false)
        .filter(i -> i.get("id").asText().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " is not exported"));
  }

  @Test
  void theWholeBundledCatalogIsValidCslJson() {
    assertEquals(187, ALL.size(), "the bundled catalog changed size: check the expectations below");
    assertEquals(187, items.size());
    assertEquals(List.of(), Schemas.errors(Schemas.CSL_JSON, items));
  }

  @Test
  void theSchemaRejectsWhatCslForbids() {
    // The test schema is not vacuous: a missing type, an unknown type, a string year and a stray
    // field all fail.
    ObjectNode bad = (ObjectNode) item("hu2021lora").deepCopy();
    bad.remove("type");
    assertFalse(Schemas.errors(Schemas.CSL_JSON, Schemas.json("[" + bad + "]")).isEmpty());
    bad.put("type", "preprint");
    assertFalse(Schemas.errors(Schemas.CSL_JSON, Schemas.json("[" + bad + "]")).isEmpty());
    ObjectNode badDate = (ObjectNode) item("hu2021lora").deepCopy();
    badDate.set("issued", Schemas.json("{\"date-parts\": [[\"2021\", 1, 2, 3]]}"));
    assertFalse(Schemas.errors(Schemas.CSL_JSON, Schemas.json("[" + badDate + "]")).isEmpty());
    ObjectNode extra = (ObjectNode) item("hu2021lora").deepCopy();
    extra.put("eprint", "2106.09685");
    assertFalse(Schemas.errors(Schemas.CSL_JSON, Schemas.json("[" + extra + "]")).isEmpty());
  }

  @Test
  void itemsAreSortedByKeyWithTheKeyAsId() {
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.get("id").asText()));
    assertEquals(ALL.stream().map(CatalogEntry::key).sorted().toList(), ids);
  }

  @Test
  void lora() {
    assertEquals(
        Schemas.json(
            """
        {
          "id": "hu2021lora",
          "type": "paper-conference",
          "title": "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS",
          "author": [{"family": "Hu"}],
          "issued": {"date-parts": [[2021]]},
          "container-title": "ICLR",
          "number": "arXiv:2106.09685",
          "URL": "https://arxiv.org/abs/2106.09685"
        }"""),
        item("hu2021lora"),
        "a conference paper: no publisher arXiv; no et al. marker in CSL");
  }

  @Test
  void anAclPaper() {
    JsonNode prefix = item("li2021prefix");
    assertEquals("paper-conference", prefix.get("type").asText());
    assertEquals("ACL", prefix.get("container-title").asText());
    assertEquals(
        Schemas.json("[{\"family\": \"Li\"}, {\"family\": \"Liang\"}]"), prefix.get("author"));
    assertEquals("arXiv:2101.00190", prefix.get("number").asText());
    assertEquals(
        "https://arxiv.org/abs/2101.00190",
        prefix.get("URL").asText(),
        "the first page, as in references.bib");
    assertEquals(Schemas.json("{\"date-parts\": [[2021]]}"), prefix.get("issued"));
  }

  @Test
  void notesKnownOnlyByAUrl() {
    assertEquals(
        Schemas.json(
            """
        {
          "id": "liuthere",
          "type": "document",
          "title": "There May Not be Aha Moment in R1-Zero-like Training — A Pilot Study",
          "author": [{"family": "Liu"}],
          "URL": "https://oatllm.notion.site/oat-zero"
        }"""),
        item("liuthere"),
        "no year, no date: no issued");
  }

  @Test
  void anArxivPreprintIsAnArticlePublishedByArxivWithItsFullDate() {
    JsonNode bridging = item("lanchantin2025bridging");
    assertEquals("article", bridging.get("type").asText());
    assertEquals("arXiv", bridging.get("publisher").asText());
    assertEquals("arXiv:2506.21495", bridging.get("number").asText());
    assertEquals(Schemas.json("{\"date-parts\": [[2025, 6, 27]]}"), bridging.get("issued"));
    assertEquals(12, bridging.get("author").size());
    assertEquals(
        Schemas.json("{\"family\": \"Lanchantin\", \"given\": \"Jack\"}"),
        bridging.get("author").get(0));
    assertEquals(
        Schemas.json("{\"family\": \"Weston\", \"given\": \"Jason E\"}"),
        bridging.get("author").get(9));
    assertFalse(item("galore2024").has("author"), "a count of authors is no name");
  }

  @Test
  void blogPostsTweetsAndNotesHaveTheirOwnTypes() {
    assertEquals("post-weblog", item("nimplementation2024").get("type").asText());
    assertEquals("post", item("finetuning2024").get("type").asText());
    assertEquals("document", item("processreinforcement2025").get("type").asText());
    assertFalse(
        item("processreinforcement2025").has("publisher"), "notes on arXiv are not a preprint");
    assertEquals(
        "https://openreview.net/forum?id=RveSp5oESA",
        item("analyzingeliminating2024").get("URL").asText());
  }

  @Test
  void datesAndVenues() {
    List<CatalogEntry> entries =
        List.of(
            entry("a", 2024, "2024-08", null, Kind.PAPER, List.of()),
            entry("b", null, "--06-16", null, Kind.PAPER, List.of()),
            entry(
                "c",
                2023,
                "2024-01-02",
                "Transactions on Machine Learning Research",
                Kind.PAPER,
                List.of()),
            entry("d", 2022, "2022-13-01", "arXiv", Kind.PAPER, List.of()),
            entry(
                "e",
                null,
                "2020-02-30",
                "Proceedings of the 2024 Conference on X",
                Kind.PAPER,
                List.of()));
    JsonNode out = Schemas.json(CslJsonExport.render(entries));
    assertEquals(List.of(), Schemas.errors(Schemas.CSL_JSON, out));
    assertEquals(Schemas.json("[[2024, 8]]"), out.get(0).get("issued").get("date-parts"));
    assertFalse(out.get(1).has("issued"), "a date without its year and no year");
    assertEquals(
        Schemas.json("[[2023]]"),
        out.get(2).get("issued").get("date-parts"),
        "a later version's date is not the year's");
    assertEquals("article-journal", out.get(2).get("type").asText());
    assertEquals(
        "Transactions on Machine Learning Research", out.get(2).get("container-title").asText());
    assertEquals(
        Schemas.json("[[2022]]"),
        out.get(3).get("issued").get("date-parts"),
        "month 13 is no month");
    assertEquals("article", out.get(3).get("type").asText());
    assertFalse(out.get(3).has("container-title"), "arXiv as a venue is a preprint server");
    assertEquals("paper-conference", out.get(4).get("type").asText());
    assertEquals(
        Schemas.json("[[2020, 2, 30]]"),
        out.get(4).get("issued").get("date-parts"),
        "taken as written");
  }

  @Test
  void hostileValuesStayValid() {
    CatalogEntry evil =
        new CatalogEntry(
            "evil2024",
            "<b>Bold</b> & \"quoted\"\n\\f",
            null,
            new Ids(
                null,
                "doi:10.1000/a\"b",
                null,
                null,
                List.of("javascript:alert(1)", "https://example.org/a_b%20c")),
            null,
            List.of("O'Brien", "  ", "Jean  de la Fontaine"),
            null,
            null,
            2024,
            null,
            "NeurIPS {2024} & co",
            null,
            null,
            null,
            null,
            null,
            null);
    JsonNode out = Schemas.json(CslJsonExport.render(List.of(evil)));
    assertEquals(List.of(), Schemas.errors(Schemas.CSL_JSON, out));
    assertEquals("<b>Bold</b> & \"quoted\"\n\\f", out.get(0).get("title").asText());
    assertEquals(
        Schemas.json(
            "[{\"family\": \"O'Brien\"}, {\"family\": \"Fontaine\", \"given\": \"Jean de la\"}]"),
        out.get(0).get("author"));
    assertEquals("10.1000/a\"b", out.get(0).get("DOI").asText());
    assertEquals(
        "https://doi.org/10.1000/a%22b",
        out.get(0).get("URL").asText(), "javascript: never becomes the URL");
  }

  @Test
  void isDeterministicAndOrderFree() {
    List<CatalogEntry> reversed = new ArrayList<>(ALL);
    java.util.Collections.reverse(reversed);
    assertEquals(rendered, CslJsonExport.render(ALL));
    assertEquals(rendered, CslJsonExport.render(reversed));
    assertTrue(rendered.startsWith("[\n  {\n    \"id\": "));
    assertTrue(rendered.endsWith("]\n"));
    assertEquals("[ ]\n", CslJsonExport.render(List.of()));
  }

  static CatalogEntry entry(
      String key, Integer year, String date, String venue, Kind kind, List<String> authors) {
    return new CatalogEntry(
        key,
        "Title " + key,
        null,
        null,
        null,
        authors,
        null,
        null,
        year,
        date,
        venue,
        null,
        kind,
        null,
        null,
        null,
        null);
  }
}
