/**
 * papertrail-agent: a Java agent that records which {@code @Paper} citations the code of a run
 * actually used. {@link io.github.papertrail.agent.PapertrailAgent} installs {@link
 * io.github.papertrail.agent.CitationTransformer}, which rewrites only classes that carry a
 * {@code @Paper}; the rewritten code tells {@link io.github.papertrail.agent.Recorder} once per
 * element; {@link io.github.papertrail.agent.PapersUsed#snapshot()} reads it, and {@link
 * io.github.papertrail.agent.UsageReport} writes it as JSON and BibTeX at exit.
 */
package io.github.papertrail.agent;
