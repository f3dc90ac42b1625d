/**
 * Subword tokenizers and prompt templates.
 *
 * <p>The merge-based tokenizer is the byte-pair encoding of
 * <a href="https://aclanthology.org/P16-1162/">Sennrich et al. (2016)</a>; vocabularies trained by
 * the <a href="https://github.com/google/sentencepiece">sentencepiece</a> tool load as they are.
 * The <a href="https://web.stanford.edu/class/cs224n/slides/cs224n-2023-lecture12-subwords.pdf">
 * CS224N subword slides</a> explain the algorithm step by step; our
 * <a href="https://acme-ml.github.io/nn/docs/tokenizers.html">tokenizer guide</a> explains the
 * file formats.
 */
package com.acme.text;
