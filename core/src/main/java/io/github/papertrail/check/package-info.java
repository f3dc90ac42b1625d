/**
 * Checking a citation: {@link io.github.papertrail.check.CitationValidator} is a pure function from
 * an identifier as written (and an optional title) to the entry it names and the problems found. A
 * {@link io.github.papertrail.check.Problem} is data (kind, severity, value, member, location,
 * fixes, advice); {@link io.github.papertrail.check.ProblemText} renders it for the front ends.
 */
package io.github.papertrail.check;
