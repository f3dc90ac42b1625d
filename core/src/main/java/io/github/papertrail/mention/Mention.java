package io.github.papertrail.mention;

import io.github.papertrail.id.Identifier;

/**
 * One paper a text links or names.
 *
 * @param id the paper's identifier (an arXiv id keeps the version written, if any)
 * @param written the text as written: {@code arXiv:1711.05101}, {@code
 *     https://arxiv.org/abs/1502.03167}, {@code doi:10.1145/3292500.3330701}
 * @param offset where it starts in the text, from 0
 * @param line its line: the text's first line counts as the line the caller gave (1 by default)
 */
public record Mention(Identifier id, String written, int offset, int line) {}
