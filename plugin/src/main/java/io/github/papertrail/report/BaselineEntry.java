package io.github.papertrail.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;

/**
 * One problem a baseline accepts, by what it is and where in the code it is, not by file or line,
 * so that moving code keeps it matched.
 *
 * @param tag the problem's tag, {@code PaperUnknownId}
 * @param element the element it is on, {@code com.acme.Lora#merge(int)}
 * @param identifier the identifier as written, or empty for a problem of none
 */
public record BaselineEntry(
    @JsonProperty(required = true) String tag,
    @JsonProperty(required = true) String element,
    @JsonProperty(required = true) String identifier)
    implements Comparable<BaselineEntry> {

  private static final Comparator<BaselineEntry> ORDER =
      Comparator.comparing(BaselineEntry::element)
          .thenComparing(BaselineEntry::tag)
          .thenComparing(BaselineEntry::identifier);

  /** Refuses a null: a file that has one names the field with its line and column. */
  public BaselineEntry {
    if (tag == null || element == null || identifier == null) {
      throw new IllegalArgumentException(
          "an entry needs \"tag\", \"element\" and \"identifier\", each a string");
    }
  }

  /** By element, then tag, then identifier: the file's order. */
  @Override
  public int compareTo(BaselineEntry other) {
    return ORDER.compare(this, other);
  }

  /** {@code [PaperUnknownId] com.acme.Lora#merge(int) 2106.09658}, as the log lists it. */
  @Override
  public String toString() {
    return "[" + tag + "] " + element + (identifier.isEmpty() ? "" : " " + identifier);
  }
}
