package io.github.papertrail.migrate;

/**
 * Where a new annotation goes: at {@code offset} of the file's decoded text. Usually a line of its
 * own before the declaration's first annotation or modifier (after its Javadoc), with the
 * declaration's {@code indentation} and the file's {@code lineSeparator}; {@code inline} when
 * something else precedes the declaration on its line (enum constants on one line, a record
 * component), and the annotation then goes before it followed by a space.
 */
public record Insertion(
    int offset, int line, String indentation, String lineSeparator, boolean inline) {

  /** The text to insert for {@code code}, e.g. {@code @Paper("2106.09685")}. */
  public String text(String code) {
    return inline ? code + " " : indentation + code + lineSeparator;
  }

  /** {@code source} with {@code code} inserted here; nothing else changes. */
  public String applyTo(String source, String code) {
    return source.substring(0, offset) + text(code) + source.substring(offset);
  }
}
