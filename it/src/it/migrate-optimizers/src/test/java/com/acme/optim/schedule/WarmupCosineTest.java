package com.acme.optim.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Values checked by hand against Figure 1 of <a href="https://arxiv.org/abs/1608.03983">SGDR: Stochastic Gradient
 * Descent with Warm Restarts</a> (the first cycle).
 */
class WarmupCosineTest {

  private final WarmupCosine schedule = new WarmupCosine(0.1, 0.0, 10, 110);

  @Test
  void warmsUpLinearly() {
    assertEquals(0.01, schedule.lr(0), 1e-12);
    assertEquals(0.1, schedule.lr(9), 1e-12);
  }

  @Test
  void reachesHalfAtTheMiddleAndMinAtTheEnd() {
    assertEquals(0.05, schedule.lr(60), 1e-12);
    assertEquals(0.0, schedule.lr(110), 1e-12);
  }
}
