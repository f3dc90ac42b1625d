package com.acme.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BpeTokenizerTest {

  @Test
  void mergesLowestRankFirst() {
    // The toy merge table of Figure 1 in https://aclanthology.org/P16-1162.pdf, over bytes:
    // "l o" first, then "lo w".
    BpeTokenizer bpe = new BpeTokenizer(Map.of("6c 6f", 0, "6c6f 77", 1));
    assertEquals(List.of("6c6f77", "65", "72"), bpe.encode("lower"));
  }

  @Test
  void unknownBytesStaySingle() {
    assertEquals(List.of("c3", "a9"), new BpeTokenizer(Map.of()).encode("\u00e9"));
  }
}
