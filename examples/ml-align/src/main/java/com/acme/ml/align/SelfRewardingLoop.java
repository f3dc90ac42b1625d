package com.acme.ml.align;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The model judges its own candidates, and the best and worst become the next DPO pairs. */
@Paper("2401.10020")
@Paper(value = "2305.18290", role = Role.USES, note = "each iteration trains with DPO")
public final class SelfRewardingLoop {

  public record Pair(String prompt, String chosen, String rejected) {}

  public List<Pair> preferencePairs(String prompt, List<String> candidates, ToDoubleFunction<String> judge) {
    String best = null;
    String worst = null;
    for (String candidate : candidates) {
      if (best == null || judge.applyAsDouble(candidate) > judge.applyAsDouble(best)) {
        best = candidate;
      }
      if (worst == null || judge.applyAsDouble(candidate) < judge.applyAsDouble(worst)) {
        worst = candidate;
      }
    }
    List<Pair> pairs = new ArrayList<>();
    if (best != null && !best.equals(worst)) {
      pairs.add(new Pair(prompt, best, worst));
    }
    return pairs;
  }
}
