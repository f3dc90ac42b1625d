/**
 * The work of {@code papertrail:migrate}, without Maven: the source model ({@link SourceParser}:
 * each declaration of a Java file, its Javadoc and the comments inside it with their positions, the
 * {@code @Paper} values already on it, and where a new annotation line and the import go; read with
 * javac's own parser, without a class path, see {@code PARSER.md} in the plugin module), the paper
 * references of a comment ({@link ReferenceFinder}), the plan ({@link Migration}: each reference
 * resolved and put on its declaration) and what is written ({@link MigrationFiles}: the patch,
 * through {@link UnifiedDiff}, the record, the edited files and the generated catalog).
 */
package io.github.papertrail.migrate;
