package com.acme.core;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

@Paper("2106.09685")
public final class Lora {
  @Paper(value = "2106.09685", role = Role.USES, note = "low-rank updates")
  void step() {}
}
