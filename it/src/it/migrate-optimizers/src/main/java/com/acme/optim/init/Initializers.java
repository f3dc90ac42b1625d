package com.acme.optim.init;

import java.util.Random;

/** Weight initialisers for dense layers. */
public final class Initializers {

  private Initializers() {}

  /**
   * Zero-mean normal with variance {@code 2 / fanIn}, for layers followed by a ReLU.
   *
   * @see <a href="https://doi.org/10.1109/ICCV.2015.123">Delving Deep into Rectifiers: Surpassing
   *     Human-Level Performance on ImageNet Classification</a>
   */
  public static float[] heNormal(int fanIn, int fanOut, Random random) {
    float[] w = new float[fanIn * fanOut];
    double std = Math.sqrt(2.0 / fanIn);
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (random.nextGaussian() * std);
    }
    return w;
  }

  /**
   * Uniform in {@code [-a, a]} with {@code a = sqrt(6 / (fanIn + fanOut))}: equation 16 of <i>Understanding the
   * difficulty of training deep feedforward neural networks</i>
   * (http://proceedings.mlr.press/v9/glorot10a/glorot10a.pdf).
   */
  public static float[] glorotUniform(int fanIn, int fanOut, Random random) {
    float[] w = new float[fanIn * fanOut];
    double a = Math.sqrt(6.0 / (fanIn + fanOut));
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) ((random.nextDouble() * 2 - 1) * a);
    }
    return w;
  }
}
