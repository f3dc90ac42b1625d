package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * A reading list shaped like public awesome lists (badges, a table of contents, a table of papers,
 * numbered items with prose after the link, generic "[pdf]" links beside a bold title, slides and
 * blog posts) loads every paper and nothing else.
 */
class LenientMarkdownTest {

  static final Path FILE = Path.of("src/test/resources/catalogs/awesome-table.md");

  static Map<String, CatalogEntry> byArxivOrId(CatalogLoad load) {
    return load.entries().stream()
        .collect(
            Collectors.toMap(
                e ->
                    e.ids().arxiv() != null
                        ? e.ids().arxiv()
                        : e.ids().openreview() != null ? e.ids().openreview() : e.ids().acl(),
                Function.identity()));
  }

  @Test
  void everyPaperOfAnAwesomeTableListLoadsWithItsTitleAndSection() throws IOException {
    CatalogLoad load =
        MarkdownCatalogReader.read(
            "awesome-table.md", Files.readString(FILE, StandardCharsets.UTF_8));
    Map<String, CatalogEntry> papers = byArxivOrId(load);
    assertEquals(
        List.of(
            "acl:2021.acl-long.353",
            "arxiv:1412.6980",
            "arxiv:2106.09685",
            "arxiv:2302.06675",
            "arxiv:2305.14314",
            "arxiv:2402.09353",
            "openreview:Bkg6RiCqY7"),
        papers.keySet().stream().sorted().toList());
    assertEquals(
        "Adam: A Method for Stochastic Optimization", papers.get("arxiv:1412.6980").title());
    assertEquals(
        "Decoupled Weight Decay Regularization", papers.get("openreview:Bkg6RiCqY7").title());
    assertEquals(
        "QLoRA: Efficient Finetuning of Quantized LLMs", papers.get("arxiv:2305.14314").title());
    assertEquals(
        "DoRA: Weight-Decomposed Low-Rank Adaptation", papers.get("arxiv:2402.09353").title());
    assertEquals(
        "LoRA: Low-Rank Adaptation of Large Language Models",
        papers.get("arxiv:2106.09685").title());
    assertEquals(List.of("Fine-tuning"), papers.get("arxiv:2106.09685").tags());
    assertEquals(List.of("Optimizers"), papers.get("arxiv:1412.6980").tags());
    assertEquals(15, papers.get("arxiv:1412.6980").sources().get(0).line());
    assertEquals(List.of(), load.problems());
  }

