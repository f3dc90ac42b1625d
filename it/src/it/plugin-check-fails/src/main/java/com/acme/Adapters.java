package com.acme;

import io.github.papertrail.Paper;

@Paper("2106.09685")
public final class Adapters {
  @Paper("2106.09658")
  void merge() {}

  @Paper("2106.09685.pdf")
  void split() {}

  @Paper("2409.04206")
  void fastForward() {}
}
