package io.github.papertrail.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reads a {@code <formats>} list, as {@code export} and the reports take it. */
final class FormatNames {

  private FormatNames() {}

  /**
   * The formats named, in the order given, each once; names are trimmed and case-insensitive, blank
   * ones ignored.
   *
   * @param accepted every format, in the order {@link #accepted} lists them
   * @param what the kind of format, for messages: "export format", "report format"
   * @throws IllegalArgumentException naming the unknown ones and the accepted ones, or when none is
   *     given
   */
  static <F> List<F> parse(
      List<String> names, List<F> accepted, Function<F, String> nameOf, String what) {
    LinkedHashSet<F> formats = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String name : names == null ? List.<String>of() : names) {
      String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
      if (wanted.isEmpty()) {
        continue;
      }
      F match = null;
      for (F format : accepted) {
        if (nameOf.apply(format).equals(wanted)) {
          match = format;
        }
      }
      if (match == null) {
        unknown.add("'" + name.strip() + "'");
      } else {
        formats.add(match);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown "
              + what
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown)
              + "; the accepted formats are "
              + accepted(accepted, nameOf));
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException(
          "no " + what + " given; the accepted formats are " + accepted(accepted, nameOf));
    }
    return List.copyOf(formats);
  }

  /** "bibtex, csl-json, cff", for messages. */
  static <F> String accepted(List<F> formats, Function<F, String> nameOf) {
    return String.join(", ", formats.stream().map(nameOf).toList());
  }
}
