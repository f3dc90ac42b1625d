package com.acme.broken;

/** See https://arxiv.org/abs/1502.03167. */
public class Broken {

  void f() {
    int x = ;
  }
}
