package io.github.papertrail.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.id.Identifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader API: the bundled catalog, a catalog file, look-up, and errors that say where. */
class CatalogTest {

  static final String ONE_ENTRY =
      """
      {"schemaVersion": 1, "entries": [
        {"key": "vaswani2017attention", "title": "Attention Is All You Need",
         "ids": {"arxiv": "arxiv:1706.03762", "url": ["https://example.org/attention"]},
         "authors": ["Ashish Vaswani"], "year": 2017, "kind": "paper", "futureField": 1}
      ]}
      """;

  @TempDir Path dir;

  @Test
  void theBundledCatalogIsLoadedOnceAndFindsSeedPapers() {
    Catalog bundled = CatalogFiles.bundled();
    assertSame(bundled, CatalogFiles.bundled());
    assertEquals(187, bundled.size());
    CatalogEntry dpo = bundled.lookup(Identifier.parse("2305.18290").orElseThrow()).get(0);
    assertEquals("Direct Preference Optimization: Your LM is Secretly a Reward Model", dpo.title());
    assertEquals(dpo, bundled.byKey(dpo.key()).orElseThrow());
    assertEquals(
        "li2021prefix",
        bundled
            .lookup(Identifier.parse("https://aclanthology.org/2021.acl-long.353/").orElseThrow())
            .get(0)
            .key());
    assertEquals(
        List.of(),
        bundled.lookup(Identifier.parse("1706.03762").orElseThrow()),
        "not in the seeds");
  }

  @Test
  void aCatalogFileInTheSchemaLoadsAndIgnoresFieldsItDoesNotKnow() throws IOException {
    Path file = Files.writeString(dir.resolve("team.json"), ONE_ENTRY);
    Catalog catalog = CatalogFiles.load(file);
    CatalogEntry attention =
        catalog.lookup(Identifier.parse("arXiv:1706.03762v7").orElseThrow()).get(0);
    assertEquals("vaswani2017attention", attention.key());
    assertEquals(
        attention,
        catalog.lookup(Identifier.parse("https://example.org/attention").orElseThrow()).get(0));
    assertEquals(Kind.PAPER, attention.kind());
  }

