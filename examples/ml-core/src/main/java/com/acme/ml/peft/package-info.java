/** Parameter-efficient fine-tuning: adapters that train a small number of parameters. */
@Paper(value = "2405.09673", role = Role.MENTIONS, note = "why low-rank adapters forget less")
package com.acme.ml.peft;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;
