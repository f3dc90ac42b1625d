package io.github.papertrail.seeds;

import io.github.papertrail.catalog.Titles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Curated facts about seed titles that are not their paper's real title ({@code
 * title-corrections.tsv}: seed, title as written, the real title, the evidence). The catalog uses
 * the real title, keeps the written one, and flags the entry.
 */
public final class TitleCorrections {

  public static final List<String> HEADER = List.of("seed", "title", "correct_title", "evidence");

  /** One correction and its line for messages. */
  public record Row(
      String file, int line, String seed, String title, String correctTitle, String evidence) {}

  private final Map<String, Row> rows = new HashMap<>();

  private TitleCorrections() {}

  public static TitleCorrections none() {
    return new TitleCorrections();
  }

  public static TitleCorrections read(Path file) {
    String name = file.getFileName().toString();
    TitleCorrections corrections = new TitleCorrections();
    for (Tsv.Row row : Tsv.read(file, HEADER)) {
      Row entry = new Row(name, row.line(), row.get(0), row.get(1), row.get(2), row.get(3));
      if (corrections.rows.put(row.get(0) + "\t" + Titles.normalize(row.get(1)), entry) != null) {
        throw new SeedFormatException(
            name,
            row.line(),
            "the title '" + row.get(1) + "' of " + row.get(0) + " is corrected twice");
      }
    }
    return corrections;
  }

  public Row find(String seed, String title) {
    return rows.isEmpty() ? null : rows.get(seed + "\t" + Titles.normalize(title));
  }

  public java.util.Collection<Row> rows() {
    return rows.values();
  }
}
