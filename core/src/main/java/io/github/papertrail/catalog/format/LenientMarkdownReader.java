package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.Kind;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import io.github.papertrail.seeds.SeedFormat;
import io.github.papertrail.seeds.SeedRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads any Markdown reading list leniently: every link to a paper (arXiv, DOI, OpenReview, ACL
 * Anthology) in a list, a table, a heading or prose is an entry, titled by its link text, or, where
 * that text says only "paper", "arXiv" or "PDF", by the bold, quoted or first-cell title on the
 * same line; the heading above is its section. Links to anchors, repositories, code, images and
 * badges are not papers. Nothing in the text can fail the read: a paper link with no title anywhere
 * beside it is a warning with its line.
 */
final class LenientMarkdownReader {

  /** Link texts that name the kind of link, not the paper. */
  private static final Pattern GENERIC =
      Pattern.compile(
          "(?i)\\W*(paper|pdf|arxiv|abs|abstract|link|doi|openreview|acl|anthology|acl ?anthology|html|"
              + "here|preprint|read|view|url|download|hf|hugging ?face|\\d{4}\\.\\d{4,5}(v\\d+)?)\\W*");

  private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{8,})[\"”]");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** An address written out in the text, up to white space or what closes it in Markdown. */
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"'|()\\[\\]]+");

  /** What separates a name from its link: "Lion - https://…", "Lion: https://…". */
  private static final String SEPARATORS = " \t-–—:|,;(";

  private LenientMarkdownReader() {}

  /**
   * The list's records, in the order their links appear; {@code warnings} gets one line each.
   *
   * @param document {@code content} as {@link SeedFormat#markdown} parses it
   */
  static List<SeedRecord> read(String name, String content, Node document, List<String> warnings) {
    int[] lineStarts = lineStarts(content);
    List<SeedRecord> records = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    document.accept(
        new AbstractVisitor() {
          private String section;
          private int insideLink;

          @Override
          public void visit(Heading heading) {
            String text = plain(heading).strip();
            boolean paperInside = hasPaperLink(heading);
            if (!paperInside) {
              section = text.isEmpty() ? section : text;
            }
            visitChildren(heading);
          }

          @Override
          public void visit(Link link) {
            Identifier id = paperId(link.getDestination());
            if (id == null || containsImage(link)) {
              // not a paper: a repository, an anchor, a badge… Its text is not read for bare links
              // either: "[https://arxiv.org/pdf/2303.08774.pdf](https://blog/…)" names no paper.
              insideLink++;
              visitChildren(link);
              insideLink--;
              return;
            }
            String text = singleSpaced(plain(link).strip());
            paper(id, line(link), isTitle(text) ? text : null);
          }

          /** A bare paper address in the text: "- https://arxiv.org/abs/2302.13971". */
          @Override
          public void visit(Text text) {
            String literal = text.getLiteral();
            if (insideLink > 0 || literal.indexOf("://") < 0) {
              return;
            }
            Matcher url = BARE_URL.matcher(literal);
            while (url.find()) {
              Identifier id = paperId(trimEnd(url.group()));
              if (id != null) {
                paper(id, line(text), proseTitle(literal, url.start(), url.end()));
              }
            }
          }

          private void paper(Identifier id, int line, String title) {
            if (!seen.add(id.normalForm())) {
              return;
            }
            if (title == null && line > 0 && line <= lineStarts.length) {
              title = titleBeside(lineAt(content, lineStarts, line));
            }
            if (title == null) {
              warnings.add(
                  name
                      + ":"
                      + line
                      + ": a link to "
                      + id.citeForm()
                      + " with no title in its text or beside it; it is skipped (write the title as"
                      + " the link's text: [Title]("
                      + id.url()
                      + "))");
              return;
            }
            records.add(
                new SeedRecord(
                    name,
                    line,
                    title,
                    Kind.PAPER,
                    List.of(id),
                    List.of(),
                    List.of(),
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    section == null ? List.of() : List.of(section),
                    section,
                    null));
          }
        });
    return records;
  }

  /**
   * Whether a link's text is the paper's title: not a word that names the kind of link ("PDF",
   * "arXiv"), and not an address or identifier ("https://arxiv.org/pdf/2303.08774.pdf").
   */
  private static boolean isTitle(String text) {
    return text.length() >= 4
        && !GENERIC.matcher(text).matches()
        && !text.contains("://")
        && !text.startsWith("www.")
        && paperId(text) == null;
  }

  /**
   * The name written before a bare address that ends its line of text ("Lion
   * https://arxiv.org/abs/2302.06675"), when it reads like a name: a capital letter or digit first,
   * and no address in it; else null. Prose around an address ("as in https://… by Zeiler") is not a
   * title.
   */
  static String proseTitle(String literal, int start, int end) {
    if (!literal.substring(end).strip().isEmpty()) {
      return null;
    }
    int stop = start;
    while (stop > 0 && SEPARATORS.indexOf(literal.charAt(stop - 1)) >= 0) {
      stop--;
    }
    String name = singleSpaced(literal.substring(0, stop).strip());
    return name.length() <= 200
            && !name.isEmpty()
            && (Character.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0)))
            && isTitle(name)
        ? name
        : null;
  }

  /** Without the sentence's punctuation after it: "https://arxiv.org/abs/2106.09685." */
  private static String trimEnd(String url) {
    int end = url.length();
    while (end > 0 && ".,;:!?*_~".indexOf(url.charAt(end - 1)) >= 0) {
      end--;
    }
    return url.substring(0, end);
  }

  /** The text with every run of white space one space (most link texts already are). */
  private static String singleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)
          && (c != ' ' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
        return SPACES.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  /**
   * Where each line of the text starts; a line ends at "\n", "\r" or "\r\n", as commonmark's do.
   */
  static int[] lineStarts(String content) {
    int[] starts = new int[16];
    int count = 1; // line 1 starts at 0
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Line {@code line} (from 1) of the text, without its line break. */
  static String lineAt(String content, int[] lineStarts, int line) {
    int start = lineStarts[line - 1];
    int end = start;
    while (end < content.length() && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
      end++;
    }
    return content.substring(start, end);
  }

  /** The paper identifier a link destination names, or null for any other link. */
  static Identifier paperId(String destination) {
    if (destination == null || destination.isBlank() || destination.startsWith("#")) {
      return null;
    }
    ParsedId parsed = Identifier.parse(destination.strip());
    Identifier id =
        parsed instanceof ParsedId.Malformed malformed ? malformed.suggestion() : parsed.id();
    if (id == null || id.scheme() == Scheme.URL || id.scheme() == Scheme.KEY) {
      return null;
    }
    return id;
  }

  /** A title beside a generic link on its line: bold, quoted, or a table row's first cell. */
  static String titleBeside(String line) {
    String bold = line.contains("**") || line.contains("__") ? boldText(line) : null;
    if (bold != null && bold.length() >= 4) {
      return bold;
    }
    Matcher quoted = QUOTED.matcher(line);
    if (quoted.find()) {
      return quoted.group(1).strip();
    }
    if (line.strip().startsWith("|")) {
      for (String cell : line.strip().substring(1).split("\\|")) {
        String text = cellText(cell);
        if (text.length() >= 4 && !GENERIC.matcher(text).matches() && !text.startsWith("http")) {
          return text;
        }
      }
    }
    return null;
  }

  /**
   * The first bold text on the line that is not a paper link, or null; a line without "**" or "__"
   * has none, and is not parsed.
   */
  private static String boldText(String line) {
    Node parsed =
        SeedFormat.markdown(line.strip().startsWith("|") ? line.replace('|', '\n') : line);
    String[] bold = {null};
    parsed.accept(
        new AbstractVisitor() {
          @Override
          public void visit(StrongEmphasis strong) {
            if (bold[0] == null && !hasPaperLink(strong)) {
              bold[0] = plain(strong).strip();
            }
          }
        });
    return bold[0];
  }

  /**
   * A table cell's text without markup, as {@link #parsedCellText} gives it; a cell of words and
   * punctuation that start no Markdown block or inline (a letter first, after at most three spaces;
   * no {@code \ ` * _ [ ] ! < &}, no control characters) is its own text and is not parsed.
   */
  static String cellText(String cell) {
    int start = 0;
    while (start < cell.length() && cell.charAt(start) == ' ') {
      start++;
    }
    if (start > 3 || start == cell.length() || !Character.isLetter(cell.charAt(start))) {
      return parsedCellText(cell);
    }
    for (int i = start; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c < 0x20 || c == 0x7f || "\\`*_[]!<&".indexOf(c) >= 0) {
        return parsedCellText(cell);
      }
    }
    return cell.replace('\u00a0', ' ').strip();
  }

  /** A table cell's text, parsed as Markdown: text and code spans, links as their text. */
  static String parsedCellText(String cell) {
    return plain(SeedFormat.markdown(cell)).strip();
  }

  private static boolean hasPaperLink(Node node) {
    boolean[] found = {false};
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            found[0] |= paperId(link.getDestination()) != null;
          }
        });
    return found[0];
  }

  private static boolean containsImage(Node node) {
    boolean[] found = {false};
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Image image) {
            found[0] = true;
          }
        });
    return found[0];
  }

  /** The node's text without markup: text and code spans, links as their text. */
  private static String plain(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.SoftLineBreak softLineBreak) {
            text.append(' ');
          }
        });
    return text.toString().replace('\u00a0', ' ');
  }

  private static int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }
}
