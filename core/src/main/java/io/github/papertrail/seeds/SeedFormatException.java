package io.github.papertrail.seeds;

/**
 * A seed or data file that does not have the shape its parser expects: names the file, the line (0
 * where the problem is the whole file) and the problem.
 */
public final class SeedFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public SeedFormatException(String file, int line, String problem) {
    super((line > 0 ? file + ":" + line : file) + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
