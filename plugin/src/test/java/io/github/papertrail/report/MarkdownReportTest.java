package io.github.papertrail.report;

import static io.github.papertrail.report.ReportFixtures.GALORE;
import static io.github.papertrail.report.ReportFixtures.LORA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private final String markdown =
      new MarkdownReport().render(ReportFixtures.demo(), ReportFixtures.links());

  @Test
  void hasTitleSummaryAndSections() {
    assertTrue(
        markdown.startsWith(
            "# Paper references: demo\n\n- **5** papers\n- **2** unknown identifiers\n"
                + "- **6** classes\n- **9** citations\n- roles: IMPLEMENTS 4, ADAPTS 1, USES 1, EVALUATES 1, MENTIONS 2\n"
                + "- modules: core, train\n\n## Papers\n"));
    assertTrue(
        markdown.indexOf("## Papers") < markdown.indexOf("## Unknown identifiers")
            && markdown.indexOf("## Unknown identifiers") < markdown.indexOf("## Classes"));
  }

  @Test
  void showsEachPaperWithItsLinksAndCitingCode() {
    assertTrue(
        markdown.contains(
            "\n### ["
                + LORA
                + "](https://arxiv.org/abs/2106.09685)\n\n"
                + "- Hu et al. · 2021 · ICLR · key hu2021lora · arxiv:2106.09685\n"
                + "- [arXiv](https://arxiv.org/abs/2106.09685)\n\n"
                + "| Module | Element | Role | Section | Note | Source |\n"
                + "| --- | --- | --- | --- | --- | --- |\n"
                + "| core | com.acme.ml.Lora | IMPLEMENTS |  |  | [Lora.java:12](../../core/src/main/java/com/acme/ml/Lora.java#L12) |\n"
                + "| core | com.acme.ml.Lora\\#merge\\(int\\) | USES | 4.1 | merges B·A into W for inference | "
                + "[Lora.java:40](../../core/src/main/java/com/acme/ml/Lora.java#L40) |\n"));
    assertTrue(
        markdown.contains(
            "\n### ["
                + GALORE
                + "](https://arxiv.org/abs/2403.03507)\n\n- 6 authors · 2024 · key galore2024"));
    assertTrue(
        markdown.contains(
            "- [arXiv](https://arxiv.org/abs/2101.00190) · [ACL Anthology](https://aclanthology.org/2021.acl-long.353/)\n"));
    assertTrue(
        markdown.contains(
            "- Liu et al. · notes · key liuthere\n- [Web](https://oatllm.notion.site/oat-zero)\n"));
    assertTrue(
        markdown.contains(
            "[PrefixTuner.java:5](https://github.com/acme/ml/blob/main/train/src/main/java/com/acme/train/PrefixTuner.java#L5)"));
  }

  @Test
  void listsUnknownIdentifiersAndClasses() {
    assertTrue(
        markdown.contains(
            "\n### [arxiv:1706.03762](https://arxiv.org/abs/1706.03762) (not in any catalog)\n\n"
                + "- cited with the title “Attention Is All You Need”\n"));
    assertTrue(
        markdown.contains(
            "\n## Classes\n\n| Module | Class | Paper | Member | Role |\n| --- | --- | --- | --- | --- |\n"
                + "| core | com.acme.ml.Dpo | Direct Preference Optimization: Your LM is Secretly a Reward Model |  | IMPLEMENTS |\n"
                + "| core | com.acme.ml.Lora | "
                + LORA
                + " |  | IMPLEMENTS |\n"
                + "| core | com.acme.ml.Lora | "
                + GALORE
                + " |  | ADAPTS |\n"));
    assertTrue(
        markdown.contains(
            "| train | com.acme.train.Attention | 1706.03762 \\(not in any catalog\\) |  | IMPLEMENTS |\n"));
  }

  @Test
  void escapesMarkdownAndHtml() {
    assertFalse(
        Pattern.compile("(?<!\\\\)[<>]").matcher(markdown).find(), "every < and > is escaped");
    assertTrue(markdown.contains("| 7.2 | \\<script\\>alert\\(1\\)\\</script\\> |"));
    assertTrue(
        markdown.contains("cited with the title “\"\\>\\<img src=x onerror=alert\\(1\\)\\>”"));
    // A CommonMark parser sees no HTML and no link but ours.
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    String html = renderer.render(Parser.builder().build().parse(markdown));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.contains("<script") || html.contains("<img"), html);
    assertEquals(List.of(), htmlNodes(markdown));
  }

  @Test
  void linksOnlyToWebPagesAndRelativePaths() {
    assertFalse(markdown.contains("](javascript"));
    assertTrue(
        markdown.contains("| train | com.acme.train.Evil | MENTIONS |  |  | Evil.java:3 |\n"));
    assertTrue(markdown.contains("\n### javascript:alert\\(1\\) (not in any catalog)\n"));
    List<String> links = links(markdown);
    assertEquals(20, links.size(), "6 headings, 6 paper pages, 8 source lines: " + links);
    links.forEach(
        url -> assertTrue(url.startsWith("https://") || url.startsWith("../../core/"), url));
  }

  @Test
  void hostileCatalogValuesAreEscapedToo() {
    String page = new MarkdownReport().render(ReportFixtures.hostile(), SourceLinks.none());
    assertTrue(page.startsWith("# \\<title\\>\\&\n"));
    assertTrue(
        page.contains(
            "### [\\<b\\>Bold\\</b\\> \\& \"quoted\" 100% \\$x^2\\$ a\\_b \\~c \\#d \\{e\\} \\\\f]"
                + "(https://example.org/a_b%20c)\n"));
    assertTrue(
        page.contains(
            "- O'Brien, \\<i\\>Eve\\</i\\> · 2024 · NeurIPS \\{2024\\} \\& co · key evil2024\n"));
    assertEquals(List.of(), htmlNodes(page));
    assertEquals(
        List.of("https://example.org/a_b%20c", "https://example.org/a_b%20c"), links(page));
  }

  @Test
  void oneModuleHasNoModuleColumn() {
    String page = new MarkdownReport().render(ReportFixtures.core(), ReportFixtures.links());
    assertTrue(
        page.contains(
            "\n| Element | Role | Section | Note | Source |\n| --- | --- | --- | --- | --- |\n"));
    assertTrue(page.contains("\n| Class | Paper | Member | Role |\n"));
    assertFalse(
        page.contains("Module")
            || page.contains("modules:")
            || page.contains("Unknown identifiers"));
  }

  @Test
  void isDeterministic() {
    assertEquals(
        markdown, new MarkdownReport().render(ReportFixtures.demo(), ReportFixtures.links()));
    assertTrue(markdown.endsWith(" |\n"));
  }

  private static List<String> htmlNodes(String markdown) {
    List<String> found = new ArrayList<>();
    Parser.builder()
        .build()
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(HtmlInline html) {
                found.add(html.getLiteral());
              }

              @Override
              public void visit(HtmlBlock html) {
                found.add(html.getLiteral());
              }
            });
    return found;
  }

  private static List<String> links(String markdown) {
    List<String> found = new ArrayList<>();
    Parser.builder()
        .build()
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                found.add(link.getDestination());
                visitChildren(link);
              }
            });
    return found;
  }
}
