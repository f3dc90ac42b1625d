package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real-world-shaped .bib: Google Scholar and arXiv exports, @string, @comment, LaTeX accents, two
 * broken entries.
 */
class BibtexCatalogReaderTest {

  static final Path TEAM = Path.of("src/test/resources/catalogs/team.bib");

  static CatalogLoad load;
  static Map<String, CatalogEntry> byKey;

  @BeforeAll
  static void read() throws IOException {
    load = BibtexCatalogReader.read("team.bib", Files.readString(TEAM, StandardCharsets.UTF_8));
    byKey =
        load.entries().stream().collect(Collectors.toMap(CatalogEntry::key, Function.identity()));
  }

  @Test
  void everyWellFormedEntryLoadsInFileOrderAndTheMalformedOnesAreReportedWithTheirLines() {
    assertEquals(
        List.of(
            "hu2022lora",
            "vaswani2017attention",
            "dettmers2023qlora",
            "scholkopf1998kernel",
            "muller2019label",
            "akiba2019optuna",
            "acme2024harness"),
        load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(
            "team.bib:52: @article{broken2023 (line 50): found \"{\" at column 11 where \"=\" was expected; the entry is skipped",
            "team.bib:56: @misc{unclosed2024 has no closing brace before the next entry on line 60; it is skipped"),
        load.problems());
  }

  @Test
  void arxivMiscWithEprintArchivePrefixAndPrimaryClass() {
    CatalogEntry attention = byKey.get("vaswani2017attention");
    assertEquals("Attention Is All You Need", attention.title());
    assertEquals("arxiv:1706.03762", attention.ids().arxiv());
    assertEquals(
        List.of(), attention.ids().url(), "the arXiv abs URL is the same id, not a second one");
    assertEquals(List.of(), attention.otherIds());
    assertEquals("Łukasz Kaiser", attention.authors().get(6), "{\\L}ukasz");
    assertEquals(8, attention.authors().size());
    assertEquals(2017, attention.year());
    assertNull(attention.venue());
    assertEquals(Kind.PAPER, attention.kind());
    assertEquals(List.of(new Source("team.bib", 19, null, null, null)), attention.sources());
  }

  @Test
  void bracesInTitlesGoAndStringMacrosResolve() {
    CatalogEntry lora = byKey.get("hu2022lora");
    assertEquals("LoRA: Low-Rank Adaptation of Large Language Models", lora.title());
    assertEquals(
        "International Conference on Learning Representations", lora.venue(), "booktitle=iclr");
    assertEquals("arxiv:2106.09685", lora.ids().arxiv());
    assertEquals(
        "openreview:nZeVKeeFYf9", lora.ids().openreview(), "a paper-site URL gives that site's id");
    assertEquals("Edward J. Hu", lora.authors().get(0), "Last, First is turned round");
    assertEquals(
        "Advances in Neural Information Processing Systems",
        byKey.get("muller2019label").venue(),
        "@String, any case");
  }

  @Test
  void accentsAreDecoded() {
    assertEquals(
        List.of("Bernhard Schölkopf", "Alexander Smola", "Klaus-Robert Müller"),
        byKey.get("scholkopf1998kernel").authors());
    assertEquals("Rafael Müller", byKey.get("muller2019label").authors().get(0));
    CatalogEntry harness = byKey.get("acme2024harness");
    assertEquals(List.of("Zoë Martin", "François Dupont"), harness.authors());
    assertEquals(Boolean.TRUE, harness.moreAuthors(), "and others");
    assertEquals("The ACME Evaluation Harness: Notes on Évaluation – Draft", harness.title());
    assertEquals(2024, harness.year(), "year = 2024, a bare number");
  }

  @Test
  void articleWithJournalAndDoi() {
    CatalogEntry kernel = byKey.get("scholkopf1998kernel");
    assertEquals("Neural Computation", kernel.venue());
    assertEquals("doi:10.1162/089976698300017467", kernel.ids().doi());
    assertEquals(1998, kernel.year());
  }

  @Test
  void inproceedingsWithBooktitleDoiAndTheDoiAgainAsUrl() {
    CatalogEntry optuna = byKey.get("akiba2019optuna");
    assertEquals("doi:10.1145/3292500.3330701", optuna.ids().doi());
    assertEquals(List.of(), optuna.ids().url());
    assertEquals(List.of(), optuna.otherIds());
    assertEquals(
        "Proceedings of the 25th ACM SIGKDD International Conference on Knowledge Discovery & Data Mining",
        optuna.venue());
  }

