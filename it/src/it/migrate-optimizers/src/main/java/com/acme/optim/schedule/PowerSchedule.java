package com.acme.optim.schedule;

/**
 * A learning rate that decays as a power of the number of tokens seen, so one setting carries
 * over between batch sizes and run lengths.
 *
 * <p>From: Shen et al., "Power scheduler: A batch size and token number agnostic learning rate
 * scheduler", 2024.
 */
public final class PowerSchedule {

  private final double a;
  private final double b;
  private final double maxLr;

  public PowerSchedule(double a, double b, double maxLr) {
    this.a = a;
    this.b = b;
    this.maxLr = maxLr;
  }

  public double lr(long tokens) {
    return Math.min(maxLr, a * Math.pow(Math.max(1L, tokens), -b));
  }
}
