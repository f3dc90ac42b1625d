package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A biblatex file: dates instead of years, journaltitle, eprinttype and eprintclass, crossrefs to
 * proceedings before and after the paper, @string abbreviations joined with #, biblatex's entry
 * types.
 */
class BibtexBiblatexTest {

  static CatalogLoad load;
  static Map<String, CatalogEntry> byKey;

  @BeforeAll
  static void read() {
    load = BibFixtures.read("biblatex.bib");
    byKey = BibFixtures.byKey(load);
  }

  @Test
  void everyEntryTypeLoadsInFileOrderAndOnlyTheImpossibleDateIsReported() {
    assertEquals(
        List.of(
            "kaplan2020scaling",
            "radford2021clip",
            "icml2021",
            "hoffmann2022chinchilla",
            "neurips2017",
            "vaswani2017attention",
            "weng2023agents",
            "paszke2019pytorch",
            "openai2023gpt4",
            "krizhevsky2009cifar",
            "sutskever2013thesis",
            "graves2008thesis",
            "doe2024notes",
            "touvron2023llama"),
        load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(
            "biblatex.bib:113: date '2024-02-30' is not a date as biblatex writes it (2021-06-17,"
                + " 2021-06, 2021, or a range such as 2020/2021); it is left out"),
        load.problems());
    load.entries().forEach(e -> assertEquals(Kind.PAPER, e.kind(), e.key()));
  }

  @Test
  void theDateGivesTheYearAndTheDateAsPreciseAsWritten() {
    assertEquals(2020, byKey.get("kaplan2020scaling").year());
    assertEquals("2020-01-23", byKey.get("kaplan2020scaling").date());
    assertEquals("2019-12", byKey.get("paszke2019pytorch").date());
    assertEquals(2019, byKey.get("paszke2019pytorch").year());
    assertEquals("2022", byKey.get("hoffmann2022chinchilla").date());
    assertEquals(2022, byKey.get("hoffmann2022chinchilla").year());
    assertEquals(2012, byKey.get("sutskever2013thesis").year(), "a range: its start");
    assertEquals("2012", byKey.get("sutskever2013thesis").date());
    assertNull(byKey.get("doe2024notes").year(), "February has no 30th");
    assertNull(byKey.get("doe2024notes").date());
    assertEquals(2009, byKey.get("krizhevsky2009cifar").year(), "year, no date");
    assertNull(byKey.get("krizhevsky2009cifar").date());
  }

  @Test
  void journaltitleIsTheVenueAndEprintclassDoesNotDisturbTheId() {
    CatalogEntry kaplan = byKey.get("kaplan2020scaling");
    assertEquals("CoRR", kaplan.venue());
    assertEquals("arxiv:2001.08361", kaplan.ids().arxiv());
    assertEquals(Boolean.TRUE, kaplan.moreAuthors());
    assertEquals("arxiv:2303.08774", byKey.get("openai2023gpt4").ids().arxiv());
    assertEquals("GPT-4 Technical Report", byKey.get("openai2023gpt4").title());
    assertEquals("arxiv:2302.13971", byKey.get("touvron2023llama").ids().arxiv());
  }

  @Test
  void aCrossrefToProceedingsLaterInTheFileGivesBooktitleAndDate() {
    CatalogEntry clip = byKey.get("radford2021clip");
    assertEquals(
        "Proc. International Conference on Machine Learning (ICML 2021)",
        clip.venue(),
        "the parent's title, built with #, as the booktitle");
    assertEquals(2021, clip.year());
    assertEquals("2021-07", clip.date());
    assertEquals("arxiv:2103.00020", clip.ids().arxiv());
    assertEquals(
        List.of(), clip.ids().url(), "the proceedings' url is the proceedings', not the paper's");
    assertEquals(
        "Learning Transferable Visual Models From Natural Language Supervision", clip.title());
  }

  @Test
  void aCrossrefToProceedingsEarlierInTheFileAndTheParentLoadsToo() {
    CatalogEntry attention = byKey.get("vaswani2017attention");
    assertEquals("Advances in Neural Information Processing Systems 30", attention.venue());
    assertEquals(2017, attention.year());
    assertEquals("arxiv:1706.03762", attention.ids().arxiv());
    assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar"), attention.authors());
    CatalogEntry proceedings = byKey.get("icml2021");
    assertEquals(List.of("https://proceedings.mlr.press/v139/"), proceedings.ids().url());
    assertEquals(2021, proceedings.year());
  }

  @Test
  void stringsJoinedWithHash() {
    assertEquals(
        "Advances in Neural Information Processing Systems 35",
        byKey.get("hoffmann2022chinchilla").venue());
    assertEquals(
        "Advances in Neural Information Processing Systems 30", byKey.get("neurips2017").title());
  }
}
