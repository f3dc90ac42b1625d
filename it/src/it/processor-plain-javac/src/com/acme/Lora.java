package com.acme;

import io.github.papertrail.Paper;

@Paper("2106.09685")
public final class Lora {
  @Paper("2106.09865")
  int rank = 8;
}
