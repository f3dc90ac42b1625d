package io.github.papertrail.report;

import static io.github.papertrail.report.ReportFixtures.LORA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private final String json =
      new JsonReport().render(ReportFixtures.demo(), ReportFixtures.links());

  @Test
  void startsWithSchemaVersionTitleAndSummary() throws Exception {
    assertTrue(
        json.startsWith(
            "{\n  \"schemaVersion\": 1,\n  \"title\": \"Paper references: demo\",\n  \"summary\": {\n"
                + "    \"papers\": 5,\n    \"unknown\": 2,\n    \"classes\": 6,\n    \"citations\": 9,\n"));
    JsonNode summary = read().get("summary");
    assertEquals(4, summary.get("perRole").get("IMPLEMENTS").asInt());
    assertEquals(2, summary.get("perRole").get("MENTIONS").asInt());
    assertEquals("[\"core\",\"train\"]", summary.get("modules").toString());
  }

  @Test
  void listsKnownPapersThenUnknownIdentifiers() throws Exception {
    List<String> keys = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    read()
        .get("papers")
        .forEach(
            paper -> {
              keys.add(paper.get("key").isNull() ? null : paper.get("key").asText());
              ids.add(paper.get("id").asText());
            });
    assertEquals(
        Arrays.asList(
            "directpreference2023",
            "galore2024",
            "hu2021lora",
            "li2021prefix",
            "liuthere",
            null,
            null),
        keys);
    // Known papers by what to write in @Paper(...), unknown ones by normal form (or as written when
    // malformed).
    assertEquals(
        List.of(
            "2305.18290",
            "2403.03507",
            "2106.09685",
            "2101.00190",
            "https://oatllm.notion.site/oat-zero",
            "arxiv:1706.03762",
            "javascript:alert(1)"),
        ids);
  }

  @Test
  void describesAPaperAndTheCodeCitingIt() throws Exception {
    JsonNode lora = read().get("papers").get(2);
    assertEquals("hu2021lora", lora.get("key").asText());
    assertEquals(LORA, lora.get("title").asText());
    assertEquals("[\"Hu\"]", lora.get("authors").toString());
    assertTrue(lora.get("moreAuthors").asBoolean());
    assertEquals(2021, lora.get("year").asInt());
    assertEquals("ICLR", lora.get("venue").asText());
    assertEquals("paper", lora.get("kind").asText());
    assertEquals("{\"arxiv\":\"https://arxiv.org/abs/2106.09685\"}", lora.get("links").toString());
    assertTrue(lora.get("known").asBoolean());
    assertEquals(3, lora.get("citations").size());
    JsonNode merge = lora.get("citations").get(1);
    assertEquals(
        "{\"module\":\"core\",\"element\":\"com.acme.ml.Lora#merge(int)\",\"kind\":\"METHOD\","
            + "\"source\":\"com/acme/ml/Lora.java\",\"line\":40,\"id\":\"hu2021lora\",\"role\":\"USES\",\"section\":\"4.1\","
            + "\"note\":\"merges B·A into W for inference\",\"sourceLink\":\"../../core/src/main/java/com/acme/ml/Lora.java#L40\"}",
        merge.toString());
    assertEquals(
        ReportFixtures.XSS_NOTE,
        lora.get("citations").get(2).get("note").asText(),
        "JSON keeps values as data");

    JsonNode prefix = read().get("papers").get(3);
    assertEquals(
        "{\"arxiv\":\"https://arxiv.org/abs/2101.00190\",\"acl\":\"https://aclanthology.org/2021.acl-long.353/\"}",
        prefix.get("links").toString());
    JsonNode galore = read().get("papers").get(1);
    assertEquals(6, galore.get("authorCount").asInt());
    JsonNode notes = read().get("papers").get(4);
    assertEquals("notes", notes.get("kind").asText());
    assertEquals(
        "{\"url\":[\"https://oatllm.notion.site/oat-zero\"]}", notes.get("links").toString());
  }

  @Test
  void marksUnknownIdentifiers() throws Exception {
    JsonNode attention = read().get("papers").get(5);
    assertTrue(attention.get("key").isNull());
    assertFalse(attention.get("known").asBoolean());
    assertEquals("Attention Is All You Need", attention.get("title").asText());
    assertEquals(
        "{\"arxiv\":\"https://arxiv.org/abs/1706.03762\"}", attention.get("links").toString());
    JsonNode evil = read().get("papers").get(6);
    assertEquals(ReportFixtures.XSS_TITLE, evil.get("title").asText());
    assertEquals("{}", evil.get("links").toString());
    assertTrue(
        evil.get("citations").get(0).get("sourceLink").isNull(),
        "a javascript: source link is dropped");
    assertFalse(json.contains("\"javascript:alert(document"));
  }

  @Test
  void listsWhatEachClassCites() throws Exception {
    JsonNode classes = read().get("classes");
    assertEquals(6, classes.size());
    JsonNode lora = classes.get(1);
    assertEquals("core", lora.get("module").asText());
    assertEquals("com.acme.ml.Lora", lora.get("class").asText());
    assertEquals(
        "{\"key\":\"galore2024\",\"id\":\"2403.03507\",\"element\":\"com.acme.ml.Lora\",\"role\":\"ADAPTS\"}",
        lora.get("papers").get(1).toString());
    assertTrue(classes.get(2).get("papers").get(0).get("key").isNull());
    assertEquals("1706.03762", classes.get(2).get("papers").get(0).get("id").asText());
  }

  @Test
  void isDeterministic() {
    assertEquals(json, new JsonReport().render(ReportFixtures.demo(), ReportFixtures.links()));
    assertTrue(json.endsWith("}\n"));
  }

  private JsonNode read() throws Exception {
    return new ObjectMapper().readTree(json);
  }
}
