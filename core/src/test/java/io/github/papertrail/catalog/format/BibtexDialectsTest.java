package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogLoad;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes Google Scholar, DBLP, Zotero and hand-kept files give a .bib: every entry loads, and
 * every arXiv id or DOI is found wherever the exporter put it.
 */
class BibtexDialectsTest {

  static CatalogLoad load;
  static Map<String, CatalogEntry> byKey;

  @BeforeAll
  static void read() {
    load = BibFixtures.read("scholar-dblp-zotero.bib");
    byKey = BibFixtures.byKey(load);
  }

  @Test
  void everyEntryLoadsWithoutAWarning() {
    assertEquals(9, load.entries().size(), byKey.keySet().toString());
    assertEquals(java.util.List.of(), load.problems());
  }

  @Test
  void googleScholarPreprintsCarryTheirArxivIdInTheJournal() {
    assertEquals("arxiv:1502.03167", byKey.get("ioffe2015batch").ids().arxiv());
  }

  @Test
  void keysWithAccentsLoadAsBibtexReadsThem() {
    assertTrue(byKey.containsKey("s{\\o}gaard2021we"), byKey.keySet().toString());
    assertEquals("We need to talk about random splits", byKey.get("s{\\o}gaard2021we").title());
    assertEquals("Anders Søgaard", byKey.get("s{\\o}gaard2021we").authors().get(0));
    CatalogEntry moller = byKey.get("m{\\\"o}ller2020covid");
    assertEquals("arxiv:2005.07503", moller.ids().arxiv(), "from howpublished");
  }

  @Test
  void dblpCorrEntriesCarryTheirArxivId() {
    assertEquals("arxiv:1412.6980", byKey.get("DBLP:journals/corr/KingmaB14").ids().arxiv());
    assertEquals(
        "arxiv:1512.03385",
        byKey.get("DBLP:journals/corr/HeZRS15").ids().arxiv(),
        "CoRR abs/… in the journal");
  }

  @Test
  void zoteroDoisGivenAsResolverUrlsAndArxivDois() {
    assertEquals("doi:10.1038/nature14539", byKey.get("lecun_deep_2015").ids().doi());
    assertEquals("arxiv:2010.11929", byKey.get("dosovitskiy_image_2021").ids().arxiv());
  }

  @Test
  void handKeptFilesWithTheIdInAPdfLinkOrANote() {
    assertEquals("arxiv:1706.03762", byKey.get("vaswani2017").ids().arxiv(), "pdf link");
    assertEquals("arxiv:1212.5701", byKey.get("zeiler2012adadelta").ids().arxiv(), "note");
  }
}
