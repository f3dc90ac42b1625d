package com.acme.peft;

import io.github.papertrail.Paper;

@Paper("2106.09685")
public final class LoraAdapter {
  @Paper(value = "hu2021lora", section = "4.1")
  void merge() {}
}
