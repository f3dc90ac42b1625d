package com.acme.eval;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

@Paper("openreview:BEqFYCDU0u")
public final class WeakToStrong {
  @Paper(value = "2106.09685", role = Role.USES, note = "low-rank updates")
  void step() {}
}
