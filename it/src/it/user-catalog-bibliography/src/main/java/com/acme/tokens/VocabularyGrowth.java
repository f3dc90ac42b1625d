package com.acme.tokens;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/** Adds tokens to a trained vocabulary; new embeddings start at the mean of their pieces. */
@Paper("lindqvist2022tokenizer") // a key of refs.bib: the paper has no arXiv id
public final class VocabularyGrowth {

  private final Map<String, Integer> vocabulary = new LinkedHashMap<>();

  @Paper("2311.30417") // a row of the reading list's table
  public int add(String token) {
    return vocabulary.computeIfAbsent(token, t -> vocabulary.size());
  }

  @Paper(value = "openreview:q7bRz0Xn4V", role = Role.MENTIONS)
  public boolean knows(String token) {
    return vocabulary.containsKey(token);
  }

  @Paper("2106.09685") // the bundled catalog still answers
  public int size() {
    return vocabulary.size();
  }
}
