package io.github.papertrail.processor;

import io.github.papertrail.index.CitationIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** The index in javac's class output, read and written through the processor's Filer. */
final class FilerIndex implements IndexStore {

  private final Filer filer;

  /**
   * The class output folder, once asked; null when it is not a folder on the default file system.
   */
  private Path classOutputFolder;

  private boolean classOutputAsked;

  FilerIndex(Filer filer) {
    this.filer = filer;
  }

  @Override
  public String name() {
    try {
      return path(filer.getResource(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE));
    } catch (IOException | IllegalArgumentException e) {
      // javac refuses a file object for a folder that is in the index's place: name the place
      // through a sibling
      try {
        String sibling =
            path(
                filer.getResource(
                    StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE + ".name"));
        return sibling.substring(0, sibling.length() - ".name".length());
      } catch (IOException | IllegalArgumentException again) {
        return CitationIndex.RESOURCE + " in the class output";
      }
    }
  }

  /** The index's path when the class output is a folder on the default file system, else null. */
  private Path file() {
    String name = name();
    try {
      return Path.of(name).isAbsolute() ? Path.of(name) : null;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /**
   * The class output folder, where a search for the module folder starts; null when it is not a
   * folder on the default file system. Asked through a sibling of the index that is never written:
   * an in-memory file manager records every file asked for, and the index must stay absent when the
   * options say not to write it.
   */
  Path classOutput() {
    try {
      Path folder =
          Path.of(
              filer
                  .getResource(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE + ".name")
                  .toUri());
      for (int i = 0; i < Path.of(CitationIndex.RESOURCE).getNameCount(); i++) {
        folder = folder.getParent();
      }
      return folder;
    } catch (IOException | RuntimeException e) {
      return null; // not a file: URI (an in-memory output), or a Filer that refuses the name
    }
  }

  private static String path(FileObject file) {
    return "file".equals(file.toUri().getScheme())
        ? Path.of(file.toUri()).toString()
        : file.getName();
  }

  @Override
  public InputStream openEarlier() throws IOException {
    IndexStore.notAFolder(file());
    try {
      return filer
          .getResource(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE)
          .openInputStream();
    } catch (IOException e) {
      if (IndexStore.absent(e)) {
        return null;
      }
      throw e;
    } catch (IllegalArgumentException e) {
      // javac's file manager refuses a folder; another may refuse the location
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void write(byte[] index) throws IOException {
    IndexStore.notAFolder(file());
    try {
      FileObject file =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", CitationIndex.RESOURCE);
      try (OutputStream out = file.openOutputStream()) {
        out.write(index);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(
          e.getMessage(), e); // a folder in its place, or a Filer that already wrote it
    }
  }

  @Override
  public boolean hasClassFile(String owner) {
    if (!classOutputAsked) {
      classOutputAsked = true;
      classOutputFolder = classOutput();
    }
    if (classOutputFolder != null) {
      // a look-up per class, not an open: an incremental compile asks this of every earlier owner
      return Files.isRegularFile(classOutputFolder.resolve(owner.replace('.', '/') + ".class"));
    }
    int dot = owner.lastIndexOf('.');
    String pkg = dot < 0 ? "" : owner.substring(0, dot);
    try (InputStream in =
        filer
            .getResource(StandardLocation.CLASS_OUTPUT, pkg, owner.substring(dot + 1) + ".class")
            .openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
