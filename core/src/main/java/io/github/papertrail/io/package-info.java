/**
 * Writing files so that a reader never sees half of one ({@link
 * io.github.papertrail.io.AtomicFiles}).
 */
package io.github.papertrail.io;
