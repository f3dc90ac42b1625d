package com.acme.asr;

import io.github.papertrail.Paper;

/** Decodes audio in fixed chunks; the student model sees no right context. */
public final class ChunkDecoder {

  @Paper("2310.30652") // the reading list's table: fine
  public int[] skipBlanks(float[] blankProbability, float threshold) {
    return java.util.stream.IntStream.range(0, blankProbability.length)
        .filter(t -> blankProbability[t] < threshold)
        .toArray();
  }

  @Paper("2305.31428") // a typo: refs.bib has 2305.31482
  public float[] distil(float[] teacher, float temperature) {
    float[] soft = new float[teacher.length];
    for (int i = 0; i < soft.length; i++) {
      soft[i] = teacher[i] / temperature;
    }
    return soft;
  }
}
