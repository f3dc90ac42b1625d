/**
 * The Maven goals (check, baseline, report, aggregate, find, export, constants, migrate): small
 * mojos that read their parameters and call the plain classes of {@code report} and {@code scan}.
 * What they share (skip, the catalogs, their loading) is in {@link
 * io.github.papertrail.plugin.AbstractPapertrailMojo}, and for the report goal, a site report, in
 * {@link io.github.papertrail.plugin.GoalCatalogs}.
 */
package io.github.papertrail.plugin;
