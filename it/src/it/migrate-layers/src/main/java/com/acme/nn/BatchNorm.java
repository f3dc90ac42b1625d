package com.acme.nn;

/**
 * Batch normalisation: each feature is normalised with the mean and variance of the mini-batch
 * during training, and with running estimates at inference, then scaled and shifted by learned
 * parameters, as described in <a href="https://arxiv.org/abs/1502.03167"><i>Batch Normalization:
 * Accelerating Deep Network Training by Reducing Internal Covariate Shift</i></a> (Ioffe and
 * Szegedy, ICML 2015).
 */
public final class BatchNorm {

  private final float[] gamma;
  private final float[] beta;
  private final float[] runningMean;
  private final float[] runningVar;
  private final float momentum;
  private final float eps;

  public BatchNorm(int features, float momentum, float eps) {
    gamma = new float[features];
    beta = new float[features];
    runningMean = new float[features];
    runningVar = new float[features];
    java.util.Arrays.fill(gamma, 1f);
    java.util.Arrays.fill(runningVar, 1f);
    this.momentum = momentum;
    this.eps = eps;
  }

  public float[][] forward(float[][] x, boolean training) {
    int n = x.length;
    int d = gamma.length;
    float[][] y = new float[n][d];
    for (int j = 0; j < d; j++) {
      float mean;
      float var;
      if (training) {
        double s = 0;
        double ss = 0;
        for (float[] row : x) {
          s += row[j];
          ss += row[j] * row[j];
        }
        mean = (float) (s / n);
        var = (float) (ss / n - mean * mean);
        // The running variance is updated with the unbiased estimate (n / (n - 1)), see
        // http://cs231n.stanford.edu/slides/2017/cs231n_2017_lecture6.pdf for the derivation.
        float unbiased = n > 1 ? var * n / (n - 1) : var;
        runningMean[j] = (1 - momentum) * runningMean[j] + momentum * mean;
        runningVar[j] = (1 - momentum) * runningVar[j] + momentum * unbiased;
      } else {
        mean = runningMean[j];
        var = runningVar[j];
      }
      float inv = (float) (1 / Math.sqrt(var + eps));
      for (int i = 0; i < n; i++) {
        y[i][j] = gamma[j] * (x[i][j] - mean) * inv + beta[j];
      }
    }
    return y;
  }
}
