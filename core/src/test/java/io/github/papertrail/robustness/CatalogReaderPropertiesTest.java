package io.github.papertrail.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.format.BibtexCatalogReader;
import io.github.papertrail.catalog.format.MarkdownCatalogReader;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The user-catalog readers: any text gives entries and located problems, or one located error. */
class CatalogReaderPropertiesTest {

  @Provide
  Arbitrary<String> bibLike() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "@article{",
            "@misc(",
            "@string{x = \"y\"}",
            "@comment{",
            "key2024,",
            "title = ",
            "{",
            "}",
            "(",
            ")",
            "\"",
            ",",
            "=",
            "author = {A and B and others}",
            "year = 2024",
            "eprint = {2106.09685}",
            "archivePrefix = {arXiv}",
            "doi = {10.1000/x}",
            "{\\\"u}",
            "\\'{e}",
            "$x^2$",
            "%",
            "#",
            "~",
            "\n",
            " ",
            "x",
            "\\L",
            "@",
            "booktitle = x",
            "url = {javascript:alert(1)}",
            "@string(m = {M})",
            "m # \"q\"",
            "\n@comment{\n@article{",
            "% note }\n",
            "\\}",
            "title = title",
            "\r\n");
    return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
  }

  @Property(tries = 2000)
  void bibtexGivesEntriesAndLocatedProblemsOrALocatedError(@ForAll("bibLike") String bib) {
    long start = System.nanoTime();
    try {
      CatalogLoad load = BibtexCatalogReader.read("team.bib", bib);
      load.entries().forEach(entry -> assertFalse(entry.key().isBlank()));
      load.problems().forEach(problem -> assertTrue(problem.startsWith("team.bib"), problem));
    } catch (CatalogException e) {
      assertTrue(e.getMessage().startsWith("team.bib"), e.getMessage());
    }
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000, "slow BibTeX read");
  }

  @Provide
  Arbitrary<String> markdownLike() {
    Arbitrary<String> lines =
        Arbitraries.of(
            "# Papers",
            "- [A Paper](https://arxiv.org/abs/2106.09685), Jul. 10 2024.",
            "- [](https://arxiv.org/abs/2106.09685)",
            "- [x](javascript:alert(1))",
            "* [Title]( https://doi.org/10.1000/x )",
            "### [Tag] Heading",
            "> quote",
            "",
            "```",
            "- [Nested [brackets]](https://arxiv.org/abs/2309.12307), 2023.",
            "<https://arxiv.org/pdf/2403.03507>",
            "**Bold**. Author et al. ICLR'22\\");
    return lines.list().ofMaxSize(25).map(list -> String.join("\n", list));
  }

  @Property(tries = 2000)
  void markdownGivesEntriesOrALocatedError(@ForAll("markdownLike") String markdown) {
    try {
      CatalogLoad load = MarkdownCatalogReader.read("papers.md", markdown);
      load.entries().forEach(entry -> assertFalse(entry.title().isBlank()));
    } catch (CatalogException e) {
      assertTrue(e.getMessage().startsWith("papers.md"), e.getMessage());
    }
  }
}
