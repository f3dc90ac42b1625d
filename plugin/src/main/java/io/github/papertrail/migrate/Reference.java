package io.github.papertrail.migrate;

import io.github.papertrail.id.Identifier;
import java.util.List;

/**
 * One paper reference a comment makes, by identifier or by title only.
 *
 * @param id the paper's identifier; null for a reference by title only
 * @param written as written: the link, {@code arXiv:1711.05101}, or for a title-only reference the
 *     title
 * @param line the 1-based file line where {@code written} starts
 * @param title the paper's title as the comment gives it (whitespace collapsed, no markup, no
 *     quotes), or null
 * @param authors as display names ({@code I. Loshchilov}, {@code Kingma}), possibly empty
 * @param year the year the comment gives, or null
 * @param venue the journal or conference the comment gives, or null
 * @param text the reference's text on one line (markup stripped, whitespace collapsed, at most 200
 *     chars), for a message asking a person
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
    authors = List.copyOf(authors);
  }
}
