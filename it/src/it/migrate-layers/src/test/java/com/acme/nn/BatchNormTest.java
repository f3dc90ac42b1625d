package com.acme.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class BatchNormTest {

  /*
   * Expected values computed by hand with Algorithm 1 of Ioffe & Szegedy,
   * https://arxiv.org/abs/1502.03167v3 (gamma = 1, beta = 0).
   */
  @Test
  void normalisesEachFeatureOverTheBatch() {
    BatchNorm bn = new BatchNorm(1, 0.1f, 0f);
    float[][] y = bn.forward(new float[][] {{1f}, {3f}}, true);
    assertArrayEquals(new float[] {-1f}, y[0], 1e-6f);
    assertArrayEquals(new float[] {1f}, y[1], 1e-6f);
  }
}
