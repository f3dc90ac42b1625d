package io.github.papertrail.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Builds an HTML page in which no value can become markup: text and attribute values are always
 * escaped, attribute values always double-quoted, element and attribute names must be plain
 * lower-case names, and every element must be closed in order. The only unescaped output is the
 * doctype and the page's own stylesheet and script, which are checked not to end their element
 * early.
 */
final class HtmlWriter {

  // HTML5 void elements: written by empty(), never opened, since they have no end tag to match.
  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");

  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  HtmlWriter doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * A start tag, closed later by {@link #close}.
   *
   * @param attributes names and values in turn; a null value is written as an empty one
   */
  HtmlWriter open(String element, String... attributes) {
    if (VOID.contains(element)) {
      throw new IllegalArgumentException("<" + element + "> has no end tag; write it with empty()");
    }
    startTag(element, attributes);
    open.push(element);
    return this;
  }

  /** The end tag of the innermost open element, which must be {@code element}. */
  HtmlWriter close(String element) {
    if (!element.equals(open.peek())) {
      throw new IllegalStateException(
          "</"
              + element
              + "> closes nothing: the innermost open element is "
              + (open.isEmpty() ? "none" : "<" + open.peek() + ">"));
    }
    open.pop();
    out.append("</").append(element).append('>');
    return this;
  }

  /** A void element such as {@code <meta>} or {@code <input>}: a start tag alone. */
  HtmlWriter empty(String element, String... attributes) {
    if (!VOID.contains(element)) {
      throw new IllegalArgumentException(
          "<" + element + "> is not a void element; open() and close() it");
    }
    startTag(element, attributes);
    return this;
  }

  /** An element holding only text: {@code open}, {@link #text}, {@code close}. */
  HtmlWriter element(String element, String text, String... attributes) {
    return open(element, attributes).text(text).close(element);
  }

  /**
   * Text, with {@code & < > "} and every character HTML 4 names written as references ({@code
   * escapeHtml4}); null writes nothing.
   */
  HtmlWriter text(String text) {
    if (text != null) {
      escape(text);
    }
    return this;
  }

  /**
   * Exactly {@code escapeHtml4}, without its cost on the page's many plain ASCII values: in ASCII
   * it changes only {@code & < > "}, so those are written here, and any other text goes through it.
   */
  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        out.append(StringEscapeUtils.escapeHtml4(text));
        return;
      }
    }
    punctuation(text);
  }

  /**
   * The page's own separators and quotation marks ({@code " · "}, {@code "“"}): escaped like text
   * for markup, but other characters stay characters, as the page has always written them (a value
   * containing {@code ·} comes out as {@code &middot;} through {@link #text}).
   */
  HtmlWriter punctuation(String marks) {
    for (int i = 0; i < marks.length(); i++) {
      char c = marks.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return this;
  }

  HtmlWriter newline() {
    out.append('\n');
    return this;
  }

  /**
   * A {@code <style>} element with the page's own stylesheet, a constant: its text is raw, as CSS
   * must be.
   */
  HtmlWriter style(String css) {
    return rawTextElement("style", css);
  }

  /**
   * A {@code <script>} element with the page's own script, a constant: its text is raw, as
   * JavaScript must be.
   */
  HtmlWriter script(String javascript) {
    return rawTextElement("script", javascript);
  }

  /** The page; every element opened must have been closed. */
  String html() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }

  private void startTag(String element, String... attributes) {
    out.append('<').append(checkName(element));
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes of <" + element + "> must come as name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(checkName(attributes[i])).append("=\"");
      text(attributes[i + 1]);
      out.append('"');
    }
    out.append('>');
  }

  // Raw text elements end at the first "</name" whatever the case; in a script, "<!--" would
  // start an escaped state in which "</script>" no longer ends it. Neither can occur in the page's
  // own constants.
  private HtmlWriter rawTextElement(String element, String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    if (lower.contains("</" + element) || lower.contains("<!--")) {
      throw new IllegalArgumentException("the <" + element + "> text would end its element early");
    }
    out.append('<')
        .append(element)
        .append('>')
        .append(content)
        .append("</")
        .append(element)
        .append('>');
    return this;
  }

  /** {@code [a-z][a-z0-9-]*}, checked by hand: it runs for every tag and attribute of the page. */
  private static String checkName(String name) {
    boolean plain =
        name != null && !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
    for (int i = 1; plain && i < name.length(); i++) {
      char c = name.charAt(i);
      plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }
    if (!plain) {
      throw new IllegalArgumentException("not an element or attribute name: " + name);
    }
    return name;
  }
}
