/**
 * Code generation with JavaPoet: a constants class with one field per catalog entry, each with
 * Javadoc (title, authors, year, link), so that an IDE shows the paper on hover.
 */
package io.github.papertrail.codegen;
