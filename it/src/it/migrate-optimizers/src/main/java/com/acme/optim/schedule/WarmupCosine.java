package com.acme.optim.schedule;

/**
 * Linear warmup, then cosine annealing to {@code minLr}, without restarts (the single-cycle case
 * of {@link https://arxiv.org/abs/1608.03983 SGDR: Stochastic Gradient Descent with Warm
 * Restarts}).
 */
public final class WarmupCosine {

  private final double peakLr;
  private final double minLr;
  private final int warmupSteps;
  private final int totalSteps;

  public WarmupCosine(double peakLr, double minLr, int warmupSteps, int totalSteps) {
    this.peakLr = peakLr;
    this.minLr = minLr;
    this.warmupSteps = warmupSteps;
    this.totalSteps = totalSteps;
  }

  /** The learning rate at {@code step} (0-based). */
  public double lr(int step) {
    if (step < warmupSteps) {
      /*
       * Linear warmup from 0, as in "Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour"
       * (Goyal et al., https://arxiv.org/abs/1706.02677), which scales the peak with the batch.
       */
      return peakLr * (step + 1) / warmupSteps;
    }
    // After warmup the peak stays scaled with the batch size (arXiv:1706.02677, section 2.1).
    double progress = (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    return minLr + 0.5 * (peakLr - minLr) * (1 + Math.cos(Math.PI * Math.min(1.0, progress)));
  }
}