  @Test
  void googleScholarPreprintGivesItsArxivIdFromTheJournal() {
    CatalogEntry qlora = byKey.get("dettmers2023qlora");
    assertEquals("arxiv:2305.14314", qlora.ids().arxiv());
    // the id is the entry's id; the report shows the venue without it
    assertEquals("arXiv preprint", qlora.venue());
  }

  @Test
  void onlyAGoogleScholarPreprintVenueLosesItsId() {
    assertEquals("arXiv preprint", IdCollector.venue("arXiv preprint arXiv:2106.09685"));
    assertEquals("arXiv preprint", IdCollector.venue("arXiv preprint hep-th/9901001"));
    assertEquals("arXiv preprint", IdCollector.venue("arXiv preprint"));
    assertEquals("arXiv e-prints", IdCollector.venue("arXiv e-prints"));
    assertEquals(
        "arXiv preprint arXiv:2106.09685, accepted at ICLR",
        IdCollector.venue("arXiv preprint arXiv:2106.09685, accepted at ICLR"));
    assertEquals("CoRR", IdCollector.venue("CoRR"));
  }

  @Test
  void anyOtherUrlIsAUrlId() {
    assertEquals(
        List.of(
            "https://proceedings.neurips.cc/paper/2019/hash/f1748d6b0fd9d439f71450117eba2725-Abstract.html"),
        byKey.get("muller2019label").ids().url());
    assertEquals(
        List.of(), byKey.get("acme2024harness").ids().all(), "no id at all: citable by its key");
  }

  static CatalogLoad read(String bib) {
    return BibtexCatalogReader.read("refs.bib", bib);
  }

  @Test
  void latexOddsAndEnds() {
    CatalogEntry entry =
        read("""
        @misc{k,
          title = {$\\mu$P and {\\em Tensor Programs}: Stra\\ss e, Ko\\c{c}, \\v{S}koda, Dvo\\v{r}\\'{a}k, na\\"{\\i}ve, 50\\% of ``all''},
          author = {{Barnes and Noble} and de la Cruz, Jr., Juan and O'Neil, Cathy}
        }
        """)
            .entries()
            .get(0);
    assertEquals(
        "μP and Tensor Programs: Straße, Koç, Škoda, Dvořák, naïve, 50% of “all”", entry.title());
    assertEquals(
        List.of("Barnes and Noble", "Juan de la Cruz Jr.", "Cathy O’Neil"), entry.authors());
  }

  @Test
  void anUndefinedStringIsReportedAndItsNameKept() {
    CatalogLoad load =
        read("@inproceedings{k, title = {T}, booktitle = neurips # { 2020}, year = 2020}\n");
    assertEquals("neurips 2020", load.entries().get(0).venue());
    assertEquals(
        List.of(
            "refs.bib:1: @string{neurips} is not defined (before this entry); its name is used as the text"),
        load.problems());
  }

  @Test
  void badIdsAreReportedAndTheEntryKept() {
    CatalogLoad load =
        read(
            """
        @misc{k,
          title = {T},
          eprint = {not-an-id},
          archivePrefix = {arXiv},
          doi = {DOI: 10.1000/xyz},
          url = {ftp://example.org/paper.pdf}
        }
        """);
    CatalogEntry entry = load.entries().get(0);
    assertEquals(
        "doi:10.1000/xyz",
        entry.ids().doi(),
        "a look-alike is taken in the form the grammar suggests");
    assertNull(entry.ids().arxiv());
    assertEquals(2, load.problems().size(), load.problems().toString());
    assertTrue(
        load.problems()
            .get(0)
            .startsWith(
                "refs.bib:1: eprint 'not-an-id' with archivePrefix arXiv is not an arXiv id"),
        load.problems().get(0));
    assertTrue(
        load.problems()
            .get(1)
            .startsWith("refs.bib:1: url 'ftp://example.org/paper.pdf' is left out: "),
        load.problems().get(1));
  }

