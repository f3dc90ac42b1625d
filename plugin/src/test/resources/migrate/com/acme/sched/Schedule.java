package com.acme.sched;

/** Learning-rate schedules. */
public enum Schedule {
  /** Constant rate. */
  CONSTANT,
  /**
   * Adadelta's per-dimension rate, as in http://arxiv.org/pdf/1212.5701v1.pdf (eq. 14) by Zeiler,
   * 2012, is used.
   */
  ADADELTA,
  // Cosine annealing with warm restarts (Loshchilov and Hutter, arXiv:1608.03983).
  @Deprecated
  COSINE, STEP, /* one-line constants */ LINEAR;

  /**
   * The rate at step {@code t}.
   */
  double rate(int t) {
    return switch (this) {
      case COSINE -> 0.5; // the cosine of SGDR
      default -> 1.0;
    };
  }
}
