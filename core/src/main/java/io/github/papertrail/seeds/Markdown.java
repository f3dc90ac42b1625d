package io.github.papertrail.seeds;

import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The commonmark-java set-up the Markdown seed parsers share: source spans on, text extraction,
 * lines.
 */
final class Markdown {

  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private Markdown() {}

  /**
   * Parses a Markdown document whose front matter (between two {@code fence} lines at the top) is
   * blanked out first, so that it is not read as Markdown and every line keeps its number.
   */
  static Node parseWithFrontMatter(String document, String fence) {
    if (!hasFrontMatter(document, fence)) {
      return parse(document);
    }
    String[] lines = document.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals(fence)) {
        for (int j = 0; j <= i; j++) {
          lines[j] = "";
        }
        break;
      }
    }
    return PARSER.parse(String.join("\n", lines));
  }

  /** Whether the document's first line is the {@code fence} that opens front matter. */
  static boolean hasFrontMatter(String document, String fence) {
    int end = document.indexOf('\n');
    return (end < 0 ? document : document.substring(0, end)).strip().equals(fence);
  }

  /** The document as every Markdown reader here parses it: source spans on, no extensions. */
  static Node parse(String document) {
    return PARSER.parse(document);
  }

  /**
   * The plain text of a node: markup dropped, entities decoded (by commonmark), line breaks as
   * spaces.
   */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    appendText(node, out);
    return out.toString();
  }

  private static void appendText(Node node, StringBuilder out) {
    if (node instanceof Text text) {
      out.append(text.getLiteral());
    } else if (node instanceof Code code) {
      out.append(code.getLiteral());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append(' ');
    } else if (node instanceof HtmlInline) {
      // inline HTML such as <span style=...> carries no words of its own
    } else {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        appendText(child, out);
      }
    }
  }

  /** The 1-based line a node starts on. */
  static int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      throw new IllegalStateException("commonmark gave no source span for " + node);
    }
    return spans.get(0).getLineIndex() + 1;
  }
}
