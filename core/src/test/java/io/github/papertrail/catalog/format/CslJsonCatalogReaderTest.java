package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSL-JSON as two real-world conventions write it: Zotero's export ({@code My Library.json}: item
 * addresses as ids, a preprint's arXiv id in {@code number} and {@code note}, tab indent) and a
 * pandoc / Better BibTeX {@code references.json} (citation keys as ids, {@code archive_location},
 * {@code raw} and {@code literal} dates), with broken items. Both are {@code .json}: read through
 * {@link CatalogSource}, they are told from a papertrail catalog by their first character.
 */
class CslJsonCatalogReaderTest {

  static final Path DIR = Path.of("src/test/resources/catalogs");

  static Map<String, CatalogEntry> byKey(CatalogLoad load) {
    return load.entries().stream()
        .collect(Collectors.toMap(CatalogEntry::key, Function.identity()));
  }

  @Test
  void zoteroItemAddressesAreNoKeysSoEntriesAreKeyedAsTheSeedsAre() {
    CatalogLoad load = CatalogSource.of(DIR.resolve("My Library.json")).read();
    assertEquals(
        List.of(
            "hu2021lora",
            "vaswani2017attention",
            "li2021prefix",
            "maaten2008visualizing",
            "wei2021finetuned",
            "weng2023prompt",
            "openai2023gpt"),
        load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(
            "My Library.json:303:2: item 8 ('http://zotero.org/users/local/q3Zb8mTa/items/E3X9NB2T')"
                + " has no title; it is skipped"),
        load.problems());
  }

  @Test
  void aZoteroPreprintGivesItsArxivIdOnceAndItsDateAuthorsTagsAbstract() {
    CatalogEntry lora =
        byKey(CatalogSource.of(DIR.resolve("My Library.json")).read()).get("hu2021lora");
    assertEquals("LoRA: Low-Rank Adaptation of Large Language Models", lora.title());
    // number, note, the arXiv DOI and the abs URL all name the same id: no doi, no url, no other
    assertEquals(new Ids("arxiv:2106.09685", null, null, null, List.of()), lora.ids());
    assertEquals(List.of(), lora.otherIds());
    assertEquals(8, lora.authors().size());
    assertEquals("Edward J. Hu", lora.authors().get(0));
    assertEquals(2021, lora.year());
    assertEquals("2021-10-16", lora.date());
    assertNull(lora.venue());
    assertEquals(
        List.of(
            "Computer Science - Computation and Language", "Computer Science - Machine Learning"),
        lora.tags());
    assertTrue(lora.abstractText().startsWith("An important paradigm"));
    assertEquals(List.of(new Source("My Library.json", 2, null, null, null)), lora.sources());
  }

  @Test
  void zoteroConferenceJournalAclOpenReviewBlogAndLiteralAuthor() {
    Map<String, CatalogEntry> byKey =
        byKey(CatalogSource.of(DIR.resolve("My Library.json")).read());
    CatalogEntry attention = byKey.get("vaswani2017attention");
    assertEquals("Advances in Neural Information Processing Systems", attention.venue());
    assertEquals(
        List.of(
            "https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html"),
        attention.ids().url());
    assertEquals("Łukasz Kaiser", attention.authors().get(6));
    assertEquals(2017, attention.year());
    assertNull(attention.date(), "a date of its year alone is the year");

    CatalogEntry prefix = byKey.get("li2021prefix");
    assertEquals("acl:2021.acl-long.353", prefix.ids().acl(), "the ACL DOI and URL");
    assertEquals("2021-08", prefix.date());

    assertEquals(
        List.of("Laurens van der Maaten", "Geoffrey Hinton"),
        byKey.get("maaten2008visualizing").authors());
    assertEquals(
        "Journal of Machine Learning Research", byKey.get("maaten2008visualizing").venue());
    assertEquals("openreview:gEZrGCozdqR", byKey.get("wei2021finetuned").ids().openreview());

    CatalogEntry blog = byKey.get("weng2023prompt");
    assertEquals(Kind.BLOG_POST, blog.kind());
    assertEquals(
        List.of("https://lilianweng.github.io/posts/2023-03-15-prompt-engineering/"),
        blog.ids().url());

    CatalogEntry gpt4 = byKey.get("openai2023gpt");
    assertEquals(List.of("OpenAI"), gpt4.authors());
    assertEquals(
        "arxiv:2303.08774",
        gpt4.ids().arxiv(),
        "\"arXiv:…\" in number, although the publisher is not arXiv");
  }

  @Test
  void pandocCitationKeysAreKeysAndBrokenItemsAreLocatedWarnings() {
    CatalogLoad load = CatalogSource.of(DIR.resolve("references.json")).read();
    assertEquals(
        List.of(
            "hu2021lora",
            "dettmers2023qlora",
            "devlin2019bert",
            "kingma2015adam",
            "dosovitskiy2021image",
            "ouyang2022training",
            "kaplan2020scaling",
            "sutskever2014sequence"),
        load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(
            "references.json:82:3: item 7 ('hu2021lora'): the key 'hu2021lora' is already used by"
                + " the entry on line 2; this one is skipped, give it another",
            "references.json:88:3: item 8 has no \"id\", so it is keyed 'kaplan2020scaling'; give"
                + " it an \"id\" to choose its key",
            "references.json:95:3: item 9 is \"radford2019language\", not an object; it is skipped",
            "references.json:96:3: item 10 ('smith2020') has no title; it is skipped",
            "references.json:106:15: item 11 ('sutskever2014sequence'): \"author\" must be an array"
                + " of names, [{\"family\": \"Hu\", \"given\": \"Edward J.\"}], not \"Ilya"
                + " Sutskever\"; the authors are left out",
            "references.json:109:12: item 11 ('sutskever2014sequence'): DOI '10.5555' is left out:"
                + " a DOI needs a '/' and a suffix after its prefix 10.5555"),
        load.problems());
  }

