package com.acme.app;

import io.github.papertrail.Paper;

/** Sparse widget attention, as the team's own paper describes it. */
@Paper("2501.00417")
public final class WidgetAttention {}
