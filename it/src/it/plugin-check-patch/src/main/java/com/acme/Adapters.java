package com.acme;

import io.github.papertrail.Paper;

/** Low-rank adapters: the class cites LoRA with two digits swapped. */
@Paper("2106.09658")
public final class Adapters {
  /** A Cyrillic О where the digit 0 belongs, as a paste from a PDF gives it. */
  @Paper("2106.О9685")
  void merge() {}

  /** A paper the catalog flags: a warning, and nothing to fix. */
  @Paper("2409.04206")
  void fastForward() {}
}
