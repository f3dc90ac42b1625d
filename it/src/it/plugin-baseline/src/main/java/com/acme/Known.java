package com.acme;

import io.github.papertrail.Paper;

/** A citation with a typo the codebase had when it adopted papertrail. */
public final class Known {
  @Paper("2106.09658")
  void merge() {}
}
