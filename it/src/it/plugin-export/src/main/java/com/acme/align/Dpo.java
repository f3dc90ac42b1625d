package com.acme.align;

import io.github.papertrail.Paper;
import io.github.papertrail.Role;

@Paper(value = "arXiv:2305.18290", role = Role.IMPLEMENTS, section = "Eq. 7")
public final class Dpo {}
