package io.github.papertrail.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.papertrail.catalog.CatalogEntry;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Catalog entries as the {@code references:} block of a CITATION.cff, Citation File Format 1.2.0
 * ({@code papers.cff.yaml} of {@code papertrail:export}): a YAML mapping with that one key, to
 * paste into a project's CITATION.cff so it lists the papers its code implements.
 *
 * <p>Per reference: {@code type} is {@code conference-paper} (with {@code conference.name}) for a
 * paper with a conference venue, {@code article} (with {@code journal}) for one with another venue
 * and for preprints, {@code blog} for a blog post, {@code generic} for a tweet or notes. Authors
 * are persons with {@code family-names} (the last word) and {@code given-names}. CFF requires at
 * least one author, so an entry whose catalog names none gets one entity: {@code name: "6 authors"}
 * when the catalog counts them, else {@code name: "anonymous"}; {@code notes} then says the list is
 * missing, as it says when the list is partial ("Hu et al."). An arXiv id is an identifier of type
 * {@code other} ({@code arXiv:2106.09685}, described "arXiv"); {@code url} is the first page
 * (arXiv, DOI, OpenReview, ACL Anthology, web), the other pages are identifiers of type {@code
 * url}.
 *
 * <p>Strings are always double-quoted, so no title reads as a number, a date or a boolean to a YAML
 * 1.1 parser; the order of entries (by key) and of fields is fixed.
 */
public final class CffExport {

  /** The one top-level key written. */
  @JsonPropertyOrder({"references"})
  public record Document(List<Reference> references) {}

  /** One CFF reference; empty fields are left out. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "type",
    "title",
    "authors",
    "year",
    "conference",
    "journal",
    "doi",
    "url",
    "identifiers",
    "notes"
  })
  public record Reference(
      String type,
      String title,
      List<Author> authors,
      Integer year,
      Entity conference,
      String journal,
      String doi,
      String url,
      List<Identifier> identifiers,
      String notes) {}

  /** A person ({@code family-names}, {@code given-names}) or an entity ({@code name}). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"family-names", "given-names", "name"})
  public record Author(
      @JsonProperty("family-names") String familyNames,
      @JsonProperty("given-names") String givenNames,
      String name) {}

  /** An entity, here a conference. */
  public record Entity(String name) {}

  /** A CFF identifier: {@code type} doi, url, swh or other. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"type", "value", "description"})
  public record Identifier(String type, String value, String description) {}

  /**
   * The DOI pattern of the CFF 1.2.0 schema: a DOI outside it is written as a doi.org URL instead.
   */
  static final Pattern CFF_DOI =
      Pattern.compile("^10\\.\\d{4,9}(\\.\\d+)?/[A-Za-z0-9:/_;\\-\\.\\(\\)\\[\\]\\\\]+$");

  private static final ObjectWriter YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build()
          .writer();

  private CffExport() {}

  /**
   * @param entries in any order; written sorted by key
   */
  public static String render(List<CatalogEntry> entries) {
    List<Reference> references = references(entries);
    StringBuilder out =
        new StringBuilder("# ")
            .append(references.size())
            .append(references.size() == 1 ? " paper" : " papers")
            .append(" as CITATION.cff references (CFF 1.2.0), written by papertrail export.\n");
    if (references.isEmpty()) {
      // CFF wants at least one reference: an empty references: would make a CITATION.cff invalid.
      return out.append("# No papers to export, so no references: block.\n").toString();
    }
    out.append("# Paste the block below into your CITATION.cff.\n");
    try {
      return out.append(YAML.writeValueAsString(new Document(references))).toString();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The references {@link #render} writes: one per entry, sorted by key, identical ones once (CFF
   * wants them unique).
   */
  public static List<Reference> references(List<CatalogEntry> entries) {
    Set<Reference> references = new LinkedHashSet<>();
    for (CatalogEntry entry : Exports.sorted(entries)) {
      references.add(reference(entry));
    }
    return List.copyOf(references);
  }

  private static Reference reference(CatalogEntry entry) {
    List<Exports.Name> names = Exports.names(entry);
    Set<Author> authors = new LinkedHashSet<>(); // CFF wants the authors unique
    names.forEach(name -> authors.add(new Author(name.family(), name.given(), null)));
    String notes = null;
    if (authors.isEmpty()) {
      Integer count = entry.authorCount();
      boolean counted = count != null && count > 0;
      authors.add(
          new Author(
              null, null, counted ? count + (count == 1 ? " author" : " authors") : "anonymous"));
      notes =
          counted
              ? "The catalog gives only the number of authors (" + count + "), not their names."
              : "The catalog does not name the authors.";
    } else if (Exports.authorsIncomplete(entry, names)) {
      notes =
          "The catalog names only the first "
              + (names.size() == 1 ? "author" : names.size() + " authors")
              + (entry.authorCount() == null ? "" : " of " + entry.authorCount())
              + " (et al.).";
    }

    String type = "generic";
    Entity conference = null;
    String journal = null;
    switch (entry.kind()) {
      case BLOG_POST -> type = "blog";
      case TWEET, NOTES -> type = "generic";
      case PAPER -> {
        type = "article";
        Exports.Venue venue = Exports.venue(entry);
        if (venue == Exports.Venue.CONFERENCE) {
          type = "conference-paper";
          conference = new Entity(Exports.venueName(entry));
        } else if (venue == Exports.Venue.JOURNAL) {
          journal = Exports.venueName(entry);
        }
      }
    }

    String doi = Exports.doi(entry);
    String url = Exports.url(entry);
    List<Identifier> identifiers = new ArrayList<>();
    String arxiv = Exports.arxiv(entry);
    if (arxiv != null) {
      identifiers.add(new Identifier("other", "arXiv:" + arxiv, "arXiv"));
    }
    boolean doiFits = doi != null && CFF_DOI.matcher(doi).matches();
    for (ReportLinks.Link page : Exports.pages(entry)) {
      boolean doiPage = "DOI".equals(page.label());
      if (!page.url().equals(url)
          && !(doiPage && doiFits)
          && identifiers.stream().noneMatch(id -> id.value().equals(page.url()))) {
        identifiers.add(new Identifier("url", page.url(), doiPage ? "DOI" : page.label()));
      }
    }
    return new Reference(
        type,
        entry.title().strip(),
        List.copyOf(authors),
        entry.year(),
        conference,
        journal,
        doiFits ? doi : null,
        url,
        identifiers,
        notes);
  }
}
