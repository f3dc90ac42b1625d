package com.acme.optim;

/**
 * Adam with decoupled weight decay: the decay is applied to the weights directly instead of
 * being added to the gradient, so it is not rescaled by the adaptive step size.
 *
 * <p>Reference:
 *
 * <pre>
 * Loshchilov, I., and Hutter, F.
 * "Decoupled Weight Decay Regularization"
 * arXiv preprint arXiv:1711.05101, 2017.
 * </pre>
 *
 * @see <a href="https://arxiv.org/abs/1412.6980">Adam: A Method for Stochastic Optimization</a>
 */
public final class AdamW implements Optimizer {

  private final float beta1;
  private final float beta2;
  private final float eps;
  private final float weightDecay;
  private float[] m;
  private float[] v;
  private int t;

  public AdamW(float beta1, float beta2, float eps, float weightDecay) {
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.weightDecay = weightDecay;
  }

  @Override
  public void step(float[] params, float[] grads, float lr) {
    if (m == null) {
      m = new float[params.length];
      v = new float[params.length];
    }
    t++;
    double c1 = 1 - Math.pow(beta1, t);
    double c2 = 1 - Math.pow(beta2, t);
    for (int i = 0; i < params.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * grads[i];
      v[i] = beta2 * v[i] + (1 - beta2) * grads[i] * grads[i];
      double mHat = m[i] / c1;
      double vHat = v[i] / c2;
      params[i] -= (float) (lr * (mHat / (Math.sqrt(vHat) + eps) + weightDecay * params[i]));
    }
  }
}
