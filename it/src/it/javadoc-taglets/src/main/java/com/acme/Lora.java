package com.acme;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

/**
 * Low-rank adapters for frozen weights, as in {@paper 2106.09685}, made sparse as in {@paper
 * acme2024sparse}.
 *
 * @papers
 */
@Paper(value = "2106.09685", section = "4.1", note = "rank fixed at 8")
@Paper(value = "acme2024sparse", role = Role.ADAPTS)
public final class Lora {}
