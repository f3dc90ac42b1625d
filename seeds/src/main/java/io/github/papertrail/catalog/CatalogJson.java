package io.github.papertrail.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.InputStream;
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

  private CatalogJson() {}

  /** The catalog file's bytes for these entries, sorted by key. */
  public static byte[] write(List<CatalogEntry> entries) {
    List<CatalogEntry> sorted = entries.stream().sorted(Comparator.comparing(CatalogEntry::key)).toList();
    return Json.write(new Document(SCHEMA_VERSION, sorted));
  }

  /**
   * Reads a catalog file.
   *
   * @param name the file's name for messages
   * @throws CatalogException naming the file, line and column of the first problem
   */
  public static List<CatalogEntry> read(InputStream in, String name) {
    Document document = Json.read(in, name, Document.class, "a papertrail catalog");
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
