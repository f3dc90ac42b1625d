package io.github.papertrail.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.format.CatalogJson;
import io.github.papertrail.id.Identifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User catalogs merged after the bundled one: one entry per paper, conflicts flagged, nothing
 * dropped.
 */
class CatalogsTest {

  static final Path CATALOGS = Path.of("src/test/resources/catalogs").toAbsolutePath();

  @TempDir Path dir;

  static List<CatalogEntry> lookup(Catalogs catalogs, String id) {
    return catalogs.lookup(Identifier.parse(id).orElseThrow());
  }

  Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void theBundledCatalogAloneIsTheBundledCatalog() {
    Catalogs bundled = CatalogFiles.bundledPlus(List.of());
    assertSame(CatalogFiles.bundled().entries(), bundled.entries());
    assertEquals("the bundled seed catalog", bundled.describe());
    assertEquals(List.of(), bundled.warnings());
  }

  @Test
  void aBibtexEntryOfABundledPaperMergesIntoItAndItsKeyStillFindsIt() {
    Catalogs catalogs = CatalogFiles.inUse(List.of("team.bib"), CATALOGS);
    CatalogEntry lora = lookup(catalogs, "2106.09685").get(0);
    assertEquals(1, lookup(catalogs, "2106.09685").size());
    assertEquals("hu2021lora", lora.key(), "the earlier key stays");
    assertEquals(
        "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS",
        lora.title(),
        "the earlier title stays");
    assertEquals("openreview:nZeVKeeFYf9", lora.ids().openreview(), "ids are united");
    assertEquals(
        List.of("000_796680ec3eaaa982.txt:24", "team.bib:9"),
        lora.sources().stream().map(s -> s.seed() + ":" + s.line()).toList());
    assertEquals(
        "LoRA: Low-Rank Adaptation of Large Language Models",
        lora.sources().get(1).title(),
        "as team.bib writes it");
    assertEquals(List.of("Hu"), lora.authors(), "fields are only filled where empty");
    assertEquals(List.of(), lora.conflicts());
    assertEquals(List.of(lora), lookup(catalogs, "hu2022lora"), "team.bib's key");
    assertEquals(List.of(lora), lookup(catalogs, "openreview:nZeVKeeFYf9"));

    assertEquals(
        "qlora2023",
        lookup(catalogs, "dettmers2023qlora").get(0).key(),
        "Google Scholar's lower-case title is the same title");
    assertEquals(
        CatalogFiles.bundled().size() + 5, catalogs.entries().size(), "7 entries read, 2 merged");
    assertEquals(
        List.of(
            "team.bib:52: @article{broken2023 (line 50): found \"{\" at column 11 where \"=\" was expected; the entry is skipped",
            "team.bib:56: @misc{unclosed2024 has no closing brace before the next entry on line 60; it is skipped"),
        catalogs.warnings(),
        "the malformed entries do not fail the load, but are visible");
    assertEquals("the bundled seed catalog, " + CATALOGS.resolve("team.bib"), catalogs.describe());
  }

