/**
 * The source model {@code papertrail:migrate} stands on: each declaration of a Java source file,
 * its Javadoc and the comments inside it with their positions, the {@code @Paper} values already on
 * it, and where a new annotation line (and the import) would go. Read with javac's own parser,
 * without a class path; see {@code PARSER.md} in the plugin module for why.
 */
package io.github.papertrail.migrate;
