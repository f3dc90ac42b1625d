package com.acme.sched;

/**
 * A step of stochastic approximation. Robbins, H., and Monro, S. "A Stochastic Approximation
 * Method" The Annals of Mathematical Statistics, 1951, 400-407.
 */
public record Sample(
    /** The step size. */ double step,
    @Paper("10.1214/aoms/1177729586") int index) {

  /** Checks the step; see https://doi.org/10.1214/aoms/1177729586. */
  public Sample {
    // Robbins-Monro: sum of steps diverges, sum of squares converges.
    if (step <= 0) {
      throw new IllegalArgumentException("step");
    }
  }

  static Sample of(double step) {
    return new Sample(step, 0);
  }
}
