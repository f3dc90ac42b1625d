package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A team's awesome list read like the seeds. */
class MarkdownCatalogReaderTest {

  @Test
  void anAwesomeListGivesOneEntryPerPaperLink() throws IOException {
    CatalogLoad load =
        MarkdownCatalogReader.read(
            "papers.md", Files.readString(Path.of("src/test/resources/catalogs/papers.md")));
    assertEquals(List.of(), load.problems());
    assertEquals(
        List.of("adam2014", "decoupledweight2019", "dora2024", "lora2021"),
        load.entries().stream().map(CatalogEntry::key).toList());
    CatalogEntry dora = load.entries().get(2);
    assertEquals("DoRA: Weight-Decomposed Low-Rank Adaptation", dora.title());
    assertEquals("arxiv:2402.09353", dora.ids().arxiv());
    assertEquals("2024-02-14", dora.date());
    assertEquals(List.of("peft"), dora.tags());
    assertEquals("papers.md", dora.sources().get(0).seed());
    assertEquals(8, dora.sources().get(0).line());
    CatalogEntry adamw = load.entries().get(1);
    assertEquals("openreview:Bkg6RiCqY7", adamw.ids().openreview());
    assertEquals("ICLR", adamw.venue());
    assertEquals(2019, adamw.year());
  }

  @Test
  void aDocumentWithoutPaperLinksIsAnError() {
    assertEquals(
        "papers.md: no papers found; a Markdown catalog lists papers as links, "
            + "e.g. \"- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)\"",
        assertThrows(
                CatalogException.class,
                () -> MarkdownCatalogReader.read("papers.md", "# Nothing here\n\nJust prose.\n"))
            .getMessage());
  }
}
