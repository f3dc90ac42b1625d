package io.github.papertrail.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.Identifier;
import org.junit.jupiter.api.Test;

/** The plugin's classpath carries the bundled catalog of papertrail-seeds. */
class BundledCatalogOnClasspathTest {

  @Test
  void loraResolvesThroughTheSeedsJar() {
    assertEquals("hu2021lora",
        Catalog.bundled().lookup(Identifier.parse("2106.09685").orElseThrow()).get(0).key());
  }
}
