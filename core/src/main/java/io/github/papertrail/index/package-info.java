/**
 * The citation index, {@code META-INF/papertrail/citations.json}: its records, how they are read,
 * merged after an incremental compilation and written, and how elements are named in it ({@link
 * io.github.papertrail.index.ElementName}).
 */
package io.github.papertrail.index;
