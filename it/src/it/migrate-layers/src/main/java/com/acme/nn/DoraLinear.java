package com.acme.nn;

/**
 * A frozen linear layer with a trainable low-rank update whose direction and magnitude are learned
 * apart.
 *
 * @see <a href="https://openreview.net/forum?id=3d5CIRG1n2">DoRA: Weight-Decomposed Low-Rank
 *     Adaptation</a>
 */
public final class DoraLinear {

  /** Rank of the update; the low-rank factors are those of https://huggingface.co/papers/2106.09685. */
  final int rank;

  /** One magnitude per output feature, initialised to the column norms of the frozen weight. */
  final float[] magnitude;

  public DoraLinear(int outFeatures, int rank) {
    this.rank = rank;
    this.magnitude = new float[outFeatures];
  }
}
