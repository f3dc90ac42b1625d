package com.acme.optim;

/**
 * Stochastic gradient descent, optionally with heavy-ball or Nesterov momentum.
 *
 * <p>Without momentum this is the classic iteration of
 * Robbins, H., and Monro, S. "A Stochastic Approximation Method"
 * The Annals of Mathematical Statistics, 1951, 400-407.
 */
public final class Sgd implements Optimizer {

  /**
   * Momentum coefficient. 0.9 (and the Nesterov form) follows <a
   * href="http://proceedings.mlr.press/v28/sutskever13.pdf"><i>On the importance of initialization
   * and momentum in deep learning</i></a>, Sutskever et al., ICML 2013.
   */
  private final float momentum;

  private final boolean nesterov;
  private float[] velocity;

  public Sgd(float momentum, boolean nesterov) {
    this.momentum = momentum;
    this.nesterov = nesterov;
  }

  @Override
  public void step(float[] params, float[] grads, float lr) {
    if (velocity == null) {
      velocity = new float[params.length];
    }
    for (int i = 0; i < params.length; i++) {
      velocity[i] = momentum * velocity[i] + grads[i];
      // Nesterov: look ahead along the velocity (see the slides linked from the package docs).
      float update = nesterov ? grads[i] + momentum * velocity[i] : velocity[i];
      params[i] -= lr * update;
    }
  }
}
