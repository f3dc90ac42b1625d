package io.github.papertrail.catalog.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import io.github.papertrail.index.IndexedCitation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The catalog and the citation index as Jackson's data binding wrote and read them into the records
 * before {@link StreamingJson}: the reference the streaming code must match, byte for byte when
 * writing, value for value when reading.
 */
final class DatabindReference {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .addMixIn(CatalogEntry.class, EntryFormat.class)
          .addMixIn(Ids.class, IdsFormat.class)
          .addMixIn(Source.class, SourceFormat.class)
          .addMixIn(Kind.class, KindFormat.class)
          .addMixIn(IndexedCitation.class, CitationFormat.class)
          .build();

  // The records carry no serialization annotations: what the old code put on them is here, as
  // mix-ins.

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "key",
    "title",
    "otherTitles",
    "ids",
    "otherIds",
    "authors",
    "moreAuthors",
    "authorCount",
    "year",
    "date",
    "venue",
    "organisation",
    "kind",
    "tags",
    "abstract",
    "sources",
    "conflicts"
  })
  private abstract static class EntryFormat {
    @JsonProperty("abstract")
    abstract String abstractText();
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"arxiv", "doi", "openreview", "acl", "url"})
  private abstract static class IdsFormat {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"seed", "line", "idFrom", "title", "summary"})
  private abstract static class SourceFormat {}

  private abstract static class KindFormat {
    @JsonValue
    abstract String label();

    @JsonCreator
    static Kind fromLabel(String label) {
      return Kind.fromLabel(label);
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({
    "element",
    "kind",
    "source",
    "line",
    "id",
    "normalized",
    "version",
    "entry",
    "role",
    "section",
    "note",
    "title",
    "owner",
    "suppressed"
  })
  private abstract static class CitationFormat {
    /** Written only when not empty, so that an index without suppressions kept its bytes. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> suppressed();
  }

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"))
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  @JsonPropertyOrder({"schemaVersion", "entries"})
  record CatalogDocument(Integer schemaVersion, List<CatalogEntry> entries) {}

  @JsonPropertyOrder({"schemaVersion", "citations"})
  record IndexDocument(Integer schemaVersion, List<IndexedCitation> citations) {}

  private DatabindReference() {}

  static byte[] writeCatalog(List<CatalogEntry> entries) throws IOException {
    return write(
        new CatalogDocument(
            1, entries.stream().sorted(Comparator.comparing(CatalogEntry::key)).toList()));
  }

  static byte[] writeIndex(Collection<IndexedCitation> citations) throws IOException {
    List<IndexedCitation> sorted = new ArrayList<>(citations);
    sorted.sort(IndexedCitation.ORDER);
    return write(new IndexDocument(1, sorted));
  }

  private static byte[] write(Object document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeValue(out, document);
    out.write('\n');
    return out.toByteArray();
  }

  /** The entries, or null where the old reader failed; a null element is kept as it gave it. */
  static List<CatalogEntry> readCatalog(byte[] json) {
    try {
      CatalogDocument document = MAPPER.readValue(json, CatalogDocument.class);
      if (document == null || document.schemaVersion() == null || document.schemaVersion() != 1) {
        return null;
      }
      return document.entries() == null ? List.of() : document.entries();
    } catch (JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The citations, or null where the old reader failed; a null element is kept as it gave it. */
  static List<IndexedCitation> readIndex(byte[] json) {
    try {
      IndexDocument document = MAPPER.readValue(json, IndexDocument.class);
      if (document == null || document.schemaVersion() == null || document.schemaVersion() != 1) {
        return null;
      }
      return document.citations() == null ? List.of() : document.citations();
    } catch (JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
