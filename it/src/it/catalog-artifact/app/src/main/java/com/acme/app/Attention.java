package com.acme.app;

import io.github.papertrail.Paper;

@Paper("1706.03762")
public final class Attention {}
