package com.acme.optim;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

@Paper("2403.03507")
public final class Galore {
  @Paper(value = "2106.09685", role = Role.USES, note = "low-rank updates")
  void step() {}
}
