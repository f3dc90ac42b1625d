package io.github.papertrail.report;

/**
 * A baseline file that cannot be used: the message names the file (with line and column when the
 * file is malformed) and what to do.
 */
public final class BaselineException extends Exception {

  private static final long serialVersionUID = 1L;

  BaselineException(String message) {
    super(message);
  }
}
