package com.acme.ml.align;

import io.github.papertrail.Paper;

/** Direct preference optimization: the policy is its own reward model. */
@Paper("2305.18290")
public final class DpoLoss {

  private final double beta;

  public DpoLoss(double beta) {
    this.beta = beta;
  }

  /**
   * −log σ(β·[(log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l))]).
   */
  @Paper(value = "2305.18290", section = "Eq. 7")
  public double loss(double policyChosen, double policyRejected, double referenceChosen, double referenceRejected) {
    double margin = (policyChosen - referenceChosen) - (policyRejected - referenceRejected);
    return Math.log1p(Math.exp(-beta * margin));
  }
}
