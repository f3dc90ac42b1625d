package io.github.papertrail.processor;

import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The index in a class output folder the user named ({@code index=DIR}), replaced atomically. */
final class FolderIndex implements IndexStore {

  private final Path folder;
  private final Path file;

  FolderIndex(Path folder) {
    this.folder = folder;
    this.file = folder.resolve(CitationIndex.RESOURCE);
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public InputStream openEarlier() throws IOException {
    IndexStore.notAFolder(file);
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      if (IndexStore.absent(e)) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public void write(byte[] index) throws IOException {
    IndexStore.notAFolder(file);
    AtomicFiles.write(file, index);
  }

  @Override
  public boolean hasClassFile(String owner) {
    return Files.isRegularFile(folder.resolve(owner.replace('.', '/') + ".class"));
  }
}