  @Test
  void aBareArxivEprintCountsOtherArchivesDoNot() {
    assertEquals(
        "arxiv:hep-th/9901001",
        read("@misc{a, title = {A}, eprint = {hep-th/9901001}}").entries().get(0).ids().arxiv());
    CatalogLoad pubmed = read("@misc{a, title = {A}, eprint = {12345678}, eprinttype = {pubmed}}");
    assertEquals(List.of(), pubmed.entries().get(0).ids().all());
    assertEquals(List.of(), pubmed.problems());
  }

  @Test
  void secondIdOfASchemeIsKeptAsOtherId() {
    CatalogEntry entry =
        read("@misc{a, title = {A}, eprint = {2106.09685}, archivePrefix = {arXiv},"
                + " url = {https://arxiv.org/abs/2402.09353}}")
            .entries()
            .get(0);
    assertEquals("arxiv:2106.09685", entry.ids().arxiv());
    assertEquals(List.of("arxiv:2402.09353"), entry.otherIds());
  }

  @Test
  void entriesWithoutTitleOrWithATakenKeyAreReported() {
    CatalogLoad load =
        read(
            """
        @misc{a, title = {A}}
        @misc{b, year = 2020}
        @misc{a, title = {Another A}}
        """);
    assertEquals(List.of("a"), load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(
            "refs.bib:2: @misc{b has no title; it is skipped",
            "refs.bib:3: the key 'a' is already used by the entry on line 1; this entry is skipped"),
        load.problems());
  }

