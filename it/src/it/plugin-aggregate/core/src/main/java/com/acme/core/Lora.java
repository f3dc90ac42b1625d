package com.acme.core;

import io.github.papertrail.Paper;

@Paper("2106.09685")
public final class Lora {}
