package com.acme.optim;

import io.github.papertrail.Paper;

@Paper("galore2024")
public final class Galore {}
