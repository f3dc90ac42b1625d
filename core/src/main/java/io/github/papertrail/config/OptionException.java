package io.github.papertrail.config;

/**
 * An option papertrail cannot use; the message names it as the user wrote it and says what to
 * write.
 */
public final class OptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  OptionException(String message) {
    super(message);
  }
}
