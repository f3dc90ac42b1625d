package com.acme;

/** Low-rank adapters. */
public final class Lora {
  /**
   * Merges the adapter into the weights, see {@paper 2106.99999}.
   */
  public void merge() {}
}
