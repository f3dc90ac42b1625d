package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.report.PaperExport.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperExportTest {

  private static final Catalogs BUNDLED =
      Catalogs.of(CatalogFiles.bundled(), "the bundled seed catalog");

  private static Citation cite(String element, String id) {
    return new Citation("m", element, "CLASS", null, null, id, "IMPLEMENTS", null, null, null);
  }

  @Test
  void formatsByName() {
    assertEquals(
        List.of(Format.BIBTEX, Format.CSL_JSON, Format.CFF),
        PaperExport.formats(List.of("bibtex", "csl-json", "cff")));
    assertEquals(
        List.of(Format.CFF, Format.BIBTEX),
        PaperExport.formats(List.of(" CFF ", "bibtex", "cff", "")));
    assertEquals("bibtex, csl-json, cff", Format.accepted());
    assertEquals(
        List.of("papers.bib", "papers.csl.json", "papers.cff.yaml"),
        Arrays.stream(Format.values()).map(Format::fileName).toList());
  }

  @Test
  void unknownFormatsAreNamedWithTheAcceptedOnes() {
    IllegalArgumentException one =
        assertThrows(
            IllegalArgumentException.class, () -> PaperExport.formats(List.of("bibtex", "ris")));
    assertEquals(
        "unknown export format 'ris'; the accepted formats are bibtex, csl-json, cff",
        one.getMessage());
    IllegalArgumentException two =
        assertThrows(
            IllegalArgumentException.class, () -> PaperExport.formats(List.of("csl", "yaml")));
    assertEquals(
        "unknown export formats 'csl', 'yaml'; the accepted formats are bibtex, csl-json, cff",
        two.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> PaperExport.formats(List.of(" ")));
    assertEquals(
        "no export format given; the accepted formats are bibtex, csl-json, cff",
        none.getMessage());
  }

  @Test
  void citedPapersOnceEachSortedByKeyAndWhatIsLeftOut() {
    PaperExport.Selection selection =
        PaperExport.cited(
            List.of(
                cite("com.acme.Lora", "2106.09685"),
                cite("com.acme.Lora#merge()", "hu2021lora"),
                cite("com.acme.Dpo", "arXiv:2305.18290"),
                cite("com.acme.Prefix", "https://aclanthology.org/2021.acl-long.353/"),
                cite("com.acme.Typo", "2106.09658"),
                cite("com.acme.Pdf", "2106.09685.pdf"),
                cite("com.acme.Both", "openreview:0qSOodKmJaN")),
            BUNDLED);
    assertEquals(
        List.of("directpreference2023", "hu2021lora", "li2021prefix"),
        selection.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(
            "2106.09658 (not in any catalog)",
            "2106.09685.pdf (not a paper identifier)",
            "openreview:0qSOodKmJaN (names more than one catalog entry; cite the paper by its key)"),
        selection.leftOut());
  }

  @Test
  void allIsEveryEntryOfEveryCatalogFirstCatalogFirst() {
    CatalogEntry mine =
        new CatalogEntry(
            "hu2021lora",
            "My LoRA",
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
            null,
            null,
            null);
    CatalogEntry extra =
        new CatalogEntry(
            "zz-team",
            "Team Notes",
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
            null,
            null,
            null);
    Catalogs two = Catalogs.of(Catalog.of(List.of(mine, extra), "team.json"), "team.json");
    PaperExport.Selection all = PaperExport.all(BUNDLED);
    assertEquals(187, all.entries().size());
    assertEquals(List.of(), all.leftOut());
    List<CatalogEntry> both = new ArrayList<>(CatalogFiles.bundled().entries());
    both.addAll(two.entries());
    List<CatalogEntry> sorted = Exports.sorted(both);
    assertEquals(188, sorted.size());
    assertEquals(
        "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS",
        sorted.stream()
            .filter(e -> e.key().equals("hu2021lora"))
            .findFirst()
            .orElseThrow()
            .title());
    assertEquals("zz-team", sorted.get(sorted.size() - 1).key());
  }

  @Test
  void writesTheChosenFilesAndReplacesOldOnes(@TempDir Path dir) throws IOException {
    List<CatalogEntry> entries =
        PaperExport.cited(List.of(cite("A", "2106.09685"), cite("B", "2403.03507")), BUNDLED)
            .entries();
    Path out = dir.resolve("target/papertrail");
    Map<Format, Path> written = PaperExport.write(entries, List.of(Format.CFF, Format.BIBTEX), out);
    assertEquals(List.of(Format.CFF, Format.BIBTEX), List.copyOf(written.keySet()));
    assertEquals(out.resolve("papers.cff.yaml"), written.get(Format.CFF));
    assertEquals(CffExport.render(entries), Files.readString(written.get(Format.CFF)));
    assertEquals(BibtexExport.render(entries), Files.readString(written.get(Format.BIBTEX)));
    assertFalse(Files.exists(out.resolve("papers.csl.json")));

    Map<Format, Path> again =
        PaperExport.write(entries.subList(0, 1), List.of(Format.values()), out);
    assertTrue(
        Files.readString(again.get(Format.BIBTEX)).startsWith("% 1 paper (papertrail export)\n"));
    assertEquals(
        CslJsonExport.render(entries.subList(0, 1)), Files.readString(again.get(Format.CSL_JSON)));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of("papers.bib", "papers.cff.yaml", "papers.csl.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file left");
    }
  }
}
