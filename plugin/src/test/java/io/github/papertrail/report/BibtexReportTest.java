package io.github.papertrail.report;

import static io.github.papertrail.report.ReportFixtures.LORA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BibtexReportTest {

  private final String bibtex =
      new BibtexReport().render(ReportFixtures.demo(), ReportFixtures.links());

  @Test
  void writesOneEntryPerKnownPaperSortedByKey() {
    List<String> keys = new ArrayList<>();
    Matcher entry = Pattern.compile("(?m)^@(\\w+)\\{([^,]+),$").matcher(bibtex);
    while (entry.find()) {
      keys.add(entry.group(1) + " " + entry.group(2));
    }
    assertEquals(
        List.of(
            "misc directpreference2023",
            "misc galore2024",
            "inproceedings hu2021lora",
            "inproceedings li2021prefix",
            "misc liuthere"),
        keys);
  }

  @Test
  void writesTheFieldsInOrder() {
    assertTrue(
        bibtex.contains(
            "\n@inproceedings{hu2021lora,\n"
                + "  author = {Hu and others},\n"
                + "  title = {{"
                + LORA
                + "}},\n"
                + "  booktitle = {ICLR},\n"
                + "  year = {2021},\n"
                + "  eprint = {2106.09685},\n"
                + "  archivePrefix = {arXiv},\n"
                + "  url = {https://arxiv.org/abs/2106.09685},\n"
                + "  note = {papertrail: cited by 3 elements}\n"
                + "}\n"));
    assertTrue(
        bibtex.contains(
            "\n@misc{galore2024,\n  title = {{GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection}},\n"
                + "  year = {2024},\n"),
        "no author field when the catalog only counts them");
    assertTrue(bibtex.contains("\n@inproceedings{li2021prefix,\n  author = {Li and Liang},\n"));
    assertTrue(
        bibtex.contains(
            "\n@misc{liuthere,\n  author = {Liu and others},\n"
                + "  title = {{There May Not be Aha Moment in R1-Zero-like Training — A Pilot Study}},\n"
                + "  url = {https://oatllm.notion.site/oat-zero},\n  note = {papertrail: cited by 1 element}\n}\n"));
    assertFalse(bibtex.contains("primaryClass"));
  }

  @Test
  void listsUnknownIdentifiersAsCommentsAtTheEnd() {
    assertTrue(
        bibtex.endsWith(
            "}\n\n% not in any catalog: arxiv:1706.03762 (cited by com.acme.train.Attention)\n"
                + "% not in any catalog: javascript:alert(1) (cited by com.acme.train.Evil)\n"));
  }

  @Test
  void escapesTexSpecials() {
    String hostile = new BibtexReport().render(ReportFixtures.hostile(), SourceLinks.none());
    assertTrue(hostile.contains("  author = {O'Brien and <i>Eve</i>},\n"));
    assertTrue(
        hostile.contains(
            "  title = {{<b>Bold</b> \\& \"quoted\" 100\\% \\$x\\textasciicircum{}2\\$ a\\_b "
                + "\\textasciitilde{}c \\#d \\{e\\} \\textbackslash{}f}},\n"));
    assertTrue(hostile.contains("  booktitle = {NeurIPS \\{2024\\} \\& co},\n"));
    assertTrue(
        hostile.contains("  url = {https://example.org/a_b%20c},\n"), "a URL stays verbatim");
    assertTrue(hostile.startsWith("% <title>& (papertrail)\n"));
  }

  @Test
  void aCommentCannotStartAnEntry() {
    // BibTeX reads any '@' outside an entry as the start of one, comment or not.
    References refs =
        ReferencesBuilder.build(
            "line\n@misc{x,",
            List.of(
                new Citation(
                    "m",
                    "com.acme.X",
                    "CLASS",
                    null,
                    null,
                    "foo\n@misc{evil,",
                    "USES",
                    null,
                    null,
                    null)),
            Catalogs.of(CatalogFiles.bundled(), "bundled"));
    String out = new BibtexReport().render(refs, SourceLinks.none());
    assertEquals(
        "% line (at)misc{x, (papertrail)\n\n% not in any catalog: foo (at)misc{evil, (cited by com.acme.X)\n",
        out);
  }

  @Test
  void isDeterministic() {
    assertEquals(bibtex, new BibtexReport().render(ReportFixtures.demo(), ReportFixtures.links()));
    assertTrue(bibtex.endsWith("\n"));
  }
}
