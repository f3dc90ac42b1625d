package io.github.papertrail.processor;
import io.github.papertrail.catalog.format.CatalogFormat;
import io.github.papertrail.catalog.format.CatalogSource;
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
 * @param catalogs extra catalogs (JSON, BibTeX, Markdown), relative paths resolved against the working directory
 * @param unknown how an identifier that no catalog holds is reported
 * @param index whether to write META-INF/papertrail/citations.json
 */
record ProcessorOptions(List<CatalogSource> catalogs, Severity unknown, boolean index) {

  static final String CATALOGS = "papertrail.catalogs";
  static final String UNKNOWN = "papertrail.unknown";
  static final String INDEX = "papertrail.index";

  /**
   * @throws IllegalArgumentException with the message to show when a value is not allowed
   * @throws io.github.papertrail.catalog.CatalogException when a catalog's format cannot be told
   */
  static ProcessorOptions parse(Map<String, String> options) {
    List<CatalogSource> catalogs = new ArrayList<>();
    String files = options.get(CATALOGS);
    if (files != null) {
      Path workingDirectory = Path.of("").toAbsolutePath();
      String[] parts = files.split(File.pathSeparator);
      for (int i = 0; i < parts.length; i++) {
        String file = parts[i].strip();
        // On Unix the separator is ':', which also ends a format word: "bibtex:refs.txt" arrives in two parts
        if (File.pathSeparatorChar == ':' && CatalogFormat.forWord(file) != null && i + 1 < parts.length) {
          file = file + ":" + parts[++i].strip();
        }
        if (!file.isBlank()) {
          catalogs.add(CatalogSource.parse(file, workingDirectory));
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
