package com.acme.optim.experimental;

import com.acme.optim.Optimizer;

/**
 * Sign-based update found by program search: https://arxiv.org/abs/2302.06675 (Chen et al.,
 * "Symbolic Discovery of Optimization Algorithms"). Not finished: does not compile yet.
 */
public final class Lion implements Optimizer {

  private final float beta1 = 0.9f;
  private final float beta2 = 0.99f;
  private float[] m;

  @Override
  public void step(float[] params, float[] grads, float lr) {
    for (int i = 0; i < params.length; i++) {
      float c = beta1 * m[i] + (1 - beta1) * grads[i];
      params[i] -= lr * Math.signum(c) +;
      m[i] = beta2 * m[i] + (1 - beta2) * grads[i];
    }
  }
}
