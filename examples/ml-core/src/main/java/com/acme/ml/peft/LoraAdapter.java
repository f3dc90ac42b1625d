package com.acme.ml.peft;

import com.acme.ml.Matrix;
import io.github.papertrail.Paper;
import java.util.Random;

/** A low-rank adapter: the frozen weight W plus a trainable update B·A of rank r. */
@Paper("2106.09685")
public final class LoraAdapter {

  private final Matrix frozen;
  final Matrix a;
  final Matrix b;

  @Paper(value = "2106.09685", section = "4.1", note = "alpha / r, so the learning rate need not change with r")
  final float scaling;

  public LoraAdapter(Matrix frozen, int rank, float alpha, long seed) {
    this.frozen = frozen;
    this.a = new Matrix(rank, frozen.cols);
    this.b = new Matrix(frozen.rows, rank); // zero: the adapter starts as the identity update
    Random random = new Random(seed);
    for (int i = 0; i < a.data.length; i++) {
      a.data[i] = (float) (random.nextGaussian() / Math.sqrt(rank));
    }
    this.scaling = alpha / rank;
  }

  /** The effective weight W + (alpha / r)·B·A. */
  public Matrix effectiveWeight() {
    return frozen.plusScaled(b.times(a), scaling);
  }

  /** Folds the update into the weight for inference: no extra latency. */
  @Paper(value = "2106.09685", section = "4.1", note = "merge for inference")
  public Matrix merge() {
    return effectiveWeight();
  }
}
