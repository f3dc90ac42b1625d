package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogLoad;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The .bib fixtures of the BibTeX reader's tests, read as a catalog file is. */
final class BibFixtures {

  private BibFixtures() {}

  /** {@code src/test/resources/catalogs/NAME}, read under its own name. */
  static CatalogLoad read(String name) {
    try {
      return BibtexCatalogReader.read(
          name,
          Files.readString(Path.of("src/test/resources/catalogs", name), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, CatalogEntry> byKey(CatalogLoad load) {
    return load.entries().stream()
        .collect(Collectors.toMap(CatalogEntry::key, Function.identity()));
  }
}
