package com.acme.optim;

import io.github.papertrail.Paper;

/**
 * Projects full-rank gradients onto a low-rank subspace before the optimizer sees them, and the
 * update back (<a href="https://arxiv.org/abs/2403.03507">GaLore</a>). Unlike a low-rank adapter
 * (https://huggingface.co/papers/2106.09685) the weights themselves stay full-rank.
 */
@Paper("2403.03507")
public final class GaLoreProjector {

  private final int rank;
  private final int updateGap;

  public GaLoreProjector(int rank, int updateGap) {
    this.rank = rank;
    this.updateGap = updateGap;
  }

  /** Whether the projection matrix is recomputed (by SVD of the gradient) at this step. */
  public boolean refreshAt(int step) {
    return step % updateGap == 0;
  }

  public int rank() {
    return rank;
  }
}
