/**
 * Catalog files: the catalog JSON schema (read and written with Jackson's streaming API), BibTeX,
 * Markdown reading lists, CSL-JSON and the references of a CITATION.cff (both read into located
 * {@code Tree} values, so each item is judged on its own), the format chosen by extension, a {@code
 * .json} file's first character or a {@code format:} prefix, and {@link
 * io.github.papertrail.catalog.format.CatalogFiles}, which loads the bundled catalog and the
 * catalogs a build uses.
 */
package io.github.papertrail.catalog.format;