  @Test
  void aCrossrefDoesNotStopTheEntry() {
    CatalogLoad load =
        read(
            """
        @inproceedings{paper, title = {A Paper}, crossref = {conf2020}}
        @proceedings{conf2020, title = {Proceedings of the Conference}, year = 2020}
        """);
    assertEquals(
        List.of("paper", "conf2020"), load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(List.of(), load.problems());
  }

  @Test
  void parenthesesDelimitEntriesToo() {
    assertEquals(
        "Paren", read("@article(p, title = {Paren}, note = {(x)})").entries().get(0).title());
  }

  @Test
  void aFileWithoutAnyReadableEntryIsAnError() {
    assertEquals(
        "refs.bib: no BibTeX entry could be read; expected entries such as @article{key, title = {…}, …}",
        assertThrows(CatalogException.class, () -> read("% only a comment\n@comment{nothing}\n"))
            .getMessage());
    assertEquals(
        "refs.bib: no BibTeX entry could be read: refs.bib:1: @misc{x has no closing brace before the end of the file; it is skipped",
        assertThrows(CatalogException.class, () -> read("@misc{x, title = {T}\n")).getMessage());
  }

  @Test
  void aCrossrefToAKeyNotInTheFileIsALocatedWarningAndTheEntryLoads() {
    CatalogLoad load =
        read(
            """
        @inproceedings{child,
          title = {A Paper},
          crossref = {parent},
        }
        @inproceedings{other, title = {Another}, crossref = {broken}}
        @proceedings{broken, title = {Proc.} year = 2020}
        """);
    assertEquals(
        List.of("child", "other"), load.entries().stream().map(CatalogEntry::key).toList());
    assertNull(load.entries().get(0).venue());
    assertEquals(
        List.of(
            "refs.bib:1: @inproceedings{child: crossref 'parent' is not in this file; its own"
                + " fields are used",
            "refs.bib:5: @inproceedings{other: crossref 'broken' is the entry on line 6, which"
                + " could not be read; its own fields are used",
            "refs.bib:6: @proceedings{broken (line 6): found \"year\" at column 38 where \",\" or"
                + " \"#\" or \"}\" was expected; the entry is skipped"),
        load.problems());
  }

  @Test
  void crossrefChainsInheritTheChildsOwnFieldsWinAndCyclesAreReported() {
    CatalogLoad load =
        read(
            """
        @inproceedings{paper, title = {P}, crossref = {vol}, year = 2019}
        @proceedings{vol, booktitle = {Workshop Proceedings}, crossref = {series}}
        @mvproceedings{series, title = {Series}, date = {2020-05}, publisher = {ACME}}
        @misc{a, title = {A}, crossref = {b}}
        @misc{b, title = {B}, crossref = {a}}
        """);
    CatalogEntry paper = load.entries().get(0);
    assertEquals("Workshop Proceedings", paper.venue(), "the parent's booktitle");
    assertEquals(2019, paper.year(), "its own year wins");
    assertEquals("2020-05", paper.date(), "from the grandparent");
    assertEquals(
        List.of("paper", "series", "a", "b"),
        load.entries().stream().map(CatalogEntry::key).toList(),
        "a parent without a title is not an entry of its own, and no problem");
    assertEquals(
        List.of(
            "refs.bib:4: @misc{a: crossref 'b' leads back to this entry; its own fields are used",
            "refs.bib:5: @misc{b: crossref 'a' leads back to this entry; its own fields are used"),
        load.problems());
  }

  @Test
  void monthMacrosAndStringsFromEarlierBlocksJoinedWithHash() {
    CatalogLoad load =
        read(
            """
        @string{icml = "International Conference on Machine Learning"}
        @STRING(pmlr = {PMLR})
        @inproceedings{k, title = {T}, booktitle = "Proc. " # icml # { (} # pmlr # ")", month = jun,
          year = 2021}
        """);
    assertEquals(
        "Proc. International Conference on Machine Learning (PMLR)", load.entries().get(0).venue());
    assertEquals(List.of(), load.problems());
  }

  /** {@code n} entries, one per 3 lines, entry i on line 3i+2 after a @string on line 1. */
  static String many(int n, int broken) {
    StringBuilder bib = new StringBuilder("@string{venue = {Big Venue}}\n");
    for (int i = 0; i < n; i++) {
      bib.append(
          i == broken
              ? "@misc{e" + i + ", title = {Broken} year = 2020}\n"
              : "@misc{e"
                  + i
                  + ", title = {Entry "
                  + i
                  + "}, booktitle = venue # { "
                  + i
                  + "},\n"
                  + "  year = 2020}\n");
      bib.append(i == broken ? "\n\n" : "\n");
    }
    return bib.toString();
  }

  @Test
  void inALargeFileOneBrokenEntryIsReportedOnItsLineAndTheOthersLoad() {
    int n = 1_000;
    for (int broken : new int[] {0, 255, 256, 700, n - 1}) {
      CatalogLoad load = read(many(n, broken));
      assertEquals(n - 1, load.entries().size(), "broken at " + broken);
      assertEquals(
          List.of(
              "refs.bib:"
                  + (3 * broken + 2)
                  + ": @misc{e"
                  + broken
                  + " (line "
                  + (3 * broken + 2)
                  + "): found \"year\" at column "
                  + (("@misc{e" + broken + ", title = {Broken} ").length() + 1)
                  + " where \",\" or \"#\" or \"}\" was expected; the entry is skipped"),
          load.problems());
      for (CatalogEntry entry : load.entries()) {
        int i = Integer.parseInt(entry.key().substring(1));
        assertEquals("Big Venue " + i, entry.venue(), "a @string from the first block");
        assertEquals(3 * i + 2, entry.sources().get(0).line(), entry.key());
      }
    }
  }

  @Test
  void valuesWithEscapedBracesQuotesCommentsAndNewlinesReadTheSameInALargeFileAsAlone() {
    String[] values = {
      "{a \\{ b\\} c}",
      "{Schr{\\\"o}dinger's {\\em cat}}",
      "\"quoted {with \"quote\" inside} text\"",
      "{two\n     lines,\n\tindented}",
      "{100\\% of {it}}",
      "\"a\" # { b } # \"c\"",
      "{x@y.org and {\\'e}}",
    };
    StringBuilder bib = new StringBuilder();
    List<String> alone = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String value = values[i % values.length];
      String entry = "@misc{k" + i + ",\n  title = " + value + ", % a comment\n  note = {n}\n}\n";
      bib.append(entry);
      alone.add(read(entry).entries().get(0).title());
    }
    CatalogLoad load = read(bib.toString());
    assertEquals(List.of(), load.problems());
    assertEquals(alone, load.entries().stream().map(CatalogEntry::title).toList());
    assertEquals("a { b} c", alone.get(0));
    assertEquals("two lines, indented", alone.get(3));
  }

  @Test
  void parenthesesEntriesAndStringsWithQuotesBracesAndHash() {
    CatalogLoad load =
        read(
            """
        @string(venue = "Proc. {ACL}")
        @inproceedings(p, title = "A (Short) Paper)", booktitle = venue # " (Findings)",
          year = 2021)
        """);
    assertEquals("A (Short) Paper)", load.entries().get(0).title(), "a ) in quotes");
    assertEquals("Proc. ACL (Findings)", load.entries().get(0).venue());
    assertEquals(List.of(), load.problems());
  }

