package io.github.papertrail.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.seeds.build.BuildCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad seeds and data files stop the build with the file, the line and the problem; never a stack
 * trace.
 */
class BadInputTest {

  static final String HEADER = "seed\ttitle\tarxiv\tconfidence\n";
  static final String CORRECTIONS_HEADER = "seed\ttitle\tcorrect_title\tevidence\n";
  static final String LIST =
      "### Topic\n\n"
          + "- [SOAP: Improving and stabilizing Shampoo using Adam](https://arxiv.org/abs/2409.11321), Sep. 17 2024.\n"
          + "- [Rule based rewards for language model safety](https://cdn.openai.com/rbr.pdf), Jul. 2024.\n";

  @TempDir Path dir;

  Path seeds;
  Path table;
  Path corrections;

  void write(String seed, String tableRows, String correctionRows) throws IOException {
    seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("list.md"), seed);
    table = Files.writeString(dir.resolve("arxiv-ids-by-title.tsv"), tableRows);
    corrections = Files.writeString(dir.resolve("title-corrections.tsv"), correctionRows);
  }

  String failure() {
    SeedFormatException e =
        assertThrows(
            SeedFormatException.class, () -> BuildCatalog.build(seeds, table, corrections));
    return e.getMessage();
  }

  @Test
  void aWellFormedSmallSeedBuilds() throws IOException {
    write(
        LIST,
        HEADER + "list.md\tRule based rewards for language model safety\t2411.01111\tmedium\n",
        CORRECTIONS_HEADER);
    List<CatalogEntry> entries = BuildCatalog.build(seeds, table, corrections).entries();
    assertEquals(
        List.of("rulebased2024", "soap2024"), entries.stream().map(CatalogEntry::key).toList());
    assertEquals("arxiv:2411.01111", entries.get(0).ids().arxiv());
    assertEquals(List.of("https://cdn.openai.com/rbr.pdf"), entries.get(0).ids().url());
  }

  @Test
  void theTableNeverOverridesTheSeedsOwnId() throws IOException {
    write(
        LIST,
        HEADER + "list.md\tSOAP: Improving and stabilizing Shampoo using Adam\t2409.99999\thigh\n",
        CORRECTIONS_HEADER);
    CatalogEntry soap = BuildCatalog.build(seeds, table, corrections).entries().get(1);
    assertEquals("arxiv:2409.11321", soap.ids().arxiv());
    assertEquals(
        List.of(
            "list.md:3 links arxiv:2409.11321 but arxiv-ids-by-title.tsv:2 gives arxiv:2409.99999; the seed's id is kept"),
        soap.conflicts());
  }

  @Test
  void missingSeedsFolder() throws IOException {
    write(LIST, HEADER, CORRECTIONS_HEADER);
    seeds = dir.resolve("nowhere");
    assertTrue(failure().endsWith("nowhere: no such seeds folder"), failure());
  }

  @Test
  void emptySeed() throws IOException {
    write("  \n\n", HEADER, CORRECTIONS_HEADER);
    assertEquals("list.md: empty seed document", failure());
  }

  @Test
  void seedWithNoPaper() throws IOException {
    write("# Notes\n\nNothing linked here.\n", HEADER, CORRECTIONS_HEADER);
    assertEquals(
        "list.md: no paper found; read as AWESOME_LIST but no item names a paper", failure());
  }

  @Test
  void seedNotUtf8() throws IOException {
    write(LIST, HEADER, CORRECTIONS_HEADER);
    Files.write(
        seeds.resolve("list.md"),
        "- [Caf\u00e9 paper](https://arxiv.org/abs/2409.11321)\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("list.md:1: not UTF-8 text (byte 7); save the file as UTF-8", failure());
  }

  @Test
  void seedWithUnreadableDate() throws IOException {
    write(LIST.replace("Sep. 17 2024", "Sept. 2O24"), HEADER, CORRECTIONS_HEADER);
    assertEquals(
        "list.md:3: cannot read the date or venue 'Sept. 2O24' after the link; expected e.g. \"Jul. 10 2024\" or \"NeurIPS 2022\"",
        failure());
  }

  @Test
  void dailyPapersCardWithBrokenDateLine() throws IOException {
    write(
        "Daily Papers\n\nNov 20\n\nA Title\n\nAn abstract.\n\n  \u2022 3 authors\n\u00b7\nMay 32\n",
        HEADER,
        CORRECTIONS_HEADER);
    assertEquals("list.md:11: 'May 32' is not a date", failure());
  }

  @Test
  void missingTable() throws IOException {
    write(LIST, HEADER, CORRECTIONS_HEADER);
    Files.delete(table);
    assertTrue(failure().endsWith("arxiv-ids-by-title.tsv: no such file"), failure());
  }

  @Test
  void emptyTable() throws IOException {
    write(LIST, "", CORRECTIONS_HEADER);
    assertEquals(
        "arxiv-ids-by-title.tsv:1: empty; expected the header row seed<TAB>title<TAB>arxiv<TAB>confidence",
        failure());
  }

  @Test
  void tableWithWrongHeader() throws IOException {
    write(LIST, "seed,title,arxiv,confidence\n", CORRECTIONS_HEADER);
    assertTrue(
        failure()
            .startsWith(
                "arxiv-ids-by-title.tsv:1: the header row is 'seed,title,arxiv,confidence'"),
        failure());
  }

  @Test
  void tableRowWithTooFewColumns() throws IOException {
    write(LIST, HEADER + "list.md\tSOAP\n", CORRECTIONS_HEADER);
    assertEquals(
        "arxiv-ids-by-title.tsv:2: 2 tab-separated columns; expected 4 (seed, title, arxiv, confidence)",
        failure());
  }

  @Test
  void tableRowWithMalformedId() throws IOException {
    write(
        LIST,
        HEADER + "list.md\tRule based rewards for language model safety\t2411.1111\tmedium\n",
        CORRECTIONS_HEADER);
    assertTrue(
        failure()
            .startsWith(
                "arxiv-ids-by-title.tsv:2: '2411.1111' in column arxiv is not an arXiv id: "),
        failure());
  }

  @Test
  void tableRowWithUnknownConfidence() throws IOException {
    write(
        LIST,
        HEADER + "list.md\tRule based rewards for language model safety\t2411.01111\tsure\n",
        CORRECTIONS_HEADER);
    assertEquals(
        "arxiv-ids-by-title.tsv:2: confidence 'sure' is not 'high' or 'medium'", failure());
  }

  @Test
  void tableRowThatMatchesNoRecord() throws IOException {
    write(LIST, HEADER + "list.md\tA Paper Nobody Lists\t2411.01111\tmedium\n", CORRECTIONS_HEADER);
    assertEquals(
        "arxiv-ids-by-title.tsv:2: the title 'A Paper Nobody Lists' is in no record of list.md; fix the title or the seed",
        failure());
  }

  @Test
  void correctionThatMatchesNoRecord() throws IOException {
    write(LIST, HEADER, CORRECTIONS_HEADER + "list.md\tNo Such Title\tReal Title\tbecause\n");
    assertEquals(
        "title-corrections.tsv:2: the title 'No Such Title' is in no record of list.md; fix the title or the seed",
        failure());
  }

  @Test
  void theMainEntryPointReportsBadInputWithoutAStackTrace() throws IOException {
    write(LIST, HEADER + "list.md\tSOAP\n", CORRECTIONS_HEADER);
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                BuildCatalog.main(
                    new String[] {
                      seeds.toString(),
                      table.toString(),
                      corrections.toString(),
                      dir.resolve("out.json").toString()
                    }));
    assertEquals(
        "papertrail: cannot build the catalog: arxiv-ids-by-title.tsv:2: 2 tab-separated columns; expected 4 (seed, title, arxiv, confidence)",
        e.getMessage());
    assertEquals(0, e.getStackTrace().length);
    assertTrue(Files.notExists(dir.resolve("out.json")), "nothing half-written");
  }
}
