package com.acme.align;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

@Paper("2305.18290")
public final class Dpo {
  @Paper(value = "2106.09685", role = Role.USES, note = "low-rank updates")
  void step() {}
}
