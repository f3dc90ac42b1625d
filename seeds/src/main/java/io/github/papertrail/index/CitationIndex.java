package io.github.papertrail.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Json;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A module's citations, {@code META-INF/papertrail/citations.json} in its class output:
 * {@code {"schemaVersion":1,"citations":[…]}}, sorted, deterministic.
 */
public final class CitationIndex {

  public static final String RESOURCE = "META-INF/papertrail/citations.json";
  public static final int SCHEMA_VERSION = 1;

  @JsonPropertyOrder({"schemaVersion", "citations"})
  record Document(Integer schemaVersion, List<IndexedCitation> citations) {}

  private CitationIndex() {}

  public static byte[] write(Collection<IndexedCitation> citations) {
    List<IndexedCitation> sorted = new ArrayList<>(citations);
    sorted.sort(IndexedCitation.ORDER);
    return Json.write(new Document(SCHEMA_VERSION, sorted));
  }

  /** @throws CatalogException naming the file, line and column when it is not a citation index */
  public static List<IndexedCitation> read(InputStream in, String name) {
    Document document = Json.read(in, name, Document.class, "a papertrail citation index");
    if (document == null || document.schemaVersion() == null || document.schemaVersion() != SCHEMA_VERSION) {
      throw new CatalogException(name + ": not a papertrail citation index of schemaVersion " + SCHEMA_VERSION
          + "; delete it and compile again");
    }
    return document.citations() == null ? List.of() : document.citations();
  }

  /**
   * An incremental compilation's index: this compilation's citations, plus the earlier ones whose
   * owner was not compiled this time and still exists.
   *
   * @param compiled the owners (types, packages, modules) this compilation compiled
   * @param exists whether an owner not compiled this time still exists
   */
  public static List<IndexedCitation> merge(List<IndexedCitation> earlier, List<IndexedCitation> now,
      Set<String> compiled, Predicate<String> exists) {
    List<IndexedCitation> merged = new ArrayList<>(now);
    for (IndexedCitation old : earlier) {
      if (old.owner() != null && !compiled.contains(old.owner()) && exists.test(old.owner())) {
        merged.add(old);
      }
    }
    merged.sort(IndexedCitation.ORDER);
    return merged;
  }
}
