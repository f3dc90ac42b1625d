package com.acme.speech;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/** One low-rank adapter per language pair, routed by the source language. */
@Paper("2307.31234") // refs.bib has this id only in Scholar's "journal={arXiv preprint arXiv:…}"
public final class SparseAdapters {

  private final float[][] down;
  private final float[][] up;

  public SparseAdapters(int width, int rank) {
    down = new float[rank][width];
    up = new float[width][rank];
  }

  @Paper(value = "arXiv:2109.29871", role = Role.MENTIONS) // the entry keyed s{\o}gaard2021calibrated
  public boolean exitEarly(float confidence, float threshold) {
    return confidence >= threshold;
  }

  @Paper("https://aclanthology.org/2023.findings-acl.977/") // the reading list's ACL Anthology row
  public static String benchmark() {
    return "spokenbench-lite";
  }

  public float[] apply(float[] x) {
    float[] h = new float[down.length];
    for (int r = 0; r < down.length; r++) {
      for (int i = 0; i < x.length; i++) {
        h[r] += down[r][i] * x[i];
      }
    }
    float[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      for (int r = 0; r < h.length; r++) {
        y[i] += up[i][r] * h[r];
      }
    }
    return y;
  }
}
