/**
 * The catalog model and its merge: {@link io.github.papertrail.catalog.CatalogEntry} (one paper,
 * its identifiers, authors and provenance), {@link io.github.papertrail.catalog.Catalog} (entries
 * indexed by key and by every identifier in normal form) and {@link
 * io.github.papertrail.catalog.Catalogs} (the catalogs a build uses, merged in order with their
 * conflicts). Nothing here reads or writes a file: see {@code io.github.papertrail.catalog.format}.
 */
package io.github.papertrail.catalog;
