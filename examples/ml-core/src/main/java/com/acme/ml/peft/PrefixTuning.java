package com.acme.ml.peft;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** Trainable key/value prefixes prepended at every layer; the model itself stays frozen. */
@Paper("acl:2021.acl-long.353")
@Paper(value = "acl:2021.emnlp-main.243", role = Role.MENTIONS, note = "prompt tuning: the input-layer-only variant")
public final class PrefixTuning {

  private final float[][] prefixKeys;
  private final float[][] prefixValues;

  public PrefixTuning(int layers, int prefixLength, int width) {
    prefixKeys = new float[layers][prefixLength * width];
    prefixValues = new float[layers][prefixLength * width];
  }

  public float[] keys(int layer) {
    return prefixKeys[layer];
  }

  public float[] values(int layer) {
    return prefixValues[layer];
  }
}
