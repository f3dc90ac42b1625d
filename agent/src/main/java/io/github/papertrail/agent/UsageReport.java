package io.github.papertrail.agent;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Pages;
import io.github.papertrail.catalog.format.BibtexEntry;
import io.github.papertrail.catalog.format.StreamingJson;
import io.github.papertrail.id.Identifier;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The files the agent writes at exit: {@code papers-used.json} (every paper in the order of its
 * first use, with the elements that ran) and {@code papers-used.bib} (the papers the catalogs know,
 * in the same order). The same run path gives byte-identical files.
 */
final class UsageReport {

  private final List<PaperUse> papers;
  private final Function<String, CatalogEntry> catalog;

  /**
   * @param catalog the catalog entry an identifier as written names, or null
   */
  UsageReport(List<PaperUse> papers, Function<String, CatalogEntry> catalog) {
    this.papers = papers;
    this.catalog = catalog;
  }

  /**
   * Look-up in catalogs: the first entry the identifier (or key) names, null if none or malformed.
   */
  static Function<String, CatalogEntry> lookup(Catalogs catalogs) {
    return written ->
        Identifier.parse(written)
            .identifier()
            .map(catalogs::lookup)
            .filter(found -> !found.isEmpty())
            .map(found -> found.get(0))
            .orElse(null);
  }

  String json() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.setPrettyPrinter(StreamingJson.PRETTY);
      json.writeStartObject();
      json.writeStringField("tool", "papertrail-agent");
      json.writeNumberField("paperCount", papers.size());
      json.writeArrayFieldStart("papers");
      for (PaperUse paper : papers) {
        CatalogEntry entry = catalog.apply(paper.paper());
        json.writeStartObject();
        json.writeStringField("paper", paper.paper());
        if (entry != null) {
          json.writeStringField("key", entry.key());
          json.writeStringField("title", entry.title());
          json.writeArrayFieldStart("authors");
          for (String author : entry.authors()) {
            json.writeString(author);
          }
          json.writeEndArray();
          if (entry.year() != null) {
            json.writeNumberField("year", entry.year());
          }
        } else if (!paper.title().isEmpty()) {
          json.writeStringField("title", paper.title());
        }
        json.writeNumberField("firstUse", paper.firstUse());
        json.writeNumberField("distinctElements", paper.distinctElements());
        json.writeArrayFieldStart("elements");
        for (UsedElement element : paper.elements()) {
          json.writeStartObject();
          json.writeStringField("element", element.element());
          json.writeStringField("kind", element.kind());
          json.writeStringField("role", element.role());
          optional(json, "section", element.section());
          optional(json, "note", element.note());
          json.writeNumberField("order", element.order());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static void optional(JsonGenerator json, String name, String value) throws IOException {
    if (!value.isEmpty()) {
      json.writeStringField(name, value);
    }
  }

  /**
   * BibTeX for the papers the catalogs know, once each, in first-use order; a paper they do not
   * know is a {@code %} comment line naming it, so the file says what it could not cite.
   */
  String bibtex() {
    StringBuilder out = new StringBuilder("% papers used by this run (papertrail-agent)\n");
    Set<String> written = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (PaperUse paper : papers) {
      CatalogEntry entry = catalog.apply(paper.paper());
      if (entry == null) {
        unknown.add(paper.paper());
      } else if (written.add(entry.key())) {
        entry(out, entry);
      }
    }
    for (String paper : unknown) {
      out.append("\n% not in the catalogs: ").append(BibtexEntry.comment(paper)).append('\n');
    }
    return out.toString();
  }

  /** The entry in the plugin's BibTeX form, its first web page as its {@code url}. */
  private static void entry(StringBuilder out, CatalogEntry entry) {
    List<Pages.Page> pages =
        Pages.of(entry, url -> url.startsWith("https://") || url.startsWith("http://"));
    BibtexEntry.write(out, entry, pages.isEmpty() ? null : pages.get(0).url(), null);
  }
}
