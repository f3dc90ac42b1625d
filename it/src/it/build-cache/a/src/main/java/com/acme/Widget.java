package com.acme;

import io.github.papertrail.Paper;

/** Cites a paper that only the module's own catalog, src/papers/team.bib, holds. */
@Paper("2612.04321")
public final class Widget {}
