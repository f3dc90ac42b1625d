package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSearchTest {

  static final Catalogs BUNDLED = Catalogs.of(CatalogFiles.bundled(), "bundled");

  static List<String> keys(String query) {
    return CatalogSearch.search(BUNDLED, query, 5).stream().map(m -> m.entry().key()).toList();
  }

  @Test
  void titleWordsAuthorsTagsIdentifiersAndKeys() {
    assertEquals("hu2021lora", keys("low rank adaptation large language").get(0));
    assertEquals(List.of("galore2024"), keys("galore"));
    assertEquals(List.of("hu2021lora"), keys("https://arxiv.org/abs/2106.09685v2"));
    assertEquals(List.of("hu2021lora"), keys("hu2021lora"));
    assertEquals("lanchantin2025bridging", keys("lanchantin").get(0), "an author");
    assertTrue(keys("learning dynamics").contains("analyzingeliminating2024"), "a tag");
    assertEquals(List.of(), keys("zzzz quantum gravity"));
  }

  @Test
  void aMatchPrintsKeyTitleYearIdsAndTheAnnotation() {
    assertEquals(
        """
        galore2024  GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection (2024)
            ids: arxiv:2403.03507
            @Paper("2403.03507")""",
        CatalogSearch.search(BUNDLED, "galore", 1).get(0).format());
  }
}
