/**
 * Normalisation layers over the last dimension of a {@code [batch][features]} activation.
 *
 * <p>Shapes and defaults follow the framework the weights usually come from; see the
 * <a href="https://pytorch.org/docs/stable/nn.html#normalization-layers">PyTorch reference</a> and,
 * for an illustrated comparison of the four layers, <a
 * href="https://theaisummer.com/normalization/">this blog post</a>. Slides: <a
 * href="http://cs231n.stanford.edu/slides/2017/cs231n_2017_lecture6.pdf">CS231n lecture 6</a>.
 */
package com.acme.nn;
