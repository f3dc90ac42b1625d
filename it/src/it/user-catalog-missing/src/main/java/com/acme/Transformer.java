package com.acme;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

@Paper("1706.03762")
public final class Transformer {
  @Paper(value = "10.1109/JPROC.2021.3058954", role = Role.MENTIONS)
  void causal() {}

  @Paper("2106.09685")
  void lora() {}
}