  @Test
  void aJsonCatalogIsCheckedAsCatalogLoadChecksItAndIndexedOnceWithTheBundledOne()
      throws IOException {
    write(
        "dup.json",
        "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"A\"}, {\"key\": \"a\", \"title\": \"B\"}]}");
    write(
        "untitled.json",
        "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"A\"}, {\"key\": \"b\"}]}");
    for (String name : List.of("dup.json", "untitled.json")) {
      String viaCatalogs =
          assertThrows(CatalogException.class, () -> CatalogFiles.inUse(List.of(name), dir))
              .getMessage();
      String viaLoad =
          assertThrows(CatalogException.class, () -> CatalogFiles.load(dir.resolve(name)))
              .getMessage();
      assertEquals(viaLoad, viaCatalogs, "the same message, naming the file");
      assertTrue(viaCatalogs.startsWith(dir.resolve(name) + ": "), viaCatalogs);
    }
    write(
        "team.json",
        "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"warmup2024\", \"title\": \"Team Notes on Warmup\","
            + " \"ids\": {\"arxiv\": \"arxiv:2401.00001\", \"url\": [\"https://example.org/warmup\"]}},"
            + " {\"key\": \"cited\", \"title\": \"Cited Elsewhere\", \"sources\": [{\"seed\": \"wiki\", \"line\": 3}]}]}");
    Catalogs catalogs = CatalogFiles.inUse(List.of("team.json"), dir);
    CatalogEntry warmup = lookup(catalogs, "2401.00001").get(0);
    assertEquals("warmup2024", warmup.key());
    assertEquals(List.of(warmup), lookup(catalogs, "https://example.org/warmup"));
    assertEquals(
        List.of(new Source("team.json", null, null, null, null)),
        warmup.sources(),
        "the file is its source");
    assertEquals(
        List.of(new Source("wiki", 3, null, null, null)),
        lookup(catalogs, "cited").get(0).sources(),
        "a source the entry gives is kept");
    assertEquals(CatalogFiles.bundled().size() + 2, catalogs.entries().size());
  }

  @Test
  void theSamePaperInJsonAndBibtexIsOneEntryWithBothSources() throws IOException {
    write(
        "team.json",
        """
        {"schemaVersion": 1, "entries": [
          {"key": "attention", "title": "Attention is all you need", "ids": {"arxiv": "arxiv:1706.03762"}, "tags": ["transformer"]}
        ]}
        """);
    Files.copy(CATALOGS.resolve("team.bib"), dir.resolve("team.bib"));
    Catalogs catalogs = CatalogFiles.inUse(List.of("team.json", "team.bib"), dir);
    List<CatalogEntry> found = lookup(catalogs, "arXiv:1706.03762");
    assertEquals(1, found.size());
    CatalogEntry attention = found.get(0);
    assertEquals("attention", attention.key());
    assertEquals(
        List.of(
            new Source("team.json", null, null, null, null),
            new Source("team.bib", 19, null, "Attention Is All You Need", null)),
        attention.sources());
    assertEquals(8, attention.authors().size(), "the JSON entry had none: BibTeX's fill them");
    assertEquals(2017, attention.year());
    assertEquals(List.of("transformer"), attention.tags());
    assertEquals(List.of(attention), lookup(catalogs, "vaswani2017attention"));
    assertEquals(List.of(), attention.conflicts());
  }

  @Test
  void oneDoiUnderTwoUnrelatedTitlesIsTwoEntriesBothFlagged() throws IOException {
    write(
        "team.json",
        """
        {"schemaVersion": 1, "entries": [
          {"key": "smith2020graphs", "title": "Sparse Graph Attention for Molecules", "ids": {"doi": "doi:10.5555/12345"}}
        ]}
        """);
    write(
        "refs.bib",
        "% exported\n@article{jones2021speech,\n  title = {Streaming Speech Recognition at Scale},\n  doi = {10.5555/12345}\n}\n");
    Catalogs catalogs = CatalogFiles.inUse(List.of("team.json", "refs.bib"), dir);
    List<CatalogEntry> found = lookup(catalogs, "10.5555/12345");
    assertEquals(
        List.of("smith2020graphs", "jones2021speech"),
        found.stream().map(CatalogEntry::key).toList());
    String tail =
        ", a different paper: at least one of them is wrong, so the id names more than one entry";
    assertEquals(
        List.of(
            "doi:10.5555/12345 is also given for 'Streaming Speech Recognition at Scale' (jones2021speech, refs.bib)"
                + tail),
        found.get(0).conflicts());
    assertEquals(
        List.of(
            "doi:10.5555/12345 is also given for 'Sparse Graph Attention for Molecules' (smith2020graphs, team.json)"
                + tail),
        found.get(1).conflicts());
    assertEquals(
        List.of(
            "refs.bib:2: doi:10.5555/12345 is given to 'Streaming Speech Recognition at Scale' (jones2021speech) and, "
                + "in team.json, to 'Sparse Graph Attention for Molecules' (smith2020graphs); both entries are kept and flagged"),
        catalogs.warnings());
  }

