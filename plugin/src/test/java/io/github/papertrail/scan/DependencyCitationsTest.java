package io.github.papertrail.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import io.github.papertrail.report.Citation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyCitationsTest {

  @TempDir Path dir;

  static final IndexedCitation LORA =
      new IndexedCitation(
          "com.acme.Lora",
          "CLASS",
          "com/acme/Lora.java",
          6,
          "2106.09685",
          "arxiv:2106.09685",
          null,
          "hu2021lora",
          "IMPLEMENTS",
          null,
          null,
          null,
          "com.acme.Lora",
          List.of());

  Path jar(String name, byte[] index) throws IOException {
    Path jar = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("com/acme/Lora.class"));
      zip.closeEntry();
      if (index != null) {
        zip.putNextEntry(new ZipEntry(CitationIndex.RESOURCE));
        zip.write(index);
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void aJarBuiltWithPapertrailGivesItsCitationsUnderItsCoordinates() throws IOException {
    Path jar = jar("ml-core-1.0.jar", CitationIndex.write(List.of(LORA)));
    assertEquals(
        List.of(
            new Citation(
                "com.acme:ml-core:1.0",
                "com.acme.Lora",
                "CLASS",
                "com/acme/Lora.java",
                6,
                "2106.09685",
                "IMPLEMENTS",
                null,
                null,
                null)),
        DependencyCitations.read("com.acme:ml-core:1.0", jar));
  }

  @Test
  void aClassFolderInTheReactorToo() throws IOException {
    Path classes =
        Files.createDirectories(dir.resolve("classes/META-INF/papertrail")).getParent().getParent();
    Files.write(classes.resolve(CitationIndex.RESOURCE), CitationIndex.write(List.of(LORA)));
    assertEquals(1, DependencyCitations.read("com.acme:ml-core:1.0", classes).size());
  }

  @Test
  void jarsWithoutAnIndexHaveNoCitationsAndABrokenIndexIsNamed() throws IOException {
    assertEquals(
        List.of(), DependencyCitations.read("org.slf4j:slf4j-api:2.0", jar("plain.jar", null)));
    Path broken = jar("broken.jar", "{\"schemaVersion\": 1, \"citations\": [".getBytes());
    CatalogException e =
        assertThrows(
            CatalogException.class, () -> DependencyCitations.read("com.acme:x:1", broken));
    assertEquals(
        true,
        e.getMessage().startsWith(broken + "!/" + CitationIndex.RESOURCE + ":1:"),
        e.getMessage());
  }
}