  @Test
  void aStringIsUsableOnlyAfterItsDefinition() {
    CatalogLoad load =
        read(
            """
        @misc{a, title = {A}, booktitle = conf}
        @string{conf = {The Conference}}
        @misc{b, title = {B}, booktitle = CONF # { 2020}}
        """);
    assertEquals(
        List.of("conf", "The Conference 2020"),
        load.entries().stream().map(CatalogEntry::venue).toList());
    assertEquals(
        List.of(
            "refs.bib:1: @string{conf} is not defined (before this entry); its name is used as the"
                + " text"),
        load.problems());
  }

  @Test
  void quotedValuesKeepQuotesInsideBraces() {
    assertEquals(
        "Say “Hi” and \"bye\" now",
        read("@misc{k, title = \"Say ``Hi'' and {\"bye\"} now\"}").entries().get(0).title());
  }

  @Test
  void aCommentBlockHidesTheEntriesInsideIt() {
    CatalogLoad load =
        read(
            """
        @comment{ old entries, kept for the record:
        @article{old2019, title = {Old}}
        }
        @misc{new2024, title = {New}}
        """);
    assertEquals(List.of("new2024"), load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(List.of(), load.problems());
  }

  @Test
  void anUnclosedCommentIsAWarningAndTheEntriesAfterItLoad() {
    CatalogLoad load = read("@comment{ unfinished\n@misc{a, title = {A}}\n");
    assertEquals(List.of("a"), load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(
            "refs.bib:1: @comment has no closing brace before the end of the file; the entries"
                + " after it are read"),
        load.problems());
  }

  @Test
  void textBetweenEntriesAndPercentCommentsInsideThemAreIgnored() {
    CatalogLoad load =
        read(
            """
        Notes: mail me @ home; {unbalanced ( text } is fine here.
        % @misc{commented, title = {Out}}
        @misc{a, % a comment with a brace }
          title = {A}, % and @misc{b, title = {B}}
          year = 2020}
        trailing words, = and "quotes"
        """);
    assertEquals(List.of("a"), load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(2020, load.entries().get(0).year());
    assertEquals(List.of(), load.problems());
  }

  @Test
  void aValueOverSeveralLinesLosesTheIndentOfEachLine() {
    CatalogLoad load =
        read(
            "@misc{k,\n  title = {Over\n      several\n\tlines},\n"
                + "  keywords = {one,\n    two}\n}\n");
    assertEquals("Over several lines", load.entries().get(0).title());
    assertEquals(List.of("one", "two"), load.entries().get(0).tags());
  }

  @Test
  void aFieldGivenTwiceIsAWarningAndTheFirstValueIsUsedAsBibtexDoes() {
    CatalogLoad load = read("@misc{k,\n  title = {First},\n  Title = {Second}\n}\n");
    assertEquals("First", load.entries().get(0).title());
    assertEquals(
        List.of(
            "refs.bib:3: @misc{k: the field 'title' is given again; the first value is used, this"
                + " one is not (remove one)"),
        load.problems());
  }

  @Test
  void aBraceDoesNotCloseAValueWhenItIsEscapedButStillCounts() {
    CatalogLoad load =
        read("@misc{a, title = {Sets \\{x\\}}}\n@misc{b, title = {Half \\} open}}\n");
    assertEquals(List.of("a"), load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals("Sets {x}", load.entries().get(0).title());
    assertEquals(
        List.of(
            "refs.bib:2: @misc{b (line 2): found \"open\" at column 27 where \",\" or \"#\" or"
                + " \"}\" was expected; the entry is skipped"),
        load.problems());
  }

  @Test
  void aValueMissingItsClosingBraceIsReportedAtItsEntryAndTheNextLoads() {
    CatalogLoad load =
        read(
            """
        @misc{a,
          title = {Never closed,
          year = 2020
        }

        @misc{b, title = {B}}
        """);
    assertEquals(List.of("b"), load.entries().stream().map(CatalogEntry::key).toList());
    assertEquals(
        List.of(
            "refs.bib:1: @misc{a has no closing brace before the next entry on line 6; it is"
                + " skipped"),
        load.problems());
  }
}
