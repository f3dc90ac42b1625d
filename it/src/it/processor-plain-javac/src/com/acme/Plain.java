package com.acme;

/** No citation: papertrail must stay silent, however short the compilation. */
public final class Plain {
  public int twice(int x) {
    return 2 * x;
  }
}
