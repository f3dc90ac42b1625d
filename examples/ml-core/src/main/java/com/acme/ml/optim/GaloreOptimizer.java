package com.acme.ml.optim;

import com.acme.ml.Matrix;
import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** Full-parameter training with optimizer state kept in a low-rank projection of the gradient. */
@Paper("2403.03507")
public final class GaloreOptimizer {

  private final int rank;
  private final int updateGap;
  private Matrix projection;
  private int step;

  public GaloreOptimizer(int rank, int updateGap) {
    this.rank = rank;
    this.updateGap = updateGap;
  }

  /** Recomputes the projection every {@code updateGap} steps, switching subspaces. */
  @Paper(value = "2403.03507", section = "Algorithm 2")
  public Matrix project(Matrix gradient) {
    if (projection == null || step++ % updateGap == 0) {
      projection = new Matrix(rank, gradient.rows);
      for (int i = 0; i < rank; i++) {
        projection.set(i, i % gradient.rows, 1f); // the real one takes the top singular vectors
      }
    }
    return projection.times(gradient);
  }

  /** Adds back the part of the gradient outside the subspace, scaled by its norm. */
  @Paper(value = "2410.01623", role = Role.ADAPTS, note = "Fira's norm-based scaling of the residual")
  public float residualScale(Matrix gradient, Matrix projected) {
    float full = gradient.frobeniusNorm();
    return full == 0 ? 0 : projected.frobeniusNorm() / full;
  }
}