  @Test
  void pandocArxivIdsDatesAndVenues() {
    Map<String, CatalogEntry> byKey =
        byKey(CatalogSource.of(DIR.resolve("references.json")).read());
    CatalogEntry qlora = byKey.get("dettmers2023qlora");
    assertEquals("arxiv:2305.14314", qlora.ids().arxiv(), "archive arXiv, archive_location");
    assertEquals("2023-05-23", qlora.date(), "date parts written as strings");
    assertEquals(List.of("quantization", "fine-tuning"), qlora.tags());
    CatalogEntry bert = byKey.get("devlin2019bert");
    assertEquals("acl:N19-1423", bert.ids().acl());
    assertEquals("2019-06", bert.date());
    CatalogEntry adam = byKey.get("kingma2015adam");
    assertEquals("arxiv:1412.6980", adam.ids().arxiv(), "note \"arXiv: 1412.6980\"");
    assertEquals(2015, adam.year(), "issued raw");
    assertEquals(
        "3rd International Conference on Learning Representations, ICLR 2015", adam.venue());
    CatalogEntry vit = byKey.get("dosovitskiy2021image");
    assertEquals(
        new Ids("arxiv:2010.11929", null, "openreview:YicbFdNTTy", null, List.of()), vit.ids());
    assertEquals(2021, vit.year(), "issued literal \"ICLR 2021\"");
    assertEquals("arxiv:2203.02155", byKey.get("ouyang2022training").ids().arxiv(), "bare number");
    assertEquals(
        "LoRA: Low-Rank Adaptation of Large Language Models",
        byKey.get("hu2021lora").title(),
        "the first item with the key stays");
    assertEquals(List.of(), byKey.get("sutskever2014sequence").authors());
    assertEquals("arxiv:1409.3215", byKey.get("sutskever2014sequence").ids().arxiv());
  }

  @Test
  void aJsonFileIsCslJsonWhenItIsAnArrayAndTheCatalogSchemaWhenAnObject(@TempDir Path dir)
      throws IOException {
    Path csl = dir.resolve("refs.json");
    Files.writeString(
        csl,
        "\uFEFF \n\t[{\"id\": \"vaswani2017attention\", \"title\": \"Attention Is All You Need\","
            + " \"URL\": \"https://arxiv.org/abs/1706.03762\"}]",
        StandardCharsets.UTF_8);
    CatalogLoad load = CatalogSource.of(csl).read();
    assertEquals("arxiv:1706.03762", load.entries().get(0).ids().arxiv());

    Path catalog = dir.resolve("team.json");
    Files.writeString(
        catalog,
        "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"vaswani2017attention\", \"title\": \"Attention Is All You"
            + " Need\"}]}",
        StandardCharsets.UTF_8);
    assertEquals(
        List.of(new Source("team.json", null, null, null, null)),
        CatalogSource.of(catalog).read().entries().get(0).sources(),
        "read by the catalog JSON reader, which gives no line");

    CatalogException e =
        assertThrows(
            CatalogException.class, () -> CatalogSource.parse("csl-json:" + catalog, dir).read());
    assertEquals(
        "team.json:1:1: not CSL-JSON: expected an array of items, [{\"id\": \"hu2021lora\","
            + " \"title\": \"…\", …}, …], found an object",
        e.getMessage());
  }

  @Test
  void aSyntaxErrorFailsTheFileWithItsLineAndColumn() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                CslJsonCatalogReader.read("refs.json", "[\n  {\"id\": \"a\", \"title\": \"T\"\n"));
    assertEquals(
        "refs.json:3:1: not CSL-JSON: Unexpected end-of-input: expected close marker for Object"
            + " (opened on line 2, column 3)",
        e.getMessage());
  }

  @Test
  void aFileWithNoReadableItemFailsWithItsProblems() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () -> CslJsonCatalogReader.read("refs.json", "[{\"id\": \"a\"}]"));
    assertEquals(
        "refs.json: no entry could be read: refs.json:1:2: item 1 ('a') has no title; it is"
            + " skipped",
        e.getMessage());
  }

  @Test
  void aFieldGivenTwiceIsAWarningAndTheFirstIsUsed() {
    CatalogLoad load =
        CslJsonCatalogReader.read(
            "refs.json", "[{\"id\": \"a\", \"title\": \"First\", \"title\": \"Second\"}]");
    assertEquals("First", load.entries().get(0).title());
    assertEquals(
        List.of(
            "refs.json:1:32: \"title\" is given twice in one object; the first one (line 1) is"
                + " used, remove the other"),
        load.problems());
  }
}
