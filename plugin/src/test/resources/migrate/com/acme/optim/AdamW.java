/*
 * Copyright 2026 Acme ML. Licensed under the Apache License, Version 2.0.
 */
package com.acme.optim;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.*;

/**
 * Adam with decoupled weight decay.
 *
 * <p>The update follows
 * <a href="https://arxiv.org/abs/1711.05101">
 * <i>Decoupled Weight Decay
 * Regularization</i></a>, which departs from
 * <a href="https://arxiv.org/abs/1412.6980"><i>Adam: A Method for
 * Stochastic Optimization</i></a> in where the decay is applied.
 *
 * <pre>
 * Loshchilov, I., and Hutter, F.
 * "Decoupled Weight Decay Regularization"
 * arXiv preprint arXiv:1711.05101, 2017.
 * </pre>
 *
 * @see <a href="https://openreview.net/forum?id=Bkg6RiCqY7">OpenReview</a>
 * @author someone
 */
@Beta
@Paper("1412.6980")
public final class AdamW implements Optimizer {

  // Default from the paper's section 4: lambda = 1e-2.
  private final double weightDecay;

  /** Step size; "eta" in the paper. */
  @Paper(value = "1711.05101", role = Role.EXTENDS)
  private double learningRate = 1e-3; // see arXiv:1711.05101, Algorithm 2

  private final String url = "http://example.com/not-a-comment // nor this";

  /**
   * Creates the optimizer. See {@link https://arxiv.org/abs/1412.6980} for the defaults.
   *
   * @param weightDecay the decoupled decay
   */
  public AdamW(double weightDecay) {
    this.weightDecay = weightDecay;
  }

  @Override
  @io.github.papertrail.Paper.List({@Paper("1412.6980"), @Paper(value = "1711.05101")})
  public <T extends INDArray> void update(T params, double[] grads, List<Map<String, T>> state, int... steps) {
    // Bias correction as in Kingma & Ba, 2014 (arXiv:1412.6980), Algorithm 1.
    double b1 = 0.9;
    /* The decay is applied to the weights directly, not through the gradient:
       http://arxiv.org/pdf/1711.05101v3.pdf (eq. 9) */
    Runnable r =
        () -> {
          // inside a lambda: https://doi.org/10.48550/arXiv.1711.05101
        };
    String s = "/* not a comment either */";
    char c = '"';
  }

  /** Moment estimates of one parameter. */
  static final class State {
    /** Number of steps; see @see <a href="https://proceedings.mlr.press/v28/sutskever13.pdf">momentum</a>. */
    int step;

    void reset(Matrix m, Object other) {
      step = 0; /* trailing block inside a body */
    }
  }
}
