package com.acme.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdamWTest {

  @Test
  void decaysWeightsEvenWithZeroGradient() {
    // Decoupled decay shrinks the weights on its own: with a zero gradient Adam's part of the
    // update is 0 and only lr * weightDecay * w remains (arXiv:1711.05101, Algorithm 2, line 12).
    AdamW opt = new AdamW(0.9f, 0.999f, 1e-8f, 0.1f);
    float[] w = {1.0f};
    opt.step(w, new float[] {0.0f}, 0.5f);
    assertEquals(0.95f, w[0], 1e-6f);
  }

  @Test
  void firstStepMovesEachCoordinateByAboutLr() {
    // Bias correction makes |step| close to lr on the first step; see the discussion in
    // https://github.com/acme-ml/optim-reference/issues/42 for why we test this.
    AdamW opt = new AdamW(0.9f, 0.999f, 1e-8f, 0.0f);
    float[] w = {0.0f, 0.0f};
    opt.step(w, new float[] {3.0f, -0.01f}, 0.001f);
    assertTrue(Math.abs(w[0] + 0.001f) < 1e-5f);
    assertTrue(Math.abs(w[1] - 0.001f) < 1e-5f);
  }
}
