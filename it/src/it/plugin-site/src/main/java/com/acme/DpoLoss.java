package com.acme;

import io.github.papertrail.Paper;

@Paper("2305.18290")
public final class DpoLoss {}
