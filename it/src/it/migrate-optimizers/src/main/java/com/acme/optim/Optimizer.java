package com.acme.optim;

/** Updates parameters in place from their gradients, one step at a time. */
public interface Optimizer {

  /**
   * Applies one update.
   *
   * @param params the parameters, updated in place
   * @param grads the gradients of the loss with respect to {@code params}
   * @param lr the learning rate of this step
   */
  void step(float[] params, float[] grads, float lr);
}
