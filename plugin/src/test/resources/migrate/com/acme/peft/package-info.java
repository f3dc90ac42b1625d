/**
 * Parameter-efficient fine-tuning: low-rank adapters as in
 * <a href="https://arxiv.org/abs/2106.09685">LoRA: Low-Rank Adaptation of Large Language Models</a>
 * (Hu et al., 2021) and their quantized variant, see https://huggingface.co/papers/2305.14314.
 */
@Paper("2106.09685")
@NonNullByDefault
package com.acme.peft;

import io.github.papertrail.Paper;
import org.eclipse.jdt.annotation.NonNullByDefault;
