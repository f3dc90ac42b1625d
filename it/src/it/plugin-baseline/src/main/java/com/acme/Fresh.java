package com.acme;

import io.github.papertrail.Paper;

/** A bad citation added after the baseline: compiled only with -Pfresh. */
public final class Fresh {
  @Paper("2106.09658")
  void up() {}
}
