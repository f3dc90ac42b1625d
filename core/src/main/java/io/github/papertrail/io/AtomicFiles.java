package io.github.papertrail.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way papertrail writes a file: through a temporary file beside it and a rename, so that a
 * reader (or an interrupted build) never sees half a file, and no temporary file is left behind
 * when the write fails.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes the bytes to {@code target}, creating its folder; returns {@code target}. */
  public static Path write(Path target, byte[] bytes) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(
            temp,
            target,
            StandardCopyOption.REPLACE_EXISTING); // a file system without atomic renames
      }
      return target;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The text in UTF-8. */
  public static Path write(Path target, String text) throws IOException {
    return write(target, text.getBytes(StandardCharsets.UTF_8));
  }
}
