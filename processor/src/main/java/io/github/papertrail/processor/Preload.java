package io.github.papertrail.processor;

import io.github.papertrail.catalog.format.CatalogFiles;

/**
 * Loads the bundled catalog on a second thread as soon as javac starts papertrail, while javac
 * itself (single-threaded) parses and attributes the sources: the first check then finds it ready.
 */
final class Preload {

  private Preload() {}

  static void bundledCatalog() {
    Thread loader =
        new Thread(
            () -> {
              try {
                CatalogFiles.bundled();
              } catch (RuntimeException | LinkageError e) {
                // The first check loads it again and reports a problem where the user sees it. A
                // short compilation may end, and javac close papertrail's class loader, while this
                // thread still loads classes (NoClassDefFoundError): nothing needs the catalog
                // then, and nothing is printed.
              }
            },
            "papertrail-catalog-preload");
    loader.setDaemon(true);
    loader.start();
  }
}
