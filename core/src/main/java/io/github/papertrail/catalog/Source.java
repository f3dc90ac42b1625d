package io.github.papertrail.catalog;

/**
 * Where an entry comes from: a seed file or user catalog, and the 1-based line of the title or
 * entry there (null where the file gives no line, as in a JSON catalog).
 *
 * @param idFrom where this source's arXiv id came from: {@code seed} (its own link) or {@code
 *     table} (the curated arxiv-ids-by-title table); absent when it has none
 * @param title the title as this source writes it, where that differs from the entry's title
 * @param summary what the list's author wrote about the paper there
 */
public record Source(String seed, Integer line, String idFrom, String title, String summary) {}
