package io.github.papertrail.catalog.format;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The catalog file format: {@code {"schemaVersion":1,"entries":[…]}}, entries sorted by key,
 * two-space indent, {@code \n} line ends, UTF-8, no timestamps: equal catalogs give equal bytes.
 * Read and written field by field with {@link StreamingJson}; fields are written in the records'
 * order, empty ones left out.
 */
public final class CatalogJson {

  public static final int SCHEMA_VERSION = 1;

  private static final String SHAPE = "{\"schemaVersion\":1,\"entries\":[…]}";

  /** The file as read, but for its entries, which went to a sink as they were read. */
  private record Document(Integer schemaVersion) {}

  private CatalogJson() {}

  /** The catalog file's bytes for these entries, sorted by key. */
  public static byte[] write(List<CatalogEntry> entries) {
    List<CatalogEntry> sorted =
        entries.stream().sorted(Comparator.comparing(CatalogEntry::key)).toList();
    return StreamingJson.write(
        out -> {
          out.writeStartObject();
          out.writeNumberField("schemaVersion", SCHEMA_VERSION);
          out.writeArrayFieldStart("entries");
          for (CatalogEntry entry : sorted) {
            write(out, entry);
          }
          out.writeEndArray();
          out.writeEndObject();
        });
  }

  /**
   * Reads a catalog file.
   *
   * @param name the file's name for messages
   * @throws CatalogException naming the file, line and column of the first problem
   */
  public static List<CatalogEntry> read(InputStream in, String name) {
    List<CatalogEntry> entries = new ArrayList<>();
    read(in, name, entries::add);
    return entries;
  }

  /**
   * Reads a catalog file, handing each entry to {@code sink} as soon as it is read, in file order
   * (a large catalog is indexed while its entries are still in the CPU cache).
   *
   * @throws CatalogException naming the file, line and column of the first problem; the sink may
   *     have seen some entries by then
   */
  public static void read(InputStream in, String name, Consumer<CatalogEntry> sink) {
    Document document =
        StreamingJson.read(in, name, "a papertrail catalog", input -> document(input, sink));
    if (document == null || document.schemaVersion() == null) {
      throw new CatalogException(
          name + ":1:1: not a papertrail catalog: no \"schemaVersion\"; expected " + SHAPE);
    }
    if (document.schemaVersion() != SCHEMA_VERSION) {
      throw new CatalogException(
          name
              + ": schemaVersion "
              + document.schemaVersion()
              + " is not supported; this papertrail reads schemaVersion "
              + SCHEMA_VERSION);
    }
  }

