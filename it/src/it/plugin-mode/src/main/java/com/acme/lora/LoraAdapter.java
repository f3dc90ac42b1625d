package com.acme.lora;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** A low-rank adapter for one weight matrix: W + (alpha / r) B A, with B zero at the start. */
@Paper("2106.09685")
public final class LoraAdapter {

  private final int rank;
  private final double alpha;

  public LoraAdapter(int rank, double alpha) {
    this.rank = rank;
    this.alpha = alpha;
  }

  /** The update (alpha / r) B A; alpha fixed, so the rank can change without retuning the learning rate. */
  @Paper(value = "2106.09685v2", role = Role.ADAPTS, section = "4.1")
  public double[][] delta(double[][] b, double[][] a) {
    double scale = alpha / rank;
    double[][] out = new double[b.length][a[0].length];
    for (int i = 0; i < b.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        for (int k = 0; k < rank; k++) {
          out[i][j] += scale * b[i][k] * a[k][j];
        }
      }
    }
    return out;
  }
}
