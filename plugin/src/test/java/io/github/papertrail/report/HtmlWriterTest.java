package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  private static final String HOSTILE = "\"><img src=x onerror=alert('1')>&amp;</p>";

  @Test
  void aHostileValueInTextIsEscaped() {
    assertEquals(
        "<p>&quot;&gt;&lt;img src=x onerror=alert('1')&gt;&amp;amp;&lt;/p&gt;</p>",
        new HtmlWriter().element("p", HOSTILE).html());
  }

  @Test
  void aHostileValueInAnAttributeIsEscapedAndStaysInsideItsQuotes() {
    assertEquals(
        "<a href=\"&quot;&gt;&lt;img src=x onerror=alert('1')&gt;&amp;amp;&lt;/p&gt;\" title=\"\">x</a>",
        new HtmlWriter().element("a", "x", "href", HOSTILE, "title", null).html());
    assertEquals(
        "<meta content=\"&quot; onload=&quot;alert(1)\">",
        new HtmlWriter().empty("meta", "content", "\" onload=\"alert(1)").html());
  }

  @Test
  void textNamesCharactersAsHtml4DoesPunctuationOnlyEscapesMarkup() {
    assertEquals("B&middot;A &lt;b&gt;", new HtmlWriter().text("B·A <b>").html());
    assertEquals(" · “&lt;b&gt;&amp;&quot;”", new HtmlWriter().punctuation(" · “<b>&\"”").html());
    assertEquals("<p></p>", new HtmlWriter().open("p").text(null).close("p").html());
  }

  /**
   * The ASCII fast path writes exactly what escapeHtml4 writes, for every ASCII character and mixed
   * text.
   */
  @Test
  void textIsExactlyEscapeHtml4() {
    StringBuilder ascii = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      ascii.append(c);
    }
    for (String value :
        List.of(
            ascii.toString(),
            "Attention & <Transformers> \"2017\"",
            "Kingma & Ba — “Adam” α=0.9 é",
            "")) {
      assertEquals(
          StringEscapeUtils.escapeHtml4(value), new HtmlWriter().text(value).html(), value);
    }
  }

  @Test
  void namesMustBePlainNames() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p onclick=alert(1)"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HtmlWriter().open("p", "onclick=\"alert(1)\" x", "y"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("P"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HtmlWriter().open("p", "class"),
        "a name without its value");
  }

  @Test
  void elementsCloseInOrderAndVoidOnesNever() {
    IllegalStateException crossed =
        assertThrows(
            IllegalStateException.class, () -> new HtmlWriter().open("p").open("code").close("p"));
    assertEquals("</p> closes nothing: the innermost open element is <code>", crossed.getMessage());
    assertThrows(IllegalStateException.class, () -> new HtmlWriter().close("p"));
    assertThrows(
        IllegalStateException.class,
        () -> new HtmlWriter().open("p").html(),
        "an unclosed element");
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("meta"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().empty("p"));
  }

  @Test
  void theStylesheetAndScriptAreRawButCannotEndTheirElement() {
    assertEquals(
        "<style>a[href^=\"http\"]::after{content:\" <\"}</style><script>if (a < b && c > d) {}</script>",
        new HtmlWriter()
            .style("a[href^=\"http\"]::after{content:\" <\"}")
            .script("if (a < b && c > d) {}")
            .html());
    assertThrows(
        IllegalArgumentException.class,
        () -> new HtmlWriter().script("x</SCRIPT><script>alert(1)"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().script("<!--<script>"));
    assertThrows(
        IllegalArgumentException.class, () -> new HtmlWriter().style("}</style ><img src=x>"));
  }
}
