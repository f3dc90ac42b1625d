/**
 * Reading citations from compiled classes (ASM) and from the citation indexes that dependency jars
 * carry.
 */
package io.github.papertrail.scan;
