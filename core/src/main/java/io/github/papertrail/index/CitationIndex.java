package io.github.papertrail.index;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.format.StreamingJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A module's citations, {@code META-INF/papertrail/citations.json} in its class output: {@code
 * {"schemaVersion":1,"citations":[…]}}, sorted, deterministic. Read and written field by field with
 * {@link StreamingJson}; every field is written, null ones as {@code null}. When the compiler found
 * Javadoc that names papers no {@code @Paper} cites, a {@code "mentions":[…]} array follows (only
 * then: an index without one is the same bytes as before it existed, and readers skip fields they
 * do not know). A citation or mention inside an element whose {@code @SuppressWarnings} names
 * papertrail ({@link io.github.papertrail.check.Suppressions}) has a {@code "suppressed":[…]} field
 * last, the same way: only then, so schemaVersion stays 1 and older readers skip it.
 */
public final class CitationIndex {

  public static final String RESOURCE = "META-INF/papertrail/citations.json";
  public static final int SCHEMA_VERSION = 1;

  private static final String SHAPE = "{\"schemaVersion\":1,\"citations\":[…]}";

  /** The file as read. */
  private record Document(
      Integer schemaVersion, List<IndexedCitation> citations, List<IndexedMention> mentions) {}

  /** What an index holds: the citations, and the uncited mentions. */
  public record Contents(List<IndexedCitation> citations, List<IndexedMention> mentions) {
    public Contents {
      citations = List.copyOf(citations);
      mentions = List.copyOf(mentions);
    }
  }

  private CitationIndex() {}

  public static byte[] write(Collection<IndexedCitation> citations) {
    return write(citations, List.of());
  }

  public static byte[] write(
      Collection<IndexedCitation> citations, Collection<IndexedMention> mentions) {
    List<IndexedCitation> sorted = new ArrayList<>(citations);
    sorted.sort(IndexedCitation.ORDER);
    List<IndexedMention> sortedMentions = new ArrayList<>(mentions);
    sortedMentions.sort(IndexedMention.ORDER);
    return StreamingJson.write(
        out -> {
          out.writeStartObject();
          out.writeNumberField("schemaVersion", SCHEMA_VERSION);
          out.writeArrayFieldStart("citations");
          for (IndexedCitation citation : sorted) {
            write(out, citation);
          }
          out.writeEndArray();
          if (!sortedMentions.isEmpty()) {
            out.writeArrayFieldStart("mentions");
            for (IndexedMention mention : sortedMentions) {
              write(out, mention);
            }
            out.writeEndArray();
          }
          out.writeEndObject();
        });
  }

  /**
   * The citations of an index.
   *
   * @throws CatalogException naming the file, line and column when it is not a citation index
   */
  public static List<IndexedCitation> read(InputStream in, String name) {
    return readContents(in, name).citations();
  }

  /**
   * The citations and the uncited mentions of an index.
   *
   * @throws CatalogException naming the file, line and column when it is not a citation index
   */
  public static Contents readContents(InputStream in, String name) {
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
    return new Contents(
        document.citations() == null ? List.of() : document.citations(),
        document.mentions() == null ? List.of() : document.mentions());
  }

  private static Document document(StreamingJson.Input in) throws IOException {
    if (!in.root(SHAPE)) {
      return null;
    }
    Integer schemaVersion = null;
    List<IndexedCitation> citations = null;
    List<IndexedMention> mentions = null;
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
        case "mentions" -> {
          if (in.nextArray(field)) {
            mentions = new ArrayList<>();
            while (in.nextElement(field)) {
              mentions.add(mention(in));
            }
          }
        }
        default -> in.skipValue();
      }
    }
    return new Document(schemaVersion, citations, mentions);
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
    List<String> suppressed = null;
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
        case "suppressed" -> suppressed = in.nextSharedStrings(field);
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
        owner,
        suppressed);
  }

  private static IndexedMention mention(StreamingJson.Input in) throws IOException {
    String element = null;
    String source = null;
    Integer line = null;
    String id = null;
    String normalized = null;
    String written = null;
    String owner = null;
    List<String> suppressed = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "element" -> element = in.nextString(field);
        case "source" -> source = in.nextString(field);
        case "line" -> line = in.nextInteger(field);
        case "id" -> id = in.nextString(field);
        case "normalized" -> normalized = in.nextString(field);
        case "written" -> written = in.nextString(field);
        case "owner" -> owner = in.nextString(field);
        case "suppressed" -> suppressed = in.nextSharedStrings(field);
        default -> in.skipValue();
      }
    }
    return new IndexedMention(element, source, line, id, normalized, written, owner, suppressed);
  }

  private static void write(JsonGenerator out, IndexedMention mention) throws IOException {
    out.writeStartObject();
    out.writeStringField("element", mention.element());
    out.writeStringField("source", mention.source());
    number(out, "line", mention.line());
    out.writeStringField("id", mention.id());
    out.writeStringField("normalized", mention.normalized());
    out.writeStringField("written", mention.written());
    out.writeStringField("owner", mention.owner());
    StreamingJson.nonEmptyStrings(out, "suppressed", mention.suppressed());
    out.writeEndObject();
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
    StreamingJson.nonEmptyStrings(out, "suppressed", citation.suppressed());
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
    return merge(earlier, now, IndexedCitation::owner, IndexedCitation.ORDER, compiled, exists);
  }

  /** The same for the uncited mentions. */
  public static List<IndexedMention> mergeMentions(
      List<IndexedMention> earlier,
      List<IndexedMention> now,
      Set<String> compiled,
      Predicate<String> exists) {
    return merge(earlier, now, IndexedMention::owner, IndexedMention.ORDER, compiled, exists);
  }

  private static <T> List<T> merge(
      List<T> earlier,
      List<T> now,
      Function<T, String> ownerOf,
      Comparator<T> order,
      Set<String> compiled,
      Predicate<String> exists) {
    List<T> merged = new ArrayList<>(now);
    for (T old : earlier) {
      String owner = ownerOf.apply(old);
      if (owner != null && !compiled.contains(owner) && exists.test(owner)) {
        merged.add(old);
      }
    }
    merged.sort(order);
    return merged;
  }
}
