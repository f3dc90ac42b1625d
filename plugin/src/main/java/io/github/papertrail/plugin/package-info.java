/**
 * The Maven goals (check, report, aggregate, find, export, constants): small mojos that read their
 * parameters and call the plain classes of {@code report} and {@code scan}.
 */
package io.github.papertrail.plugin;
