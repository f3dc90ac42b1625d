package io.github.papertrail;

/** How the annotated code relates to the paper it cites. */
public enum Role {
  /** The code implements the paper's method. The default. */
  IMPLEMENTS,
  /** The code implements a modified version of the paper's method. */
  ADAPTS,
  /**
   * The code uses the method (or a model, data set or result) of the paper without implementing it.
   */
  USES,
  /** The code evaluates against the paper: a benchmark, a metric, a baseline. */
  EVALUATES,
  /** The paper is related reading only. */
  MENTIONS
}
