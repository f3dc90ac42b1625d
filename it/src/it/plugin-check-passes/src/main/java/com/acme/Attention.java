package com.acme;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

@Paper("1706.03762")
@Paper(value = "2305.18290", role = Role.USES)
public final class Attention {
  @Paper("https://openreview.net/forum?id=3d5CIRG1n2")
  void dora() {}
}
