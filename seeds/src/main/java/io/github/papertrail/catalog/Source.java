package io.github.papertrail.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where an entry comes from: a seed file or user catalog, and the 1-based line of the title or entry
 * there (null where the file gives no line, as in a JSON catalog).
 *
 * @param idFrom where this source's arXiv id came from: {@code seed} (its own link) or {@code table}
 *     (the curated arxiv-ids-by-title table); absent when it has none
 * @param title the title as this source writes it, where that differs from the entry's title
 * @param summary what the list's author wrote about the paper there
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"seed", "line", "idFrom", "title", "summary"})
public record Source(String seed, Integer line, String idFrom, String title, String summary) {}
