package com.acme.refs;

/**
 * Learning-rate schedules.
 *
 * <p>Warm restarts follow
 * <a href="https://openreview.net/forum?id=Skq89Scxx">SGDR: Stochastic Gradient Descent
 * with Warm Restarts</a> (Loshchilov and Hutter, 2017).
 *
 * <p>Slides: <a href="https://www.cs.example.edu/~someone/teaching/lecture6.pdf">lecture 6</a>;
 * a friendlier walk-through is <a href="https://blog.example.com/2019/01/warmup.html">this post</a>.
 * Code at https://github.com/acme/schedules and the docs at https://acme.example.org/docs/.
 *
 * @see <a href="https://aclanthology.org/N19-1423/">BERT: Pre-training of Deep Bidirectional
 *     Transformers for Language Understanding</a>
 */
public final class Schedules {

  double decay(int step) {
    // LSTM gates as in https://doi.org/10.1162/neco.1997.9.8.1735 (Hochreiter & Schmidhuber, 1997).
    double keep = 0.9;
    /* Low-rank adapters:
       https://huggingface.co/papers/2106.09685 */
    return keep;
  }
}
