package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogLoad;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Zotero library exported by Better BibTeX: tab-indented, every word of a title braced,
 * abstracts, keywords, attached files, urldate, langid, shorttitle, month macros.
 */
class BibtexZoteroTest {

  static CatalogLoad load;
  static Map<String, CatalogEntry> byKey;

  @BeforeAll
  static void read() {
    load = BibFixtures.read("zotero-better-bibtex.bib");
    byKey = BibFixtures.byKey(load);
  }

  @Test
  void everyEntryLoadsWithoutAWarning() {
    assertEquals(
        List.of(
            "huLoRALowRankAdaptation2021",
            "rafailovDirectPreferenceOptimization2023",
            "dettmersQLoRAEfficientFinetuning2023",
            "karpathyRecipeTrainingNeural2019",
            "wolfTransformersStateoftheArtNatural2020"),
        load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(List.of(), load.problems());
  }

  @Test
  void keywordsAreTagsAndTheAbstractIsKept() {
    CatalogEntry lora = byKey.get("huLoRALowRankAdaptation2021");
    assertEquals(
        List.of(
            "Computer Science - Artificial Intelligence",
            "Computer Science - Computation and Language",
            "Computer Science - Machine Learning"),
        lora.tags());
    assertTrue(
        lora.abstractText().startsWith("An important paradigm of natural language processing"),
        lora.abstractText());
    assertTrue(
        lora.abstractText().contains("We propose Low-Rank Adaptation, or LoRA, which freezes"),
        "braces decoded: " + lora.abstractText());
    assertEquals(
        List.of("alignment", "RLHF"),
        byKey.get("rafailovDirectPreferenceOptimization2023").tags(),
        "semicolons separate too");
    assertEquals(List.of(), byKey.get("karpathyRecipeTrainingNeural2019").tags());
    assertNull(byKey.get("karpathyRecipeTrainingNeural2019").abstractText());
  }

  @Test
  void bracedWordsAndTheArxivIdFromDoiUrlAndNote() {
    CatalogEntry lora = byKey.get("huLoRALowRankAdaptation2021");
    assertEquals("LoRA: Low-Rank Adaptation of Large Language Models", lora.title());
    assertEquals("arxiv:2106.09685", lora.ids().arxiv());
    assertEquals(List.of(), lora.otherIds(), "doi, url and note name the same paper");
    assertEquals(List.of(), lora.ids().url(), "the attached files are not links");
    assertEquals(2021, lora.year());
    assertEquals("Edward J. Hu", lora.authors().get(0));
    assertEquals(
        "arxiv:2305.14314", byKey.get("dettmersQLoRAEfficientFinetuning2023").ids().arxiv());
  }

  @Test
  void conferencePapersBlogPostsAndSoftware() {
    CatalogEntry dpo = byKey.get("rafailovDirectPreferenceOptimization2023");
    assertEquals("Advances in Neural Information Processing Systems", dpo.venue());
    assertEquals(
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        dpo.title());
    CatalogEntry recipe = byKey.get("karpathyRecipeTrainingNeural2019");
    assertEquals("Andrej Karpathy blog", recipe.venue());
    assertEquals(List.of("https://karpathy.github.io/2019/04/25/recipe/"), recipe.ids().url());
    CatalogEntry transformers = byKey.get("wolfTransformersStateoftheArtNatural2020");
    assertEquals(List.of("https://github.com/huggingface/transformers"), transformers.ids().url());
    assertTrue(
        transformers.abstractText().startsWith("🤗 Transformers"), transformers.abstractText());
  }
}
