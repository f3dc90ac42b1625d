package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.id.Identifier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog jars on a class path: found in order, the bundled one told apart, merged after it. */
class ClassPathCatalogTest {

  @TempDir Path dir;

  static final String TEAM =
      """
      {
        "schemaVersion": 1,
        "entries": [
          {
            "key": "acme2025widget",
            "title": "Widget Attention for Sparse Transformers",
            "ids": { "arxiv": "arxiv:2501.00417" },
            "authors": [ "Ada Acme" ],
            "year": 2025,
            "kind": "paper"
          }
        ]
      }
      """;

  Path jar(String name, String catalog, String... classes) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(Catalog.RESOURCE));
      out.write(catalog.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      for (String type : classes) {
        out.putNextEntry(new JarEntry(type.replace('.', '/') + ".class"));
        out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void aJarThatShadesPapertrailHoldsTheBundledCatalogAgainAndIsPassedOver() throws IOException {
    Path processor = jar("papertrail-processor-0.1.jar", TEAM, Catalog.class.getName());
    Path team = jar("team-papers-1.0.jar", TEAM);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {processor.toUri().toURL(), team.toUri().toURL()}, null)) {
      assertEquals(
          List.of("team-papers-1.0.jar"),
          CatalogFiles.onClassPath(loader).stream().map(ClassPathCatalog::name).toList());
    }
  }

  @Test
  void aTeamJarOnTheClassPathIsFoundAndNamedAfterItsFile() throws IOException {
    Path team = jar("team papers-1.0.jar", TEAM);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {team.toUri().toURL()}, null)) {
      List<ClassPathCatalog> found = CatalogFiles.onClassPath(loader);
      assertEquals(1, found.size());
      assertEquals("team papers-1.0.jar", found.get(0).name());
      assertEquals("team papers-1.0.jar!/" + Catalog.RESOURCE, found.get(0).toString());
    }
  }

  @Test
  void itsPapersCanBeCitedAfterTheBundledOnesWithTheJarAsTheirSource() throws IOException {
    Path team = jar("team-papers-1.0.jar", TEAM);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {team.toUri().toURL()}, null)) {
      Catalogs catalogs = CatalogFiles.inUse(CatalogFiles.onClassPath(loader), List.of());
      List<CatalogEntry> found = catalogs.lookup(Identifier.parse("2501.00417").orElseThrow());
      assertEquals(1, found.size());
      assertEquals("acme2025widget", found.get(0).key());
      assertEquals("team-papers-1.0.jar", found.get(0).sources().get(0).seed());
      assertEquals(
          Catalogs.BUNDLED + ", team-papers-1.0.jar!/" + Catalog.RESOURCE, catalogs.describe());
      assertEquals(CatalogFiles.bundled().entries().size() + 1, catalogs.entries().size());
      assertEquals(CatalogFiles.bundled().entries().get(0).key(), catalogs.entries().get(0).key());
    }
  }

  @Test
  void theBundledCatalogIsTheOneInPapertrailsOwnJarEvenWhenATeamJarComesFirst() throws IOException {
    Path team = jar("team-papers-1.0.jar", TEAM);
    URL own = CatalogFiles.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {team.toUri().toURL(), own}, null)) {
      URL bundled = CatalogFiles.bundledResource(loader, own);
      assertNotEquals(team.toUri().toURL().toExternalForm(), bundled.toExternalForm());
      assertTrue(
          bundled.toExternalForm().startsWith(own.toExternalForm())
              || bundled.toExternalForm().startsWith("jar:" + own.toExternalForm()),
          bundled.toString());
      // and the class path catalogs leave it out
      assertEquals(
          List.of("team-papers-1.0.jar"),
          CatalogFiles.onClassPath(loader).stream().map(ClassPathCatalog::name).toList());
    }
  }

  @Test
  void aMalformedCatalogInAJarIsAnErrorNamingTheJarAndTheLine() throws IOException {
    Path team =
        jar("broken-1.0.jar", "{\n  \"schemaVersion\": 1,\n  \"entries\": [ { \"key\": }\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {team.toUri().toURL()}, null)) {
      List<ClassPathCatalog> found = CatalogFiles.onClassPath(loader);
      CatalogException e =
          assertThrows(CatalogException.class, () -> CatalogFiles.inUse(found, List.of()));
      assertTrue(
          e.getMessage().startsWith("broken-1.0.jar!/" + Catalog.RESOURCE + ":3:"), e.getMessage());
    }
  }
}
