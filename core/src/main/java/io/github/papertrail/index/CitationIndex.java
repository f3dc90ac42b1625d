package io.github.papertrail.index;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.format.StreamingJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A module's citations, {@code META-INF/papertrail/citations.json} in its class output: {@code
 * {"schemaVersion":1,"citations":[…]}}, sorted, deterministic. Read and written field by field with
 * {@link StreamingJson}; every field is written, null ones as {@code null}.
 */
public final class CitationIndex {

  public static final String RESOURCE = "META-INF/papertrail/citations.json";
  public static final int SCHEMA_VERSION = 1;

  private static final String SHAPE = "{\"schemaVersion\":1,\"citations\":[…]}";

  /** The file as read. */
  private record Document(Integer schemaVersion, List<IndexedCitation> citations) {}

  private CitationIndex() {}

  public static byte[] write(Collection<IndexedCitation> citations) {
    List<IndexedCitation> sorted = new ArrayList<>(citations);
    sorted.sort(IndexedCitation.ORDER);
    return StreamingJson.write(
        out -> {
          out.writeStartObject();
          out.writeNumberField("schemaVersion", SCHEMA_VERSION);
          out.writeArrayFieldStart("citations");
          for (IndexedCitation citation : sorted) {
            write(out, citation);
          }
          out.writeEndArray();
          out.writeEndObject();
        });
  }

  /**
   * @throws CatalogException naming the file, line and column when it is not a citation index
   */
  public static List<IndexedCitation> read(InputStream in, String name) {
    Document document =
        StreamingJson.read(in, name, "a papertrail citation index", CitationIndex::document);
    if (document == null
        || document.schemaVersion() == null
        || document.schemaVersion() != SCHEMA_VERSION) {
      throw new CatalogException(
          name
              + ": not a papertrail citation index of schemaVersion "
              + SCHEMA_VERSION
              + "; delete it and compile again");
    }
    return document.citations() == null ? List.of() : document.citations();
  }

  private static Document document(StreamingJson.Input in) throws IOException {
    if (!in.root(SHAPE)) {
      return null;
    }
    Integer schemaVersion = null;
    List<IndexedCitation> citations = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "schemaVersion" -> schemaVersion = in.nextInteger(field);
        case "citations" -> {
          if (in.nextArray(field)) {
            citations = new ArrayList<>();
            while (in.nextElement(field)) {
              citations.add(citation(in));
            }
          }
        }
        default -> in.skipValue();
      }
    }
    return new Document(schemaVersion, citations);
  }

  private static IndexedCitation citation(StreamingJson.Input in) throws IOException {
    String element = null;
    String kind = null;
    String source = null;
    Integer line = null;
    String id = null;
    String normalized = null;
    Integer version = null;
    String entry = null;
    String role = null;
    String section = null;
    String note = null;
    String title = null;
    String owner = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "element" -> element = in.nextString(field);
        case "kind" -> kind = in.nextString(field);
        case "source" -> source = in.nextString(field);
        case "line" -> line = in.nextInteger(field);
        case "id" -> id = in.nextString(field);
        case "normalized" -> normalized = in.nextString(field);
        case "version" -> version = in.nextInteger(field);
        case "entry" -> entry = in.nextString(field);
        case "role" -> role = in.nextString(field);
        case "section" -> section = in.nextString(field);
        case "note" -> note = in.nextString(field);
        case "title" -> title = in.nextString(field);
        case "owner" -> owner = in.nextString(field);
        default -> in.skipValue();
      }
    }
    return new IndexedCitation(
        element,
        kind,
        source,
        line,
        id,
        normalized,
        version,
        entry,
        role,
        section,
        note,
        title,
        owner);
  }

  private static void write(JsonGenerator out, IndexedCitation citation) throws IOException {
    out.writeStartObject();
    out.writeStringField("element", citation.element());
    out.writeStringField("kind", citation.kind());
    out.writeStringField("source", citation.source());
    number(out, "line", citation.line());
    out.writeStringField("id", citation.id());
    out.writeStringField("normalized", citation.normalized());
    number(out, "version", citation.version());
    out.writeStringField("entry", citation.entry());
    out.writeStringField("role", citation.role());
    out.writeStringField("section", citation.section());
    out.writeStringField("note", citation.note());
    out.writeStringField("title", citation.title());
    out.writeStringField("owner", citation.owner());
    out.writeEndObject();
  }

  private static void number(JsonGenerator out, String field, Integer value) throws IOException {
    out.writeFieldName(field);
    if (value == null) {
      out.writeNull();
    } else {
      out.writeNumber(value);
    }
  }

  /**
   * An incremental compilation's index: this compilation's citations, plus the earlier ones whose
   * owner was not compiled this time and still exists.
   *
   * @param compiled the owners (types, packages, modules) this compilation compiled
   * @param exists whether an owner not compiled this time still exists
   */
  public static List<IndexedCitation> merge(
      List<IndexedCitation> earlier,
      List<IndexedCitation> now,
      Set<String> compiled,
      Predicate<String> exists) {
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
