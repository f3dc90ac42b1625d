package io.github.papertrail.check;

/** How a problem affects the build. */
public enum Severity {
  ERROR,
  WARNING
}
