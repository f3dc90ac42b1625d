package io.github.papertrail.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.format.CatalogJson;
import io.github.papertrail.index.CitationIndex;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The concrete bad inputs of the reliability issue, each with the located message it gives. */
class BadInputRegressionTest {

  static String catalogError(byte[] bytes) {
    return assertThrows(
            CatalogException.class,
            () -> CatalogJson.read(new ByteArrayInputStream(bytes), "team.json"))
        .getMessage();
  }

  static String catalogError(String text) {
    return catalogError(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyFile() {
    String message = catalogError("");
    assertTrue(message.startsWith("team.json:1:"), message);
  }

  @Test
  void notUtf8() {
    byte[] latin1 =
        "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"Caf\u00e9\"}]}"
            .getBytes(StandardCharsets.ISO_8859_1);
    String message = catalogError(latin1);
    assertTrue(message.startsWith("team.json:1:"), message);
    assertTrue(message.contains("UTF-8") || message.contains("Invalid UTF-8"), message);
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    byte[] bom =
        "\uFEFF{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"A\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals("a", CatalogJson.read(new ByteArrayInputStream(bom), "team.json").get(0).key());
  }

  @Test
  void trailingCommaDuplicateKeysAndWrongTypesAreLocated() {
    assertTrue(
        catalogError("{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"A\"},]}")
            .startsWith("team.json:1:"));
    String duplicate =
        catalogError("{\"schemaVersion\": 1,\n\"schemaVersion\": 1, \"entries\": []}");
    assertTrue(
        duplicate.startsWith("team.json:2:")
            && duplicate.contains("Duplicate field 'schemaVersion'"),
        duplicate);
    String wrongType = catalogError("{\"schemaVersion\": 1, \"entries\": {\"key\": \"a\"}}");
    assertTrue(wrongType.startsWith("team.json:1:"), wrongType);
  }

  @Test
  void aHundredMegabyteStringIsRefusedWithItsPlace() {
    StringBuilder huge =
        new StringBuilder(100_000_100)
            .append("{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"title\": \"");
    huge.append("x".repeat(100_000_000)).append("\"}]}");
    String message = catalogError(huge.toString());
    assertTrue(message.startsWith("team.json:1:"), message);
    assertTrue(message.contains("String value length"), message);
  }

  @Test
  void deeplyNestedArraysAreRefusedWithTheirPlace() {
    // inside a field papertrail does not know, which the reader skips: only the nesting limit stops
    // it
    String nested =
        "{\"schemaVersion\": 1, \"future\": "
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + ", \"entries\": []}";
    String message = catalogError(nested);
    assertTrue(message.startsWith("team.json:1:"), message);
    assertTrue(message.contains("nesting depth"), message);
  }

  @Test
  void theIndexReaderLocatesItsErrorsToo() {
    String message =
        assertThrows(
                CatalogException.class,
                () ->
                    CitationIndex.read(
                        new ByteArrayInputStream(
                            "{\"schemaVersion\": 1, \"citations\": [{\"line\": \"twelve\"}]}"
                                .getBytes(StandardCharsets.UTF_8)),
                        "citations.json"))
            .getMessage();
    assertTrue(message.startsWith("citations.json:1:"), message);
  }
}
