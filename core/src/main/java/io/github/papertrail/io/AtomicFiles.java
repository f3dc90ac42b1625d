package io.github.papertrail.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The one way papertrail writes a file: through a temporary file beside it and a rename, so that a
 * reader (or an interrupted build) never sees half a file, and no temporary file is left behind
 * when the write fails.
 */
public final class AtomicFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Writes the bytes to {@code target}, creating its folder; returns {@code target}. */
  public static Path write(Path target, byte[] bytes) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = temporary(folder, target.getFileName().toString(), bytes);
    try {
      keepPermissions(target, temp);
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

  /**
   * A new file beside the target holding the bytes. Not {@code Files.createTempFile}: its file is
   * the owner's alone (0600 on POSIX), which the rename would give the target; created like any
   * other file, it gets the permissions the umask gives.
   */
  private static Path temporary(Path folder, String name, byte[] bytes) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp =
          folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      } catch (IOException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
    }
  }

  /** An existing target keeps its permissions (a source file edited in place, an executable). */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (!Files.isRegularFile(target)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    } catch (UnsupportedOperationException notPosix) {
      // no POSIX permissions here (Windows): nothing to keep
    }
  }

  /** The text in UTF-8. */
  public static Path write(Path target, String text) throws IOException {
    return write(target, text.getBytes(StandardCharsets.UTF_8));
  }
}
