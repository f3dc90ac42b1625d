package io.github.papertrail.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugging Face "Daily Papers" page saved as text: a header, then one card per paper (title,
 * abstract, and optionally the authors or organisation, a "·", and the date with the upvote count
 * glued on: "May 2 3" is May 2 with 3 upvotes, "Nov 22, 2024 3" is Nov 22, 2024 with 3).
 */
public final class DailyPapersParser implements SeedParser {

  static final String MARKER = "Daily Papers";

  private static final Pattern AUTHOR_COUNT = Pattern.compile("\\s*•\\s*(?<count>\\d+) authors?");

  /** "apple Apple", "facebook AI at Meta": the Hub's handle, then the name it shows. */
  private static final Pattern ORGANISATION = Pattern.compile("\\s*(?<handle>\\S+)\\s+(?<name>.+)");

  private static final Pattern DATE_AND_UPVOTES =
      Pattern.compile("(?<date>[A-Z][a-z]{2} \\d{1,2}(?:, \\d{4})?)(?: (?<upvotes>\\d+))?");
  private static final Pattern PAGE_DATE = Pattern.compile("[A-Z][a-z]{2} \\d{1,2}");

  @Override
  public List<SeedRecord> parse(String file, String content) {
    List<TextBlocks.Block> blocks = TextBlocks.of(content);
    int i = afterHeader(file, blocks);
    List<SeedRecord> records = new ArrayList<>();
    while (i < blocks.size()) {
      TextBlocks.Block title = blocks.get(i);
      if (title.lines().size() != 1) {
        throw new SeedFormatException(
            file,
            title.line(),
            "expected a paper title on one line, found " + title.lines().size() + " lines");
      }
      if (i + 1 >= blocks.size()) {
        throw new SeedFormatException(
            file, title.line(), "the card '" + title.text().strip() + "' has no abstract");
      }
      SeedRecord.Builder record = SeedRecord.at(file, title.line()).title(title.text());
      record.abstractText(blocks.get(i + 1).text());
      i += 2;
      if (i < blocks.size() && isMeta(blocks.get(i))) {
        readMeta(record, blocks.get(i), file);
        i++;
      }
      records.add(record.build());
    }
    return records;
  }

  /** The index of the first card: after the "Daily Papers" banner and the page's date. */
  private static int afterHeader(String file, List<TextBlocks.Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text().strip().equals(MARKER)) {
        for (int j = i + 1; j < blocks.size(); j++) {
          if (PAGE_DATE.matcher(blocks.get(j).text().strip()).matches()) {
            return j + 1;
          }
        }
        throw new SeedFormatException(
            file,
            blocks.get(i).line(),
            "no page date (e.g. \"Nov 20\") after the '" + MARKER + "' banner");
      }
    }
    throw new SeedFormatException(file, 1, "no '" + MARKER + "' banner: not a Daily Papers page");
  }

  /** Three lines: authors or organisation, "·", date. */
  private static boolean isMeta(TextBlocks.Block block) {
    return block.lines().size() == 3 && block.lines().get(1).strip().equals("·");
  }

  private static void readMeta(SeedRecord.Builder record, TextBlocks.Block meta, String file) {
    String who = meta.lines().get(0);
    Matcher m;
    if ((m = AUTHOR_COUNT.matcher(who)).matches()) {
      record.authorCount(Integer.parseInt(m.group("count")));
    } else if ((m = ORGANISATION.matcher(who)).matches()) {
      record.organisation(m.group("name"));
    }
    String when = meta.lines().get(2).strip();
    int dateLine = meta.line() + 2;
    if (!(m = DATE_AND_UPVOTES.matcher(when)).matches()) {
      throw new SeedFormatException(
          file,
          dateLine,
          "cannot read the date line '"
              + when
              + "'; expected e.g. \"Jun 16, 2021\" or \"May 2 3\" (May 2, 3 upvotes)");
    }
    SeedDate date = SeedDate.parse(m.group("date"));
    if (date == null) {
      throw new SeedFormatException(file, dateLine, "'" + m.group("date") + "' is not a date");
    }
    record.date(date);
    if (m.group("upvotes") != null) {
      record.upvotes(Integer.parseInt(m.group("upvotes")));
    }
  }
}
