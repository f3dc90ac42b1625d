package io.github.papertrail.migrate;

import io.github.papertrail.id.Identifier;
import java.util.List;

/**
 * One paper reference a comment makes.
 *
 * @param id the paper's identifier; null for a reference by title only
 * @param written as written: the link, {@code arXiv:1711.05101}, or for a title-only reference the
 *     title
 * @param line 1-based file line where {@code written} starts
 * @param title the paper's title as the comment gives it (whitespace collapsed, no markup, no
 *     quotes), or null
 * @param authors as "Given Family" display names, possibly empty
 * @param year or null
 * @param venue or null
 * @param text the reference's text on one line, for a "needs a person" message
 */
public record Reference(
    Identifier id,
    String written,
    int line,
    String title,
    List<String> authors,
    Integer year,
    String venue,
    String text) {

  public Reference {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
