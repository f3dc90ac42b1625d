package com.acme;

import io.github.papertrail.Paper;

/** Preference tuning. */
public final class Preferences {
  /** The title is DPO's; the identifier is LoRA's. */
  @Paper(
      value = "2106.09685",
      title = "Direct Preference Optimization: Your LM is Secretly a Reward Model")
  void loss() {}

  /** The file name of the PDF, not the identifier. */
  @Paper("2305.18290.pdf")
  void reference() {}
}
