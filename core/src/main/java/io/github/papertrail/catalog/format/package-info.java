/**
 * Catalog files: the catalog JSON schema (read and written with Jackson's streaming API), BibTeX
 * and Markdown reading lists, the format chosen by extension or a {@code format:} prefix, and
 * {@link io.github.papertrail.catalog.format.CatalogFiles}, which loads the bundled catalog and the
 * catalogs a build uses.
 */
package io.github.papertrail.catalog.format;
