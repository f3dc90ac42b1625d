package io.github.papertrail.seeds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.id.Identifier;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SeedPapers, which the build generates from the bundled catalog and compiles into the
 * papertrail-seeds jar.
 */
class GenerateSeedPapersTest {

  static final Path GENERATED =
      Path.of("target/generated-sources/papertrail/io/github/papertrail/seeds/SeedPapers.java");

  static List<Field> constants() throws ClassNotFoundException {
    Class<?> seedPapers = Class.forName(GenerateSeedPapers.CLASS_NAME);
    return Arrays.stream(seedPapers.getDeclaredFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .toList();
  }

  @Test
  void theCompiledClassHasOneConstantPerEntryOfTheBundledCatalog() throws Exception {
    Class<?> seedPapers = Class.forName(GenerateSeedPapers.CLASS_NAME);
    assertEquals("2106.09685", seedPapers.getField("HU2021LORA").get(null));
    assertEquals("2403.03507", seedPapers.getField("GALORE2024").get(null));
    assertEquals(CatalogFiles.bundled().size(), constants().size());
  }

  @Test
  void everySeedPaperResolvesToItsOwnEntry() throws Exception {
    Catalog bundled = CatalogFiles.bundled();
    for (Field field : constants()) {
      String value = (String) field.get(null);
      List<CatalogEntry> found = bundled.lookup(Identifier.parse(value).orElseThrow());
      assertEquals(1, found.size(), field.getName() + " = " + value);
      assertEquals(
          field.getName(),
          found.get(0).key().toUpperCase(java.util.Locale.ROOT),
          "the seed keys are plain: no clash, no suffix");
    }
  }

  @Test
  void theGeneratedSourceIsWhatTheGeneratorWritesForTheBundledCatalog() throws IOException {
    assertTrue(
        Files.isRegularFile(GENERATED),
        GENERATED + " is missing: the build's generate-seed-papers step did not run");
    assertEquals(
        GenerateSeedPapers.seedPapers(CatalogFiles.bundled()).toString(),
        Files.readString(GENERATED));
  }
}
