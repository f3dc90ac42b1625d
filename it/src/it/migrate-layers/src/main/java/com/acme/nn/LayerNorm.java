package com.acme.nn;

/**
 * Layer normalisation over the features of each example, independent of the batch ({@link
 * https://arxiv.org/abs/1607.06450 Layer Normalization}).
 */
public final class LayerNorm {

  private final float eps;
  private final boolean rms;

  /**
   * @param eps added to the variance
   * @param rms skip the centring and divide by the root mean square only
   */
  public LayerNorm(float eps, boolean rms) {
    this.eps = eps;
    this.rms = rms;
  }

  public float[] forward(float[] x) {
    double mean = 0;
    if (!rms) {
      for (float v : x) {
        mean += v;
      }
      mean /= x.length;
    }
    /* With rms, this is RMSNorm: "Root Mean Square Layer Normalization",
       Zhang and Sennrich, NeurIPS 2019, https://arxiv.org/abs/1910.07467 */
    double ms = 0;
    for (float v : x) {
      ms += (v - mean) * (v - mean);
    }
    ms /= x.length;
    float inv = (float) (1 / Math.sqrt(ms + eps));
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = (float) ((x[i] - mean) * inv);
    }
    return y;
  }
}
