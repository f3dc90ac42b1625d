/**
 * From the seed documents (the reading lists the bundled catalog is built from) to catalog entries:
 * one strict parser per seed format (Jekyll post, Hugo page, awesome list, Daily Papers dump,
 * digest), the curated tables, and {@link io.github.papertrail.seeds.CatalogBuilder}, which merges
 * their records into entries with keys and provenance. {@code SeedPapers}, generated at build time,
 * holds one constant per entry.
 */
package io.github.papertrail.seeds;
