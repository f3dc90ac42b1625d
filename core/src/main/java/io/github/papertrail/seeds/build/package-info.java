/**
 * The build-time tools that run in papertrail-core's own build: one writes the bundled {@code
 * META-INF/papertrail/catalog.json} from the seeds, the other generates {@code SeedPapers} from it.
 */
package io.github.papertrail.seeds.build;
