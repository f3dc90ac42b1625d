package io.github.papertrail.processor;

import io.github.papertrail.check.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The processor's options ({@code -Apapertrail.…=…}), read once, with a clear message for a bad value.
 *
 * @param catalogs extra catalog files, relative paths resolved against the working directory
 * @param unknown how an identifier that no catalog holds is reported
 * @param index whether to write META-INF/papertrail/citations.json
 */
record ProcessorOptions(List<Path> catalogs, Severity unknown, boolean index) {

  static final String CATALOGS = "papertrail.catalogs";
  static final String UNKNOWN = "papertrail.unknown";
  static final String INDEX = "papertrail.index";

  /** @throws IllegalArgumentException with the message to show when a value is not allowed */
  static ProcessorOptions parse(Map<String, String> options) {
    List<Path> catalogs = new ArrayList<>();
    String files = options.get(CATALOGS);
    if (files != null) {
      for (String file : files.split(File.pathSeparator)) {
        if (!file.isBlank()) {
          catalogs.add(Path.of(file.strip()).toAbsolutePath());
        }
      }
    }
    String unknown = options.getOrDefault(UNKNOWN, "error").strip().toLowerCase(Locale.ROOT);
    Severity severity = switch (unknown) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> throw new IllegalArgumentException(
          "-A" + UNKNOWN + "=" + options.get(UNKNOWN) + " is not allowed: write error (the default) or warning");
    };
    String index = options.getOrDefault(INDEX, "true").strip().toLowerCase(Locale.ROOT);
    if (!index.equals("true") && !index.equals("false")) {
      throw new IllegalArgumentException(
          "-A" + INDEX + "=" + options.get(INDEX) + " is not allowed: write true (the default) or false");
    }
    return new ProcessorOptions(catalogs, severity, index.equals("true"));
  }
}
