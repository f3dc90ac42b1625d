package com.acme.dpo;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** Direct preference optimisation: a classification loss on preference pairs, no reward model. */
@Paper("2305.18290")
public final class DpoLoss {

  private final double beta;

  public DpoLoss(double beta) {
    this.beta = beta;
  }

  /**
   * -log sigmoid(beta (margin of the policy - margin of the reference)) for one pair. With a LoRA
   * policy the reference is the same model with the adapter off, so no second copy is needed.
   */
  @Paper(value = "2305.18290", section = "Eq. 7")
  @Paper(value = "hu2021lora", role = Role.USES, note = "reference model = base weights, adapter off")
  public double loss(double policyChosen, double policyRejected, double refChosen, double refRejected) {
    double z = beta * ((policyChosen - refChosen) - (policyRejected - refRejected));
    return Math.log1p(Math.exp(-z));
  }
}
