package io.github.papertrail.seeds;

import java.util.List;
import java.util.function.Supplier;
import org.commonmark.node.Node;

/** The reading-list formats papertrail reads, each recognised by how its document starts. */
public enum SeedFormat {
  JEKYLL_POST(JekyllPostParser::new),
  HUGO_PAGE(HugoPageParser::new),
  AWESOME_LIST(AwesomeListParser::new),
  DAILY_PAPERS(DailyPapersParser::new),
  DIGEST(DigestParser::new);

  private final Supplier<SeedParser> parser;

  SeedFormat(Supplier<SeedParser> parser) {
    this.parser = parser;
  }

  public SeedParser parser() {
    return parser.get();
  }

  /**
   * Recognises a document: YAML front matter ({@code ---}) with bold titles is a Jekyll post, TOML
   * front matter ({@code +++}) a Hugo page, a "Daily Papers" banner a Daily Papers page, a date on
   * the first line a digest; anything else is read as an awesome list (Markdown links in list
   * items).
   */
  public static SeedFormat detect(String content) {
    String first = content.lines().findFirst().orElse("").strip();
    if (first.equals("+++")) {
      return HUGO_PAGE;
    }
    if (first.equals("---") && content.contains("\n**")) {
      return JEKYLL_POST;
    }
    if (SeedDate.parse(first) != null) {
      return DIGEST;
    }
    List<String> firstLines = content.lines().limit(20).map(String::strip).toList();
    if (firstLines.contains(DailyPapersParser.MARKER)) {
      return DAILY_PAPERS;
    }
    return AWESOME_LIST;
  }

  /** Parses a document in the format it is recognised as. */
  public static List<SeedRecord> parse(String file, String content) {
    return detect(content).parser().parse(file, content);
  }

  /**
   * Parses a document in the format it is recognised as, reading {@code markdown}, the document as
   * {@link #markdown} parsed it, where the format reads the document as it is (an awesome list
   * without front matter) instead of parsing it again: a user's reading list is read twice, by its
   * format and leniently, and parsing is most of the work.
   */
  public static List<SeedRecord> parse(String file, String content, Node markdown) {
    SeedFormat format = detect(content);
    if (format == AWESOME_LIST && !Markdown.hasFrontMatter(content, "---")) {
      return new AwesomeListParser().read(file, markdown);
    }
    return format.parser().parse(file, content);
  }

  /**
   * A Markdown document as the formats here parse it (commonmark, source spans on, no extensions),
   * for {@link #parse(String, String, Node)}.
   */
  public static Node markdown(String content) {
    return Markdown.parse(content);
  }
}
