package com.acme.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Byte-pair encoding over UTF-8 bytes, so that no input is out of vocabulary. Working on bytes
 * rather than characters follows Radford, A., Wu, J., Child, R., Luan, D., Amodei, D., and
 * Sutskever, I. "Language Models are Unsupervised Multitask Learners", OpenAI, 2019.
 */
public final class BpeTokenizer {

  private final Map<String, Integer> ranks;

  /** @param ranks merge rank of each pair, written {@code "a b"}; lower merges first */
  public BpeTokenizer(Map<String, Integer> ranks) {
    this.ranks = ranks;
  }

  public List<String> encode(String word) {
    List<String> parts = new ArrayList<>();
    for (byte b : word.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      parts.add(Integer.toHexString(b & 0xff));
    }
    // Greedy lowest-rank merge, as in https://huggingface.co/learn/nlp-course/chapter6/5 . The
    // unigram alternative of "SentencePiece: A simple and language independent subword tokenizer
    // and detokenizer for Neural Text Processing" (https://aclanthology.org/D18-2012.pdf) is not
    // done here.
    while (parts.size() > 1) {
      int best = -1;
      int bestRank = Integer.MAX_VALUE;
      for (int i = 0; i + 1 < parts.size(); i++) {
        Integer rank = ranks.get(parts.get(i) + " " + parts.get(i + 1));
        if (rank != null && rank < bestRank) {
          best = i;
          bestRank = rank;
        }
      }
      if (best < 0) {
        break;
      }
      parts.set(best, parts.get(best) + parts.remove(best + 1));
    }
    return parts;
  }
}
