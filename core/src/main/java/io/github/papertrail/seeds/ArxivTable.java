package io.github.papertrail.seeds;

import io.github.papertrail.catalog.Titles;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated arXiv ids of seed titles that name no identifier ({@code arxiv-ids-by-title.tsv}:
 * seed, title as written, arXiv id, confidence). Matched by seed and normalized title.
 */
public final class ArxivTable {

  public static final List<String> HEADER = List.of("seed", "title", "arxiv", "confidence");

  /** One row: the id for a title of a seed, and the row's line for messages. */
  public record Row(
      String file, int line, String seed, String title, Identifier arxiv, String confidence) {}

  private final Map<String, Row> rows = new HashMap<>();

  private ArxivTable() {}

  public static ArxivTable empty() {
    return new ArxivTable();
  }

  public static ArxivTable read(Path file) {
    String name = file.getFileName().toString();
    ArxivTable table = new ArxivTable();
    for (Tsv.Row row : Tsv.read(file, HEADER)) {
      ParsedId parsed = Identifier.parse(row.get(2));
      if (!(parsed instanceof ParsedId.Valid valid)
          || valid.id().scheme() != Scheme.ARXIV
          || valid.id().version() != null) {
        String why =
            parsed instanceof ParsedId.Malformed bad
                ? bad.reason()
                : "it is not a bare arXiv id without version";
        throw new SeedFormatException(
            name, row.line(), "'" + row.get(2) + "' in column arxiv is not an arXiv id: " + why);
      }
      if (!Set.of("high", "medium").contains(row.get(3))) {
        throw new SeedFormatException(
            name, row.line(), "confidence '" + row.get(3) + "' is not 'high' or 'medium'");
      }
      Row entry = new Row(name, row.line(), row.get(0), row.get(1), valid.id(), row.get(3));
      Row previous = table.rows.put(key(row.get(0), row.get(1)), entry);
      if (previous != null) {
        throw new SeedFormatException(
            name,
            row.line(),
            "the title '"
                + row.get(1)
                + "' of "
                + row.get(0)
                + " is already on line "
                + previous.line());
      }
    }
    return table;
  }

  /** The row for a title of a seed, or null. */
  public Row find(String seed, String title) {
    return rows.isEmpty() ? null : rows.get(key(seed, title));
  }

  public java.util.Collection<Row> rows() {
    return rows.values();
  }

  private static String key(String seed, String title) {
    return seed + "\t" + Titles.normalize(title);
  }
}
