package io.github.papertrail.check;

/**
 * Where a problem is, as far as the front end that found it knows.
 *
 * @param element the cited element, named as the citation index names it ({@code
 *     com.acme.Lora#merge(int)})
 * @param source the source file relative to its source root ({@code com/acme/Lora.java}), or null
 * @param line the 1-based line of the annotation value, or null
 * @param column the 1-based column of the annotation value, or null
 */
public record Location(String element, String source, Integer line, Integer column) {

  /**
   * {@code com.acme.Lora#merge(int) (com/acme/Lora.java:12)}, or just the element without a source.
   */
  @Override
  public String toString() {
    return element + (source == null ? "" : " (" + source + (line == null ? "" : ":" + line) + ")");
  }
}
