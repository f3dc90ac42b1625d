package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CITATION.cff of an ML library: its preferred citation (also among its references), articles
 * and conference papers with arXiv ids in identifiers, journal text and notes, OpenReview and ACL
 * pages, a software reference, a blog post by "anonymous", and two broken references.
 */
class CffCatalogReaderTest {

  static final Path CFF = Path.of("src/test/resources/catalogs/lowrank-tune/CITATION.cff");

  static CatalogLoad load;
  static Map<String, CatalogEntry> byKey;

  @BeforeAll
  static void read() {
    load = CatalogSource.of(CFF).read();
    byKey =
        load.entries().stream().collect(Collectors.toMap(CatalogEntry::key, Function.identity()));
  }

  @Test
  void thePreferredCitationComesFirstAndOnceAndEveryReferenceIsKeyedAsTheSeedsAre() {
    assertEquals(
        List.of(
            "hu2021lora",
            "dettmers2023qlora",
            "he2022unified",
            "houlsby2019parameter",
            "lester2021power",
            "paszke2019pytorch",
            "parameterefficient2023",
            "li2021prefix"),
        load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(new Source("CITATION.cff", 19, null, null, null)),
        byKey.get("hu2021lora").sources(),
        "the preferred citation's line; the same paper under references is not read again");
  }

  @Test
  void brokenReferencesAreLocatedWarnings() {
    assertEquals(
        List.of(
            "CITATION.cff:117:5: reference 8 has no title; it is skipped",
            "CITATION.cff:133:16: reference 9: identifiers value '2101.0019O' is left out: an arXiv"
                + " id cannot continue with \"O\""),
        load.problems());
  }

  @Test
  void identifiersFromEveryFieldThatHoldsThem() {
    assertEquals(
        new Ids("arxiv:2106.09685", null, null, null, List.of()),
        byKey.get("hu2021lora").ids(),
        "journal \"arXiv preprint arXiv:…\" and the abs url: one id");
    assertEquals(
        new Ids("arxiv:2305.14314", null, "openreview:OUIFPHEgJU", null, List.of()),
        byKey.get("dettmers2023qlora").ids(),
        "an unquoted 2305.14314 (a YAML number) with description arXiv, an OpenReview url");
    assertEquals(
        new Ids("arxiv:2110.04366", null, "openreview:0RDcd5Axok", null, List.of()),
        byKey.get("he2022unified").ids(),
        "url, and \"arXiv: …\" in notes");
    assertEquals("arxiv:1902.00751", byKey.get("houlsby2019parameter").ids().arxiv(), "arXiv DOI");
    assertEquals("acl:2021.emnlp-main.243", byKey.get("lester2021power").ids().acl());
    assertEquals(
        new Ids("arxiv:1912.01703", null, null, null, List.of()),
        byKey.get("paszke2019pytorch").ids(),
        "the swh id and repository-code are code, not the paper");
    assertEquals("acl:2021.acl-long.353", byKey.get("li2021prefix").ids().acl());
  }

  @Test
  void authorsYearsDatesVenuesKindsAndKeywords() {
    CatalogEntry lora = byKey.get("hu2021lora");
    assertEquals(List.of("Edward J. Hu", "Yelong Shen", "Phillip Wallis"), lora.authors());
    assertEquals(2021, lora.year());
    assertEquals("arXiv preprint", lora.venue());
    assertEquals(
        "Advances in Neural Information Processing Systems",
        byKey.get("dettmers2023qlora").venue(),
        "conference name");
    CatalogEntry unified = byKey.get("he2022unified");
    assertEquals(2022, unified.year(), "from date-published");
    assertEquals("2022-01-28", unified.date());
    assertEquals("International Conference on Learning Representations", unified.venue());
    assertEquals(List.of("prompt tuning"), byKey.get("lester2021power").tags());
    CatalogEntry blog = byKey.get("parameterefficient2023");
    assertEquals(Kind.BLOG_POST, blog.kind());
    assertEquals(List.of(), blog.authors(), "anonymous names no one");
    assertEquals(List.of("https://huggingface.co/blog/peft"), blog.ids().url());
    assertNull(blog.authorCount());
    assertEquals(Kind.PAPER, byKey.get("paszke2019pytorch").kind());
  }

  @Test
  void papertrailsCountedAuthorsAndKeysThatWouldCollide() {
    CatalogLoad read =
        CffCatalogReader.read(
            "papers.cff.yaml",
            """
            references:
              - type: article
                title: "Deep Residual Learning"
                authors:
                  - name: "4 authors"
                year: 2016
              - type: article
                title: "Deep Residual Learning for Image Recognition"
                authors:
                  - family-names: He
                    given-names: Kaiming
                year: 2016
              - type: article
                title: "Deep Residual Networks"
                authors:
                  - family-names: He
                    given-names: Kaiming
                year: 2016
            """);
    assertEquals(4, read.entries().get(0).authorCount());
    assertEquals(List.of(), read.entries().get(0).authors());
    assertEquals(
        List.of("deepresidual2016", "he2016deepresiduallearning", "he2016deepresidualnetworks"),
        read.entries().stream().map(CatalogEntry::key).toList());
  }

  @Test
  void aFileWithoutReferencesSaysWhatACatalogCffHolds() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                CffCatalogReader.read(
                    "CITATION.cff", "cff-version: 1.2.0\ntitle: my-lib\nauthors:\n  - name: Me\n"));
    assertEquals(
        "CITATION.cff:1:1: a CITATION.cff catalog lists its papers under \"references:\" (or"
            + " \"preferred-citation:\"), each with a type, title and authors; this file has neither",
        e.getMessage());
  }

  @Test
  void aYamlSyntaxErrorIsLocatedWhereSnakeyamlFindsIt() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                CffCatalogReader.read(
                    "CITATION.cff", "references:\n  - type: article\n\ttitle: x\n"));
    assertEquals(
        "CITATION.cff:3:1: not YAML: found character '\\t(TAB)' that cannot start any token. (Do"
            + " not use \\t(TAB) for indentation) while scanning for the next token",
        e.getMessage());
  }
}
