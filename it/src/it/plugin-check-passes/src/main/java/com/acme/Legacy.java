package com.acme;

import io.github.papertrail.Paper;

/** An unknown identifier the team keeps on purpose: suppressed in code, not allowed in the POM. */
final class Legacy {
  @SuppressWarnings("PaperUnknownId")
  @Paper("2106.09658")
  void merge() {}
}
