package com.acme.lora;

import io.github.papertrail.Paper;

/** Folds a trained adapter into the base weights, W' = W + (alpha / r) B A, so inference pays nothing. */
@Paper(value = "2106.09685", section = "4.1")
public final class AdapterMerge {

  @Paper("2106.09658") // a typo: LoRA is 2106.09685
  public static void merge(double[][] weight, double[][] delta) {
    for (int i = 0; i < weight.length; i++) {
      for (int j = 0; j < weight[i].length; j++) {
        weight[i][j] += delta[i][j];
      }
    }
  }
}
