/**
 * The annotations: {@link io.github.papertrail.Paper} cites a research paper on a type, member,
 * package or module; {@link io.github.papertrail.Role} says how the code relates to it.
 */
package io.github.papertrail;
