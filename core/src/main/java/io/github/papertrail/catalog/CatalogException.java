package io.github.papertrail.catalog;

/**
 * A catalog file that cannot be read: the message names the file, line and column, and the problem.
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
