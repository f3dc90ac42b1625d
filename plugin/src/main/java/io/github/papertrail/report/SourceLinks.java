package io.github.papertrail.report;

import java.util.Map;

/** Where a report links a citation's source line: a file relative to the report, or a web URL. */
@FunctionalInterface
public interface SourceLinks {

  /** The link for a citation, or null when its source is not known. */
  String link(Citation citation);

  /** No source links. */
  static SourceLinks none() {
    return citation -> null;
  }

  /**
   * Links under one base per module: {@code base + source + "#L" + line}, e.g. the relative {@code
   * ../../src/main/java/} or {@code https://github.com/acme/ml/blob/main/core/src/main/java/}.
   */
  static SourceLinks under(Map<String, String> basePerModule) {
    return citation -> {
      String base = basePerModule.get(citation.module());
      if (base == null || citation.source() == null) {
        return null;
      }
      return base + citation.source() + (citation.line() == null ? "" : "#L" + citation.line());
    };
  }
}
