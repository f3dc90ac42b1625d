package com.acme.ml.align;

import io.github.papertrail.Paper;

/** n output heads on a shared trunk, each predicting one of the next n tokens. */
@Paper("2404.19737")
public final class MultiTokenHead {

  private final int heads;

  public MultiTokenHead(int heads) {
    this.heads = heads;
  }

  /** The heads run one after another so that only one head's logits are in memory at a time. */
  @Paper(value = "2404.19737", note = "sequential heads: the memory fix")
  public double totalLoss(double[] perHeadLoss) {
    double total = 0;
    for (int i = 0; i < heads && i < perHeadLoss.length; i++) {
      total += perHeadLoss[i];
    }
    return total;
  }
}
