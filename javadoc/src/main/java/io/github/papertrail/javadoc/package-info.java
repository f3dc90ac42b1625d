/**
 * Javadoc taglets that render papertrail citations in API documentation: {@link
 * io.github.papertrail.javadoc.PaperTaglet} ({@code {@paper ID}}, a paper from the catalogs) and
 * {@link io.github.papertrail.javadoc.PapersTaglet} ({@code @papers}, an element's own
 * {@code @Paper} citations). They run inside javadoc's JVM, from the taglet path.
 */
package io.github.papertrail.javadoc;
