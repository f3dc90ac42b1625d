package com.acme.ml.align;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** A Bradley–Terry reward model with a margin from preference strength. */
@Paper(value = "2312.15503", role = Role.ADAPTS, note = "preference-strength margin; no meta-learning")
public final class RewardModel {

  public double pairLoss(double chosenReward, double rejectedReward, double margin) {
    return Math.log1p(Math.exp(-(chosenReward - rejectedReward - margin)));
  }
}
