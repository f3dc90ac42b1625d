package io.github.papertrail.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * An "awesome list": headings for topics, one list item per paper with the title as link text, then
 * its date or venue, extra links ("[code](…)") and backtick tags; nested items quote the paper:
 *
 * <pre>
 * - [SOAP: Improving and stabilizing Shampoo using Adam](https://arxiv.org/abs/2409.11321), Sep. 17 2024. `optimizer`.
 *   - _"a quote from the paper"_
 * </pre>
 */
public final class AwesomeListParser implements SeedParser {

  /** "NeurIPS 2022": a venue then its year. */
  private static final Pattern VENUE_YEAR =
      Pattern.compile("(?<venue>[A-Za-z][A-Za-z ]*?) (?<year>(?:19|20)\\d{2})");

  @Override
  public List<SeedRecord> parse(String file, String content) {
    return read(file, Markdown.parseWithFrontMatter(content, "---"));
  }

  /** The records of a list already parsed, its front matter blanked out. */
  List<SeedRecord> read(String file, Node document) {
    List<SeedRecord> records = new ArrayList<>();
    String[] section = {null};
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            section[0] = Markdown.text(heading);
          }

          @Override
          public void visit(ListItem item) {
            if (item.getFirstChild() instanceof Paragraph paragraph
                && paragraph.getFirstChild() instanceof Link title) {
              records.add(paper(file, section[0], item, paragraph, title));
              return; // nested items are quotes from this paper, not papers
            }
            visitChildren(item);
          }
        });
    return records;
  }

  private static SeedRecord paper(
      String file, String section, ListItem item, Paragraph paragraph, Link title) {
    int line = Markdown.line(title);
    SeedRecord.Builder record =
        SeedRecord.at(file, line).title(Markdown.text(title)).section(section);
    Links.addMain(record, title.getDestination());
    StringBuilder dateText = new StringBuilder();
    boolean pastDate = false;
    for (Node node = title.getNext(); node != null; node = node.getNext()) {
      if (node instanceof Link link) {
        Links.addOther(record, link.getDestination());
        pastDate = true;
      } else if (node instanceof Code code) {
        record.tag(code.getLiteral());
        pastDate = true;
      } else if (!pastDate) {
        dateText.append(Markdown.text(node));
      }
    }
    readDate(record, dateText.toString(), file, line);
    for (Node child = paragraph.getNext(); child != null; child = child.getNext()) {
      if (child instanceof BulletList quotes) {
        record.summary(Markdown.text(quotes));
      }
    }
    return record.build();
  }

  /** ", Jul. 10 2024." or ", Aug. 2024." or ", 2024." or ", NeurIPS 2022." or nothing. */
  private static void readDate(SeedRecord.Builder record, String text, String file, int line) {
    String written = text.strip().replaceFirst("^,", "").replaceFirst("\\.$", "").strip();
    if (written.isEmpty()) {
      return;
    }
    SeedDate date = SeedDate.parse(written);
    if (date != null) {
      record.date(date);
      return;
    }
    Matcher m = VENUE_YEAR.matcher(written);
    if (m.matches()) {
      record.venue(m.group("venue")).year(Integer.parseInt(m.group("year")));
      return;
    }
    throw new SeedFormatException(
        file,
        line,
        "cannot read the date or venue '"
            + written
            + "' after the link; expected e.g. \"Jul. 10 2024\" or \"NeurIPS 2022\"");
  }
}
