package io.github.papertrail.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * A Hugo page (TOML front matter between {@code +++} lines) in which each paper is a heading with a
 * bracketed tag, then a line with its link, date and organisation, then the page author's summary:
 *
 * <pre>
 * ### [DPO] Direct Preference Optimization: Your LM is Secretly a Reward Model
 *
 * Arxiv: [https://arxiv.org/abs/2305.18290](https://arxiv.org/abs/2305.18290) _13 Dec 2023 **Stanford**_
 * </pre>
 */
public final class HugoPageParser implements SeedParser {

  private static final Pattern TAGGED_TITLE =
      Pattern.compile("\\[(?<tag>[^\\]]+)\\]\\s*(?<title>.+)");

  @Override
  public List<SeedRecord> parse(String file, String content) {
    Node document = Markdown.parseWithFrontMatter(content, "+++");
    List<SeedRecord> records = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        records.add(paper(file, heading));
      }
    }
    return records;
  }

  private static SeedRecord paper(String file, Heading heading) {
    int line = Markdown.line(heading);
    String text = Markdown.text(heading).strip();
    SeedRecord.Builder record = SeedRecord.at(file, line);
    Matcher m = TAGGED_TITLE.matcher(text);
    if (m.matches()) {
      record.tag(m.group("tag").strip()).title(m.group("title"));
    } else {
      record.title(text);
    }
    Node next = heading.getNext();
    if (!(next instanceof Paragraph linkLine) || !containsLink(linkLine)) {
      throw new SeedFormatException(
          file,
          line,
          "the heading '"
              + text
              + "' is not followed by a line with its link, e.g. \"Arxiv: [url](url) _18 Jan 2024 **Meta**_\"");
    }
    for (Node node = linkLine.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Link link) {
        // The page writes every link twice, as text and as target: one identifier.
        Links.addMain(record, link.getDestination());
      } else if (node instanceof Emphasis emphasis) {
        readDateAndOrganisation(record, emphasis, file, Markdown.line(emphasis));
      }
    }
    if (linkLine.getNext() instanceof Paragraph summary) {
      record.summary(Markdown.text(summary));
    }
    return record.build();
  }

  /** "_18 Jan 2024 **Meta**_": a date, then the organisation in bold. */
  private static void readDateAndOrganisation(
      SeedRecord.Builder record, Emphasis emphasis, String file, int line) {
    StringBuilder date = new StringBuilder();
    for (Node node = emphasis.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof StrongEmphasis organisation) {
        record.organisation(Markdown.text(organisation));
      } else {
        date.append(Markdown.text(node));
      }
    }
    SeedDate parsed = SeedDate.parse(date.toString());
    if (parsed == null) {
      throw new SeedFormatException(
          file,
          line,
          "cannot read the date '" + date.toString().strip() + "'; expected e.g. \"18 Jan 2024\"");
    }
    record.date(parsed);
  }

  private static boolean containsLink(Paragraph paragraph) {
    for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Link) {
        return true;
      }
    }
    return false;
  }
}
