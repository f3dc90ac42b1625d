package io.github.papertrail.processor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a compilation's citation index lives: javac's class output through the Filer (the
 * processor) or a folder (the javac plugin, which has no Filer). {@link Compilation} does the
 * reading, merging and reporting; a store only moves bytes.
 */
interface IndexStore {

  /** The index file, as messages name it. */
  String name();

  /**
   * The index an earlier compilation left, or null when there is none.
   *
   * @throws IOException when it is there but cannot be read
   */
  InputStream openEarlier() throws IOException;

  /** Replaces the index; on failure the earlier one is left as it was, and no other file. */
  void write(byte[] index) throws IOException;

  /** Whether the class output holds the class file of an owner ({@code com.acme.Lora$Nested}). */
  boolean hasClassFile(String owner);

  /** Whether an exception from opening a file means only that the file is not there. */
  static boolean absent(IOException e) {
    return e instanceof NoSuchFileException || e instanceof FileNotFoundException;
  }

  /**
   * Fails the same way in both front ends when a folder is where the index file goes (each file API
   * words it differently, or not at all).
   */
  static void notAFolder(Path file) throws IOException {
    if (file != null && Files.isDirectory(file)) {
      throw new IOException("a folder is in its place; delete the folder");
    }
  }

  /** Why a read or write failed, in words for a message: the reason, not the Java class. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
