package io.github.papertrail.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesTheBytesAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("sub/out.json");
    AtomicFiles.write(target, "{}");
    AtomicFiles.write(target, "{\"a\":1}");
    assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void anEditedFileKeepsItsPermissions() throws IOException {
    assumeTrue(posix());
    Path source = dir.resolve("Lora.java");
    Files.writeString(source, "class Lora {}\n");
    Set<PosixFilePermission> before = PosixFilePermissions.fromString("rwxr-x---");
    Files.setPosixFilePermissions(source, before);
    AtomicFiles.write(source, "@Paper(\"2106.09685\")\nclass Lora {}\n");
    assertEquals(before, Files.getPosixFilePermissions(source));
  }

  @Test
  void aNewFileGetsThePermissionsOfAnyNewFileNotTheOwnersAlone() throws IOException {
    assumeTrue(posix());
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path written = AtomicFiles.write(dir.resolve("migrated.bib"), "x");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
  }

  private boolean posix() {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
