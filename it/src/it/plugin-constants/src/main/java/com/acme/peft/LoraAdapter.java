package com.acme.peft;

import com.acme.Papers;
import io.github.papertrail.Paper;
import io.github.papertrail.seeds.SeedPapers;

@Paper(Papers.HU2021LORA)
public final class LoraAdapter {

  @Paper(SeedPapers.GALORE2024)
  static final int PROJECTION_RANK = 128;

  private LoraAdapter() {}
}
