package com.acme.nn;

/**
 * Group normalisation: the features are split into groups, each normalised on its own.
 *
 * @see <a href="https://pytorch.org/docs/stable/generated/torch.nn.GroupNorm.html">torch.nn.GroupNorm</a>
 */
public final class GroupNorm {

  private final int groups;
  private final float eps;

  /**
   * A layer over {@code features} features in {@code groups} groups. 32 groups is the default of
   * <a href="https://doi.org/10.1007/978-3-030-01261-8_1">Wu and He, <i>Group Normalization</i>,
   * ECCV 2018</a>.
   */
  public GroupNorm(int features, int groups, float eps) {
    if (features % groups != 0) {
      throw new IllegalArgumentException(features + " features do not split into " + groups + " groups");
    }
    this.groups = groups;
    this.eps = eps;
  }

  public float[] forward(float[] x) {
    int size = x.length / groups;
    float[] y = new float[x.length];
    for (int g = 0; g < groups; g++) {
      double mean = 0;
      double var = 0;
      for (int i = g * size; i < (g + 1) * size; i++) {
        mean += x[i];
      }
      mean /= size;
      for (int i = g * size; i < (g + 1) * size; i++) {
        var += (x[i] - mean) * (x[i] - mean);
      }
      var /= size;
      for (int i = g * size; i < (g + 1) * size; i++) {
        y[i] = (float) ((x[i] - mean) / Math.sqrt(var + eps));
      }
    }
    return y;
  }
}
