/**
 * First-order optimizers for training dense models, and the schedules that drive their learning
 * rate.
 *
 * <p>Every optimizer here starts from a short warmup by default; why a warmup helps at all is
 * analysed in <a href="https://openreview.net/forum?id=RveSp5oESA">Analyzing &amp; Eliminating
 * Learning Rate Warmup in GPT Pre-Training</a>.
 *
 * <p>Background reading, if the update rules are new to you: the
 * <a href="https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf">lecture 6
 * slides</a> (RMSProp first appeared there), the
 * <a href="https://www.ruder.io/optimizing-gradient-descent/">overview blog post</a> and the
 * <a href="https://github.com/acme-ml/optim-reference">reference implementations</a>. How to pick
 * one is in the <a href="https://acme-ml.github.io/optim/docs/choosing.html">user guide</a>.
 */
package com.acme.optim;
