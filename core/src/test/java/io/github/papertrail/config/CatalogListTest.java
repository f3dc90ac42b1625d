package io.github.papertrail.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogListTest {

  @Test
  void commasAndThePathSeparatorBothSeparate() {
    assertEquals(List.of("a.json", "b.bib", "c.md"), CatalogList.split("a.json, b.bib:c.md", ':'));
    assertEquals(
        List.of("a.json", "C:\\papers\\b.bib"), CatalogList.split("a.json;C:\\papers\\b.bib", ';'));
  }

  @Test
  void aFormatWordKeepsItsPathOnUnix() {
    assertEquals(
        List.of("bibtex:refs.txt", "team.json", "markdown:list.txt"),
        CatalogList.split("bibtex:refs.txt:team.json,markdown:list.txt", ':'));
    assertEquals(
        List.of("csl-json:My Library.txt", "cff:CITATION", "csl:refs"),
        CatalogList.split("csl-json:My Library.txt:cff:CITATION:csl:refs", ':'));
    // a file that happens to be named like a format word, last in the list, is a file
    assertEquals(List.of("a.json", "bibtex"), CatalogList.split("a.json:bibtex", ':'));
  }

  @Test
  void emptyEntriesAreLeftOut() {
    assertEquals(List.of("a.json"), CatalogList.split(" ,a.json,, :", ':'));
    assertEquals(List.of(), CatalogList.split(null, ':'));
  }
}