  private static Document document(StreamingJson.Input in, Consumer<CatalogEntry> sink)
      throws IOException {
    if (!in.root(SHAPE)) {
      return null;
    }
    Integer schemaVersion = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "schemaVersion" -> schemaVersion = in.nextInteger(field);
        case "entries" -> {
          if (in.nextArray(field)) {
            while (in.nextElement(field)) {
              sink.accept(entry(in));
            }
          }
        }
        default -> in.skipValue();
      }
    }
    return new Document(schemaVersion);
  }

  private static CatalogEntry entry(StreamingJson.Input in) throws IOException {
    String key = null;
    String title = null;
    List<String> otherTitles = null;
    Ids ids = null;
    List<String> otherIds = null;
    List<String> authors = null;
    Boolean moreAuthors = null;
    Integer authorCount = null;
    Integer year = null;
    String date = null;
    String venue = null;
    String organisation = null;
    Kind kind = null;
    List<String> tags = null;
    String abstractText = null;
    List<Source> sources = null;
    List<String> conflicts = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "key" -> key = in.nextString(field);
        case "title" -> title = in.nextString(field);
        case "otherTitles" -> otherTitles = in.nextStrings(field);
        case "ids" -> ids = in.nextObject(field) ? ids(in) : null;
        case "otherIds" -> otherIds = in.nextStrings(field);
        case "authors" -> authors = in.nextSharedStrings(field);
        case "moreAuthors" -> moreAuthors = in.nextBoolean(field);
        case "authorCount" -> authorCount = in.nextInteger(field);
        case "year" -> year = in.nextInteger(field);
        case "date" -> date = in.nextString(field);
        case "venue" -> venue = in.nextShared(field);
        case "organisation" -> organisation = in.nextShared(field);
        case "kind" -> kind = kind(in);
        case "tags" -> tags = in.nextSharedStrings(field);
        case "abstract" -> abstractText = in.nextString(field);
        case "sources" -> sources = sources(in);
        case "conflicts" -> conflicts = in.nextStrings(field);
        default -> in.skipValue();
      }
    }
    return new CatalogEntry(
        key,
        title,
        otherTitles,
        ids,
        otherIds,
        authors,
        moreAuthors,
        authorCount,
        year,
        date,
        venue,
        organisation,
        kind,
        tags,
        abstractText,
        sources,
        conflicts);
  }

  private static Ids ids(StreamingJson.Input in) throws IOException {
    String arxiv = null;
    String doi = null;
    String openreview = null;
    String acl = null;
    List<String> url = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "arxiv" -> arxiv = in.nextString(field);
        case "doi" -> doi = in.nextString(field);
        case "openreview" -> openreview = in.nextString(field);
        case "acl" -> acl = in.nextString(field);
        case "url" -> url = in.nextStrings(field);
        default -> in.skipValue();
      }
    }
    return new Ids(arxiv, doi, openreview, acl, url);
  }

  private static Kind kind(StreamingJson.Input in) throws IOException {
    String label = in.nextString("kind");
    try {
      return label == null ? null : Kind.fromLabel(label);
    } catch (IllegalArgumentException e) {
      throw in.problem(e.getMessage());
    }
  }

  private static List<Source> sources(StreamingJson.Input in) throws IOException {
    if (!in.nextArray("sources")) {
      return null;
    }
    List<Source> sources = new ArrayList<>(2);
    while (in.nextElement("sources")) {
      String seed = null;
      Integer line = null;
      String idFrom = null;
      String title = null;
      String summary = null;
      for (String field; (field = in.nextField()) != null; ) {
        switch (field) {
          case "seed" -> seed = in.nextShared(field);
          case "line" -> line = in.nextInteger(field);
          case "idFrom" -> idFrom = in.nextShared(field);
          case "title" -> title = in.nextString(field);
          case "summary" -> summary = in.nextString(field);
          default -> in.skipValue();
        }
      }
      sources.add(new Source(seed, line, idFrom, title, summary));
    }
    return List.copyOf(sources);
  }

  private static void write(JsonGenerator out, CatalogEntry entry) throws IOException {
    out.writeStartObject();
    string(out, "key", entry.key());
    string(out, "title", entry.title());
    StreamingJson.nonEmptyStrings(out, "otherTitles", entry.otherTitles());
    Ids ids = entry.ids();
    out.writeObjectFieldStart("ids");
    string(out, "arxiv", ids.arxiv());
    string(out, "doi", ids.doi());
    string(out, "openreview", ids.openreview());
    string(out, "acl", ids.acl());
    StreamingJson.nonEmptyStrings(out, "url", ids.url());
    out.writeEndObject();
    StreamingJson.nonEmptyStrings(out, "otherIds", entry.otherIds());
    StreamingJson.nonEmptyStrings(out, "authors", entry.authors());
    if (entry.moreAuthors() != null) {
      out.writeBooleanField("moreAuthors", entry.moreAuthors());
    }
    number(out, "authorCount", entry.authorCount());
    number(out, "year", entry.year());
    string(out, "date", entry.date());
    string(out, "venue", entry.venue());
    string(out, "organisation", entry.organisation());
    out.writeStringField("kind", entry.kind().label());
    StreamingJson.nonEmptyStrings(out, "tags", entry.tags());
    string(out, "abstract", entry.abstractText());
    if (!entry.sources().isEmpty()) {
      out.writeArrayFieldStart("sources");
      for (Source source : entry.sources()) {
        out.writeStartObject();
        string(out, "seed", source.seed());
        number(out, "line", source.line());
        string(out, "idFrom", source.idFrom());
        string(out, "title", source.title());
        string(out, "summary", source.summary());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    StreamingJson.nonEmptyStrings(out, "conflicts", entry.conflicts());
    out.writeEndObject();
  }

  /** A string field unless null or empty. */
  private static void string(JsonGenerator out, String field, String value) throws IOException {
    if (value != null && !value.isEmpty()) {
      out.writeStringField(field, value);
    }
  }

  private static void number(JsonGenerator out, String field, Integer value) throws IOException {
    if (value != null) {
      out.writeNumberField(field, value);
    }
  }
}
