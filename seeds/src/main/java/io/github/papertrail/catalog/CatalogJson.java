package io.github.papertrail.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * The catalog file format: {@code {"schemaVersion":1,"entries":[…]}}, entries sorted by key,
 * two-space indent, {@code \n} line ends, UTF-8, no timestamps: equal catalogs give equal bytes.
 */
public final class CatalogJson {

  public static final int SCHEMA_VERSION = 1;

  /** The file as a whole. */
  @JsonPropertyOrder({"schemaVersion", "entries"})
  record Document(Integer schemaVersion, List<CatalogEntry> entries) {}

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // later versions may add fields
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private CatalogJson() {}

  /** The catalog file's bytes for these entries, sorted by key. */
  public static byte[] write(List<CatalogEntry> entries) {
    List<CatalogEntry> sorted = entries.stream().sorted(Comparator.comparing(CatalogEntry::key)).toList();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WRITER.writeValue(out, new Document(SCHEMA_VERSION, sorted));
      out.write('\n');
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalog file.
   *
   * @param name the file's name for messages
   * @throws CatalogException naming the file, line and column of the first problem
   */
  public static List<CatalogEntry> read(InputStream in, String name) {
    Document document;
    try {
      document = MAPPER.readValue(in, Document.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new CatalogException(where + ": not a papertrail catalog: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(name + ": cannot read: " + e.getMessage(), e);
    }
    if (document == null || document.schemaVersion() == null) {
      throw new CatalogException(name + ":1:1: not a papertrail catalog: no \"schemaVersion\"; expected {\"schemaVersion\":1,\"entries\":[…]}");
    }
    if (document.schemaVersion() != SCHEMA_VERSION) {
      throw new CatalogException(name + ": schemaVersion " + document.schemaVersion()
          + " is not supported; this papertrail reads schemaVersion " + SCHEMA_VERSION);
    }
    return document.entries() == null ? List.of() : document.entries();
  }
}
