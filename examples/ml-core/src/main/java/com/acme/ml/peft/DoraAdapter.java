package com.acme.ml.peft;

import com.acme.ml.Matrix;
import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** Weight-decomposed adaptation: a learned magnitude times the direction of W + B·A. */
@Paper("openreview:3d5CIRG1n2")
@Paper(value = "2106.09685", role = Role.ADAPTS, note = "the direction is updated by a LoRA adapter")
public final class DoraAdapter {

  private final LoraAdapter direction;
  private float magnitude;

  public DoraAdapter(LoraAdapter direction, float magnitude) {
    this.direction = direction;
    this.magnitude = magnitude;
  }

  public Matrix effectiveWeight() {
    Matrix v = direction.effectiveWeight();
    float norm = v.frobeniusNorm();
    return new Matrix(v.rows, v.cols).plusScaled(v, magnitude / (norm == 0 ? 1 : norm));
  }

  public void stepMagnitude(float gradient, float learningRate) {
    magnitude -= learningRate * gradient;
  }
}
