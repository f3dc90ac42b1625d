package io.github.papertrail.migrate;

/**
 * Where an import line goes: at {@code offset}, the start of the line after the last import; or, in
 * a file without imports, after the package declaration's line, with a blank line before it ({@code
 * blankLineBefore}); or at the top of a file with neither, with a blank line after it.
 */
public record ImportPoint(
    int offset, int line, String lineSeparator, boolean blankLineBefore, boolean blankLineAfter) {

  /** The text to insert for {@code importLine}, e.g. {@code import io.github.papertrail.Paper;}. */
  public String text(String importLine) {
    return (blankLineBefore ? lineSeparator : "")
        + importLine
        + lineSeparator
        + (blankLineAfter ? lineSeparator : "");
  }
}
