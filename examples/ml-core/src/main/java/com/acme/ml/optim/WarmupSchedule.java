package com.acme.ml.optim;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** Linear warmup, then cosine decay. */
public final class WarmupSchedule {

  private final float peak;
  private final int warmupSteps;
  private final int totalSteps;

  public WarmupSchedule(float peak, int warmupSteps, int totalSteps) {
    this.peak = peak;
    this.warmupSteps = warmupSteps;
    this.totalSteps = totalSteps;
  }

  @Paper(value = "2410.23922", role = Role.USES, note = "how long a warmup the update size needs")
  public float learningRate(int step) {
    if (step < warmupSteps) {
      return peak * (step + 1) / warmupSteps;
    }
    double progress = (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
    return (float) (peak * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, progress))));
  }
}
