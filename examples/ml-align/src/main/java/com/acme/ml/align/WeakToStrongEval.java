package com.acme.ml.align;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** Performance gap recovered: how much of the strong model's ceiling weak supervision reaches. */
@Paper(value = "openreview:BEqFYCDU0u", role = Role.EVALUATES, section = "3", note = "PGR metric")
public final class WeakToStrongEval {

  public static double performanceGapRecovered(double weak, double weakToStrong, double strongCeiling) {
    return (weakToStrong - weak) / (strongCeiling - weak);
  }
}