  String loadError(String json) throws IOException {
    Path file = Files.writeString(dir.resolve("team.json"), json);
    return assertThrows(CatalogException.class, () -> CatalogFiles.load(file))
        .getMessage()
        .replace(dir.toString(), "DIR");
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() throws IOException {
    String message =
        loadError(
            "{\"schemaVersion\": 1, \"entries\": [\n  {\"key\": \"a\", \"title\": \"A\"},\n]}\n");
    assertTrue(
        message.startsWith(
            "DIR/team.json:3:1: not a papertrail catalog: Unexpected character (']'"),
        message);
  }

  @Test
  void duplicateJsonKeysAreRejected() throws IOException {
    String message =
        loadError(
            "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"key\": \"b\", \"title\": \"A\"}]}");
    assertTrue(message.startsWith("DIR/team.json:1:"), message);
    assertTrue(message.contains("Duplicate field 'key'"), message);
  }

  @Test
  void wrongTypesAreRejectedWithTheirPlace() throws IOException {
    String message =
        loadError(
            "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"A\", \"year\": \"twenty\"}]}");
    assertTrue(message.startsWith("DIR/team.json:1:"), message);
    assertTrue(message.contains("twenty"), message);
  }

  @Test
  void unknownKindIsNamed() throws IOException {
    String message =
        loadError(
            "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"A\", \"kind\": \"podcast\"}]}");
    assertTrue(
        message.contains("unknown kind 'podcast'; expected one of paper, blog-post, tweet, notes"),
        message);
  }

  @Test
  void missingOrWrongSchemaVersion() throws IOException {
    assertEquals(
        "DIR/team.json:1:1: not a papertrail catalog: no \"schemaVersion\"; expected {\"schemaVersion\":1,\"entries\":[…]}",
        loadError("{\"entries\": []}"));
    assertEquals(
        "DIR/team.json: schemaVersion 2 is not supported; this papertrail reads schemaVersion 1",
        loadError("{\"schemaVersion\": 2, \"entries\": []}"));
  }

  @Test
  void entriesNeedUniqueKeysAndTitles() throws IOException {
    assertEquals(
        "DIR/team.json: entry 1 has no \"key\"; every entry needs a unique key such as \"hu2021lora\"",
        loadError("{\"schemaVersion\": 1, \"entries\": [{\"title\": \"A\"}]}"));
    assertEquals(
        "DIR/team.json: entry 'a' has no \"title\"",
        loadError("{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\"}]}"));
    assertEquals(
        "DIR/team.json: the key 'a' is used by two entries; keys must be unique",
        loadError(
            "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"A\"}, {\"key\": \"a\", \"title\": \"B\"}]}"));
  }

  static CatalogEntry entry(String key, String title, String arxiv) {
    return new CatalogEntry(
        key,
        title,
        null,
        new Ids(arxiv, null, null, null, null),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void theFirstProblemInEntryOrderIsReported() {
    // the index is built in hash-table order for speed; the error must still be the first in entry
    // order
    assertEquals(
        "team: the key 'b' is used by two entries; keys must be unique",
        assertThrows(
                CatalogException.class,
                () ->
                    Catalog.of(
                        List.of(
                            entry("a", "A", null),
                            entry("b", "B", null),
                            entry("b", "B2", null),
                            entry("c", null, null),
                            entry("a", "A2", null)),
                        "team"))
            .getMessage());
    assertEquals(
        "team: entry 'c' has no \"title\"",
        assertThrows(
                CatalogException.class,
                () ->
                    Catalog.of(
                        List.of(
                            entry("a", "A", null), entry("c", " ", null), entry("a", "A2", null)),
                        "team"))
            .getMessage());
    assertEquals(
        "team: entry 3 has no \"key\"; every entry needs a unique key such as \"hu2021lora\"",
        assertThrows(
                CatalogException.class,
                () ->
                    Catalog.of(
                        List.of(
                            entry("a", "A", null),
                            entry("b", "B", null),
                            entry(null, "C", null),
                            entry("b", "B2", null)),
                        "team"))
            .getMessage());
    // many keys: the duplicate that comes first in entry order wins, whatever their hash-table
    // slots
    List<CatalogEntry> many = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      many.add(entry("k" + i, "T" + i, null));
    }
    many.add(entry("k4321", "again", null));
    many.add(entry("k17", "again", null));
    assertEquals(
        "team: the key 'k4321' is used by two entries; keys must be unique",
        assertThrows(CatalogException.class, () -> Catalog.of(many, "team")).getMessage());
  }

  @Test
  void anIdentifierOfSeveralEntriesListsThemInCatalogOrder() {
    List<CatalogEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      entries.add(entry("k" + i, "T" + i, String.format("arxiv:2101.%05d", i % 1_000 + 1)));
    }
    Catalog catalog = Catalog.of(entries, "team");
    for (int i = 0; i < 1_000; i += 37) {
      List<CatalogEntry> found =
          catalog.lookup(Identifier.parse(String.format("2101.%05d", i + 1)).orElseThrow());
      assertEquals(
          List.of("k" + i, "k" + (i + 1_000), "k" + (i + 2_000)),
          found.stream().map(CatalogEntry::key).toList());
    }
    assertEquals("k2999", catalog.byKey("k2999").orElseThrow().key());
  }

  @Test
  void missingFileAndDirectoryAreNamed() {
    assertEquals(
        dir.resolve("absent.json") + ": no such catalog file",
        assertThrows(CatalogException.class, () -> CatalogFiles.load(dir.resolve("absent.json")))
            .getMessage());
    assertEquals(
        dir + ": is a directory; expected a catalog JSON file",
        assertThrows(CatalogException.class, () -> CatalogFiles.load(dir)).getMessage());
  }

  @Test
  void emptyFile() throws IOException {
    String message = loadError("");
    assertTrue(message.startsWith("DIR/team.json:"), message);
  }
}
