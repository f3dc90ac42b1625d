package io.github.papertrail.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * A Jekyll post (YAML front matter between {@code ---} lines) in which each paper is a paragraph
 * that opens with its bold title, then a byline ("Hu et al. ICLR'22"), notes, and a link:
 *
 * <pre>
 * **LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS**. Hu et al. ICLR'22\
 * Instead of inserting layers ...\
 * &lt;https://arxiv.org/abs/2106.09685&gt;
 * </pre>
 */
public final class JekyllPostParser implements SeedParser {

  /** "ACL'21", "ACL Findings'23", "NIPS'24": venue and two-digit year. */
  private static final Pattern VENUE_YEAR =
      Pattern.compile("(?<venue>[A-Za-z][A-Za-z ]*?)\\s*'(?<yy>\\d{2})");

  private static final Pattern YEAR = Pattern.compile("(?<year>(?:19|20)\\d{2})");
  private static final Pattern ET_AL = Pattern.compile("\\s+et al\\.?$");

  @Override
  public List<SeedRecord> parse(String file, String content) {
    Node document = Markdown.parseWithFrontMatter(content, "---");
    List<SeedRecord> records = new ArrayList<>();
    String section = null;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        section = Markdown.text(heading);
      } else if (block instanceof Paragraph paragraph
          && paragraph.getFirstChild() instanceof StrongEmphasis title) {
        records.add(paper(file, section, paragraph, title));
      }
    }
    return records;
  }

  private static SeedRecord paper(
      String file, String section, Paragraph paragraph, StrongEmphasis title) {
    SeedRecord.Builder record =
        SeedRecord.at(file, Markdown.line(title)).title(Markdown.text(title)).section(section);
    StringBuilder byline = new StringBuilder();
    StringBuilder notes = new StringBuilder();
    StringBuilder current = byline;
    for (Node node = title.getNext(); node != null; node = node.getNext()) {
      if (node instanceof Link link) {
        Links.addMain(record, link.getDestination());
      } else if (node instanceof HardLineBreak || node instanceof SoftLineBreak) {
        current = notes;
        notes.append(' ');
      } else {
        current.append(Markdown.text(node));
      }
    }
    readByline(record, byline.toString(), file, Markdown.line(title));
    return record.summary(notes.toString()).build();
  }

  /**
   * ". Lester et al. EMNLP'21" or ". Li and Liang. ACL'21" or ". Chen et al. 2023" or ". Liu et
   * al.".
   */
  private static void readByline(SeedRecord.Builder record, String text, String file, int line) {
    String rest = text.strip();
    if (rest.startsWith(".")) {
      rest = rest.substring(1).strip();
    }
    if (rest.isEmpty()) {
      return;
    }
    String authors;
    String venue = null;
    int etAl = rest.indexOf(" et al.");
    if (etAl >= 0) {
      authors = rest.substring(0, etAl + " et al.".length());
      venue = rest.substring(etAl + " et al.".length()).strip();
    } else {
      int dot = rest.indexOf(". ");
      authors = dot < 0 ? rest.replaceFirst("\\.$", "") : rest.substring(0, dot);
      venue = dot < 0 ? "" : rest.substring(dot + 2).strip();
    }
    Matcher etAlMatcher = ET_AL.matcher(authors);
    if (etAlMatcher.find()) {
      record.moreAuthors(true);
      authors = authors.substring(0, etAlMatcher.start());
    }
    for (String author : authors.split(",| and ")) {
      if (!author.isBlank()) {
        record.author(author.strip());
      }
    }
    if (venue.isEmpty()) {
      return;
    }
    Matcher m;
    if ((m = VENUE_YEAR.matcher(venue)).matches()) {
      record.venue(m.group("venue").strip()).year(2000 + Integer.parseInt(m.group("yy")));
    } else if ((m = YEAR.matcher(venue)).matches()) {
      record.year(Integer.parseInt(m.group("year")));
    } else {
      throw new SeedFormatException(
          file,
          line,
          "cannot read the venue and year '"
              + venue
              + "' after the authors; expected e.g. \"ACL'21\" or \"2023\"");
    }
  }
}
