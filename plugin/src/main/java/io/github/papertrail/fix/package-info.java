/**
 * Fixes as patches: the one fix of a citation problem ({@link
 * io.github.papertrail.check.AutomaticFix}) written into its string literal, for {@code
 * papertrail:check -Dpapertrail.patch}. Knows nothing of Maven.
 */
package io.github.papertrail.fix;
