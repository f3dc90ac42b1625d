package com.acme.optim;

/**
 * Adadelta: per-coordinate step sizes from running averages of squared gradients and squared
 * updates, so no global learning rate has to be tuned. The update rule, as in
 * http://arxiv.org/pdf/1212.5701v1.pdf (eq. 14) by Zeiler, 2012, is used unchanged; {@code lr}
 * only scales it (1.0 gives the original method).
 */
public final class Adadelta implements Optimizer {

  private final float rho;
  private final float eps;
  private float[] accGrad;
  private float[] accUpdate;

  public Adadelta(float rho, float eps) {
    this.rho = rho;
    this.eps = eps;
  }

  @Override
  public void step(float[] params, float[] grads, float lr) {
    if (accGrad == null) {
      accGrad = new float[params.length];
      accUpdate = new float[params.length];
    }
    for (int i = 0; i < params.length; i++) {
      accGrad[i] = rho * accGrad[i] + (1 - rho) * grads[i] * grads[i];
      // RMS[dx]_{t-1} / RMS[g]_t; eps is inside both roots, as in the paper's Algorithm 1
      float update =
          (float) (Math.sqrt(accUpdate[i] + eps) / Math.sqrt(accGrad[i] + eps)) * grads[i];
      accUpdate[i] = rho * accUpdate[i] + (1 - rho) * update * update;
      params[i] -= lr * update;
    }
  }
}
