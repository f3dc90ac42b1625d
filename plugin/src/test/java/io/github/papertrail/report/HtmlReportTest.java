package io.github.papertrail.report;

import static io.github.papertrail.report.ReportFixtures.GALORE;
import static io.github.papertrail.report.ReportFixtures.LORA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private final String html =
      new HtmlReport().render(ReportFixtures.demo(), ReportFixtures.links());

  @Test
  void isOneSelfContainedHtml5Page() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertTrue(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    assertTrue(html.contains("<title>Paper references: demo</title>"));
    assertTrue(html.contains("<h1>Paper references: demo</h1>"));
    assertTrue(html.contains("@media (max-width:700px)"), "single column on phones");
    assertTrue(
        html.contains("@media print{\n  #filterbox{display:none}"), "print hides the filter box");
    assertTrue(
        html.contains("a[href^=\"http\"]::after{content:\" <\" attr(href) \">\""),
        "print writes link URLs");
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void requestsNothingFromAnywhere() {
    String lower = html.toLowerCase(Locale.ROOT);
    for (String fetching :
        new String[] {"<link", "@import", "url(", "<img", "<iframe", "<object", "@font-face"}) {
      assertFalse(lower.contains(fetching), fetching);
    }
    // Attribute values are double-quoted and escaped, so with them emptied only attribute names
    // remain.
    String names = lower.replaceAll("\"[^\"]*\"", "\"\"");
    assertFalse(
        Pattern.compile("<[a-z]+[^<>]*\\s(src|srcset|poster|background)=").matcher(names).find(),
        "no element loads a src");
    assertTrue(
        html.contains("content=\"default-src 'none'; style-src 'sha256-"),
        "CSP forbids every request");
  }

  @Test
  void summarisesTheReferences() {
    assertTrue(html.contains("<li><strong>5</strong> papers</li>"));
    assertTrue(html.contains("<li><strong>2</strong> unknown identifiers</li>"));
    assertTrue(html.contains("<li><strong>6</strong> classes</li>"));
    assertTrue(html.contains("<li><strong>9</strong> citations</li>"));
    assertTrue(
        html.contains(
            "<span class=\"role role-implements\">IMPLEMENTS</span> 4 <span class=\"role role-adapts\">ADAPTS</span> 1"));
    assertTrue(html.contains("<span class=\"role role-mentions\">MENTIONS</span> 2</li>"));
    assertTrue(html.contains("<li>modules: core, train</li>"));
  }

  @Test
  void showsEachPaperWithItsLinksAndCitingCode() {
    assertTrue(
        html.contains(
            "<section class=\"paper\" id=\"paper-hu2021lora\" data-search=\"hu2021lora lora: low-rank "
                + "adaptation of large language models hu arxiv:2106.09685 iclr core com.acme.ml.lora com.acme.ml.lora#merge(int) "
                + "com.acme.ml.lora#rank\">"));
    assertTrue(html.contains("<h3>" + LORA + "</h3>"));
    assertTrue(
        html.contains(
            "<span class=\"authors\">Hu et al.</span> · <span class=\"year\">2021</span> · <span class=\"venue\">ICLR</span>"));
    assertTrue(
        html.contains("<a href=\"https://arxiv.org/abs/2106.09685\" rel=\"noopener\">arXiv</a>"));
    assertTrue(html.contains("<h3>" + GALORE + "</h3>"));
    assertTrue(html.contains("<span class=\"authors\">6 authors</span>"));
    assertTrue(html.contains("<span class=\"tag\">GaLore</span>"));
    assertTrue(
        html.contains(
            "<a href=\"https://aclanthology.org/2021.acl-long.353/\" rel=\"noopener\">ACL Anthology</a>"));
    assertTrue(
        html.contains("<a href=\"https://oatllm.notion.site/oat-zero\" rel=\"noopener\">Web</a>"));
    assertTrue(html.contains("<span class=\"badge kind\">notes</span>"));
    assertTrue(
        html.contains(
            "<tr><td data-label=\"Module\">core</td><td data-label=\"Element\"><code>com.acme.ml.Lora#merge(int)</code></td>"
                + "<td data-label=\"Role\"><span class=\"role role-uses\">USES</span></td><td data-label=\"Section\">4.1</td>"
                + "<td data-label=\"Note\">merges B&middot;A into W for inference</td>"
                + "<td data-label=\"Source\"><a href=\"../../core/src/main/java/com/acme/ml/Lora.java#L40\">Lora.java:40</a></td></tr>"));
    assertTrue(
        html.contains(
            "<a href=\"https://github.com/acme/ml/blob/main/train/src/main/java/com/acme/train/PrefixTuner.java#L5\" "
                + "rel=\"noopener\">PrefixTuner.java:5</a>"));
    // Known papers in key order, then the unknown identifiers.
    assertTrue(
        html.indexOf("id=\"paper-directpreference2023\"") < html.indexOf("id=\"paper-galore2024\"")
            && html.indexOf("id=\"paper-galore2024\"") < html.indexOf("id=\"paper-hu2021lora\"")
            && html.indexOf("id=\"paper-liuthere\"")
                < html.indexOf("id=\"unknown-arxiv-1706.03762\""));
  }

  @Test
  void flagsUnknownIdentifiers() {
    assertTrue(html.contains("<section class=\"paper unknown\" id=\"unknown-arxiv-1706.03762\""));
    assertTrue(
        html.contains(
            "<h3><code><a href=\"https://arxiv.org/abs/1706.03762\" rel=\"noopener\">arxiv:1706.03762</a></code> "
                + "<span class=\"badge unknown\">not in any catalog</span></h3>"));
    assertTrue(html.contains("cited with the title “Attention Is All You Need”"));
    assertTrue(
        html.contains("<td data-label=\"Element\"><code>com.acme.train.Attention</code></td>"));
  }

  @Test
  void listsWhatEachClassCites() {
    int classes = html.indexOf("<h2 id=\"classes\">Classes</h2>");
    String section = html.substring(classes);
    assertTrue(section.contains("<th>Module</th><th>Class</th><th>Cites</th>"));
    assertTrue(
        section.contains(
            "<td data-label=\"Class\"><code>com.acme.ml.Lora</code></td><td data-label=\"Cites\"><ul class=\"cites\">"
                + "<li><a href=\"#paper-hu2021lora\">"
                + LORA
                + "</a> <span class=\"role role-implements\">IMPLEMENTS</span></li>"
                + "<li><a href=\"#paper-galore2024\">"
                + GALORE
                + "</a> <span class=\"role role-adapts\">ADAPTS</span></li>"
                + "<li><a href=\"#paper-hu2021lora\">"
                + LORA
                + "</a> <code>#merge(int)</code> <span class=\"role role-uses\">USES</span></li>"));
    assertTrue(
        section.contains(
            "<li><a href=\"#unknown-arxiv-1706.03762\">1706.03762</a> <span class=\"role role-implements\">"
                + "IMPLEMENTS</span> <span class=\"badge unknown\">not in any catalog</span></li>"));
    assertTrue(
        section.indexOf("com.acme.ml.Dpo") < section.indexOf("com.acme.ml.Lora")
            && section.indexOf("com.acme.ml.Lora") < section.indexOf("com.acme.train.Attention"));
  }

  @Test
  void escapesEveryValue() {
    assertEquals(1, count(html, "<script"), "only the filter script");
    assertTrue(html.contains("<td data-label=\"Note\">&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
    assertFalse(html.contains("<img"));
    assertTrue(
        html.contains("cited with the title “&quot;&gt;&lt;img src=x onerror=alert(1)&gt;”"));
    assertTrue(
        html.contains(
            "data-search=\"javascript:alert(1) &quot;&gt;&lt;img src=x onerror=alert(1)&gt; train"));
  }

  @Test
  void linksOnlyToWebPagesAndRelativePaths() {
    assertFalse(html.toLowerCase(Locale.ROOT).contains("href=\"javascript"));
    assertTrue(
        html.contains("<td data-label=\"Source\">Evil.java:3</td>"),
        "the javascript: source link stays text");
    assertTrue(html.contains("<h3><code>javascript:alert(1)</code>"), "a malformed id stays text");
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      String url = href.group(1);
      assertTrue(
          url.startsWith("https://") || url.startsWith("#") || url.startsWith("../../core/"), url);
      links++;
    }
    assertEquals(24, links, "7 paper pages, 8 source lines, 9 paper anchors");
    Matcher external = Pattern.compile("<a href=\"https?://[^\"]*\"([^>]*)>").matcher(html);
    while (external.find()) {
      assertEquals(" rel=\"noopener\"", external.group(1));
    }
  }

  @Test
  void hostileCatalogValuesAreEscapedToo() {
    String page = new HtmlReport().render(ReportFixtures.hostile(), SourceLinks.none());
    assertTrue(page.contains("<title>&lt;title&gt;&amp;</title>"));
    assertTrue(
        page.contains(
            "<h3>&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot; 100% $x^2$ a_b ~c #d {e} \\f</h3>"));
    assertTrue(page.contains("<span class=\"authors\">O'Brien, &lt;i&gt;Eve&lt;/i&gt;</span>"));
    assertTrue(page.contains("<span class=\"tag\">x&quot;y</span>"));
    assertFalse(page.contains("<b>") || page.contains("<i>"));
    assertFalse(page.contains("href=\"javascript"), "the catalog's javascript: address is no link");
    assertTrue(page.contains("<a href=\"https://example.org/a_b%20c\" rel=\"noopener\">Web</a>"));
  }

  @Test
  void oneModuleHasNoModuleColumn() {
    String page = new HtmlReport().render(ReportFixtures.core(), ReportFixtures.links());
    assertFalse(page.contains("<th>Module</th>"));
    assertFalse(page.contains("modules:"));
    assertFalse(page.contains("Unknown identifiers"));
    assertTrue(page.contains("<li><strong>3</strong> papers</li>"));
    assertTrue(html.contains("<th>Module</th>"));
  }

  @Test
  void isDeterministic() {
    assertEquals(html, new HtmlReport().render(ReportFixtures.demo(), ReportFixtures.links()));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
