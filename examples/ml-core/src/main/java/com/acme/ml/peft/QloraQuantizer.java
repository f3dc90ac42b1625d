package com.acme.ml.peft;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** 4-bit NormalFloat quantization of frozen weights, block by block. */
@Paper(value = "2305.14314", role = Role.ADAPTS, section = "3", note = "NF4 only; no double quantization")
public final class QloraQuantizer {

  /** The 16 NF4 levels: quantiles of a standard normal, scaled to [-1, 1]. */
  static final float[] NF4 = {
    -1.0f, -0.6962f, -0.5251f, -0.3949f, -0.2844f, -0.1848f, -0.0911f, 0f,
    0.0796f, 0.1609f, 0.2461f, 0.3379f, 0.4407f, 0.5626f, 0.7230f, 1.0f
  };

  public static byte[] quantize(float[] block, float[] absMaxOut, int blockIndex) {
    float absMax = 0;
    for (float v : block) {
      absMax = Math.max(absMax, Math.abs(v));
    }
    absMaxOut[blockIndex] = absMax;
    byte[] codes = new byte[block.length];
    for (int i = 0; i < block.length; i++) {
      float x = absMax == 0 ? 0 : block[i] / absMax;
      int best = 0;
      for (int level = 1; level < NF4.length; level++) {
        if (Math.abs(NF4[level] - x) < Math.abs(NF4[best] - x)) {
          best = level;
        }
      }
      codes[i] = (byte) best;
    }
    return codes;
  }
}