  @Test
  void aKeyAnEarlierCatalogUsesForAnotherPaperIsRenamedAndFlagged() throws IOException {
    write(
        "Team Papers.bib",
        "@misc{hu2021lora,\n  title = {Hubs of Unrelated Things},\n  year = 2021\n}\n");
    Catalogs catalogs = CatalogFiles.inUse(List.of("bibtex:Team Papers.bib"), dir);
    assertEquals(
        "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS",
        lookup(catalogs, "hu2021lora").get(0).title());
    CatalogEntry renamed = lookup(catalogs, "hu2021lora-teampapers").get(0);
    assertEquals("Hubs of Unrelated Things", renamed.title());
    String conflict =
        "the key 'hu2021lora' is already used by 'LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS' "
            + "(the bundled seed catalog), so this entry of Team Papers.bib is hu2021lora-teampapers";
    assertEquals(List.of(conflict), renamed.conflicts());
    assertEquals(List.of("Team Papers.bib:1: " + conflict), catalogs.warnings());
  }

  @Test
  void theSameKeyAndTitleIsOnePaperEvenWithoutIds() throws IOException {
    write(
        "a.json",
        "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"notes\", \"title\": \"Team Notes on Learning-Rate Warmup\"}]}");
    write("b.bib", "@techreport{notes, title = {Team notes on learning rate warmup}, year = 2024}");
    Catalogs catalogs = CatalogFiles.inUse(List.of("a.json", "b.bib"), dir);
    CatalogEntry notes = lookup(catalogs, "notes").get(0);
    assertEquals(2024, notes.year());
    assertEquals(2, notes.sources().size());
    assertEquals(CatalogFiles.bundled().size() + 1, catalogs.entries().size());
  }

  @Test
  void theMergeIsTheSameEveryTime() throws IOException {
    Files.copy(CATALOGS.resolve("team.bib"), dir.resolve("team.bib"));
    Files.copy(CATALOGS.resolve("papers.md"), dir.resolve("papers.md"));
    List<String> written = List.of("team.bib", "papers.md");
    assertEquals(
        new String(CatalogJson.write(CatalogFiles.inUse(written, dir).entries())),
        new String(CatalogJson.write(CatalogFiles.inUse(written, dir).entries())));
    Catalogs catalogs = CatalogFiles.inUse(written, dir);
    assertEquals(
        List.of("000_796680ec3eaaa982.txt:24", "team.bib:9", "papers.md:7"),
        lookup(catalogs, "hu2021lora").get(0).sources().stream()
            .map(s -> s.seed() + ":" + s.line())
            .toList());
    assertEquals("adam2014", lookup(catalogs, "1412.6980").get(0).key());
  }

  @Test
  void aMissingFileAndAnUnknownFormatFailWithTheirNames() {
    assertEquals(
        dir.resolve("absent.bib") + ": no such catalog file",
        assertThrows(CatalogException.class, () -> CatalogFiles.inUse(List.of("absent.bib"), dir))
            .getMessage());
    assertTrue(
        assertThrows(CatalogException.class, () -> CatalogFiles.inUse(List.of("refs.txt"), dir))
            .getMessage()
            .startsWith("refs.txt: cannot tell the catalog format from the file name"));
  }

  @Test
  void aBibFileThatIsNotUtf8IsNamed() throws IOException {
    Files.write(
        dir.resolve("latin1.bib"),
        "@misc{a, title = {M\u00fcller}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(
        dir.resolve("latin1.bib")
            + ": is not UTF-8 text; save it as UTF-8 (or write accents as LaTeX, {\\\"u})",
        assertThrows(CatalogException.class, () -> CatalogFiles.inUse(List.of("latin1.bib"), dir))
            .getMessage());
  }
}
