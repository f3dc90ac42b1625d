package com.acme.ml.align;

import io.github.papertrail.Paper;

/** Merges RLHF policies by averaging their weights: an exponential moving anchor, then spherical interpolation. */
@Paper(value = "2406.16768", title = "WARP: On the Benefits of Weight Averaged Rewarded Policies")
public final class WeightAveragedPolicy {

  /** The moving anchor that replaces the frozen reference policy in the KL term. */
  @Paper(value = "2406.16768", section = "3.1", note = "EMA anchor")
  public static float[] movingAnchor(float[] anchor, float[] policy, float rate) {
    float[] out = new float[anchor.length];
    for (int i = 0; i < anchor.length; i++) {
      out[i] = (1 - rate) * anchor[i] + rate * policy[i];
    }
    return out;
  }
}
