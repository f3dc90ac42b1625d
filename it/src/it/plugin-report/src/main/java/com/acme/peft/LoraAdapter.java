package com.acme.peft;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

@Paper("2106.09685")
public final class LoraAdapter {
  @Paper(value = "2305.14314", role = Role.ADAPTS, section = "3", note = "NF4 only")
  byte[] quantize(float[] weights) {
    return new byte[weights.length];
  }
}