  /**
   * Personal lists write bare addresses ("- https://arxiv.org/abs/…", "Lion https://…", a table
   * column of addresses) and links whose text is an address: each is a paper, titled by the name
   * before it or the bold or quoted title on its line, never by the address itself; one with no
   * title anywhere is a warning saying how to give it one.
   */
  @Test
  void bareAddressesArePapersTitledByTheNameBesideThem() throws IOException {
    Path file = FILE.resolveSibling("bare-links.md");
    CatalogLoad load =
        MarkdownCatalogReader.read("bare-links.md", Files.readString(file, StandardCharsets.UTF_8));
    Map<String, CatalogEntry> papers = byArxivOrId(load);
    assertEquals(
        List.of(
            "arxiv:1706.03741",
            "arxiv:2203.02155",
            "arxiv:2302.06675",
            "arxiv:2305.14342",
            "arxiv:2305.16264",
            "arxiv:2305.18290",
            "openreview:Bkg6RiCqY7"),
        papers.keySet().stream().sorted().toList());
    assertEquals("Lion", papers.get("arxiv:2302.06675").title());
    assertEquals(List.of("Optimizers"), papers.get("arxiv:2302.06675").tags());
    assertEquals("Sophia", papers.get("arxiv:2305.14342").title());
    assertEquals("AdamW", papers.get("openreview:Bkg6RiCqY7").title());
    assertEquals(
        "Training language models to follow instructions with human feedback",
        papers.get("arxiv:2203.02155").title());
    assertEquals(
        "Scaling Data-Constrained Language Models", papers.get("arxiv:2305.16264").title());
    assertEquals(
        "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        papers.get("arxiv:2305.18290").title());
    assertEquals(20, papers.get("arxiv:1706.03741").sources().get(0).line());
    // no title anywhere: the address alone, prose around an address, an address as a link's text
    assertEquals(
        List.of(
            "bare-links.md:6: a link to 2001.08361 with no title in its text or beside it; it is"
                + " skipped (write the title as the link's text:"
                + " [Title](https://arxiv.org/abs/2001.08361))",
            "bare-links.md:12: a link to 1412.6980 with no title in its text or beside it; it is"
                + " skipped (write the title as the link's text:"
                + " [Title](https://arxiv.org/abs/1412.6980))",
            "bare-links.md:15: a link to 2203.15556 with no title in its text or beside it; it is"
                + " skipped (write the title as the link's text:"
                + " [Title](https://arxiv.org/abs/2203.15556))",
            "bare-links.md:27: a link to 1212.5701v1 with no title in its text or beside it; it is"
                + " skipped (write the title as the link's text:"
                + " [Title](https://arxiv.org/abs/1212.5701))"),
        load.problems());
  }

  @Test
  void proseAfterALinkNoLongerFailsTheLoad() {
    String list = "# Papers\n\n- [A Paper](https://arxiv.org/abs/2106.09685), sometime soon.\n";
    CatalogLoad load = MarkdownCatalogReader.read("papers.md", list);
    assertEquals(1, load.entries().size());
    assertEquals("A Paper", load.entries().get(0).title());
  }

  @Test
  void aPaperLinkWithNoTitleAnywhereIsAWarningWithItsLine() {
    String list =
        "# Papers\n\n- [LoRA: Low-Rank Adaptation](https://arxiv.org/abs/2106.09685)\n- [pdf](https://arxiv.org/pdf/2305.14314)\n";
    CatalogLoad load = MarkdownCatalogReader.read("papers.md", list);
    assertEquals(1, load.entries().size());
    assertEquals(
        List.of(
            "papers.md:4: a link to 2305.14314 with no title in its text or beside it; it is skipped (write the title as the link's text: [Title](https://arxiv.org/abs/2305.14314))"),
        load.problems());
  }

  @Test
  void anAclAnthologyLinkBesideATitleCellIsNoTitle() {
    String list =
        "| Paper | Link |\n|---|---|\n"
            + "| SpokenBench-Lite: A Small Benchmark | [ACL Anthology](https://aclanthology.org/2023.findings-acl.977/) |\n";
    CatalogLoad load = MarkdownCatalogReader.read("list.md", list);
    assertEquals(1, load.entries().size());
    assertEquals("SpokenBench-Lite: A Small Benchmark", load.entries().get(0).title());
    assertEquals("acl:2023.findings-acl.977", load.entries().get(0).ids().acl());
  }

  /** Nothing in the prose fails the read: at most "no papers found" when there are none. */
  @Property(tries = 300)
  void randomMarkdownNeverFailsTheRead(
      @ForAll @StringLength(max = 400) String noise, @ForAll boolean withPaper) {
    String markdown =
        noise
            + (withPaper ? "\n- [A paper title](https://arxiv.org/abs/2106.09685) " : "\n")
            + noise.replace('\n', '|');
    try {
      CatalogLoad load = MarkdownCatalogReader.read("random.md", markdown);
      assertTrue(!load.entries().isEmpty());
    } catch (CatalogException e) {
      assertTrue(
          e.getMessage().startsWith("random.md: no papers found")
              || e.getMessage().startsWith("random.md:"),
          e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> cells() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                " ", "   ", "    ", "\t", "\u00a0", "*", "**", "_", "`", "[", "]", "(", ")", "!",
                "<", ">", "&amp;", "&", "\\", "#", "-", "+", "1.", "2)", ":", "|", "~", "\u0000",
                "é", "\u2003", "\n"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4));
    return pieces.list().ofMaxSize(10).map(list -> String.join("", list));
  }

  /** A cell read without the parser where it holds no Markdown reads as the parser reads it. */
  @Property(tries = 3000)
  void aTableCellReadsAsCommonmarkReadsIt(@ForAll("cells") String cell) {
    assertEquals(LenientMarkdownReader.parsedCellText(cell), LenientMarkdownReader.cellText(cell));
  }

  /** Lines as the reader finds them: split at "\r\n", "\r" and "\n", as commonmark counts them. */
  @Property(tries = 1000)
  void linesAreFoundAsASplitFindsThem(@ForAll("cells") String a, @ForAll("cells") String b) {
    String text = a + "\r\n" + b + "\r" + a + "\n\n" + b;
    String[] split = text.split("\r\n|\r|\n", -1);
    int[] starts = LenientMarkdownReader.lineStarts(text);
    assertEquals(split.length, starts.length);
    for (int line = 1; line <= split.length; line++) {
      assertEquals(split[line - 1], LenientMarkdownReader.lineAt(text, starts, line));
    }
  }
}
