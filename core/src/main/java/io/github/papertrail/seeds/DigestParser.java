package io.github.papertrail.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A newsletter digest: the issue's date on the first line ("2025년 6월 27일"), then per paper its
 * title, its authors in parentheses, its abstract, the editor's comments (Korean and English), and
 * a line of hashtags that closes the item.
 */
public final class DigestParser implements SeedParser {

  private static final Pattern AUTHORS = Pattern.compile("\\((?<names>.+)\\)");
  private static final Pattern HASHTAGS = Pattern.compile("#[^\\s#]+(?:\\s+#[^\\s#]+)*");

  @Override
  public List<SeedRecord> parse(String file, String content) {
    String[] lines = content.split("\r?\n", -1);
    SeedDate issueDate = lines.length == 0 ? null : SeedDate.parse(lines[0]);
    if (issueDate == null) {
      throw new SeedFormatException(
          file, 1, "expected the digest's date on the first line, e.g. \"2025년 6월 27일\"");
    }
    List<SeedRecord> records = new ArrayList<>();
    int i = 1;
    while (i < lines.length) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      int titleLine = i + 1;
      SeedRecord.Builder record = SeedRecord.at(file, titleLine).title(lines[i]).date(issueDate);
      if (i + 2 >= lines.length || !AUTHORS.matcher(lines[i + 1].strip()).matches()) {
        throw new SeedFormatException(
            file,
            titleLine + 1,
            "expected the authors of '"
                + lines[i].strip()
                + "' in parentheses on the line after its title");
      }
      String names = lines[i + 1].strip();
      for (String author : names.substring(1, names.length() - 1).split(",")) {
        record.author(author.strip());
      }
      record.abstractText(lines[i + 2]);
      List<String> comments = new ArrayList<>();
      i += 3;
      while (i < lines.length && !HASHTAGS.matcher(lines[i].strip()).matches()) {
        comments.add(lines[i]);
        i++;
      }
      if (i >= lines.length) {
        throw new SeedFormatException(
            file,
            lines.length,
            "the item '"
                + record.build().title()
                + "' (line "
                + titleLine
                + ") has no closing line of hashtags such as \"#rl #llm\"");
      }
      for (String tag : lines[i].strip().split("\\s+")) {
        record.tag(tag.substring(1));
      }
      records.add(record.summary(String.join(" ", comments)).build());
      i++;
    }
    return records;
  }
}
