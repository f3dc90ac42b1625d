package io.github.papertrail.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalog entries as CSL-JSON ({@code papers.csl.json} of {@code papertrail:export}), the input of
 * citeproc processors (pandoc, Zotero, Quarto), following the CSL 1.0.2 data schema: a JSON array
 * of items sorted by catalog key, written with {@link Json#write} (two-space indent, a final
 * newline).
 *
 * <p>Per item: {@code id} is the catalog key; {@code type} is {@code paper-conference} for a paper
 * with a conference venue, {@code article-journal} for one with another venue, else {@code article}
 * (CSL 1.0.2's type for preprints), {@code post-weblog} for a blog post, {@code post} for a tweet,
 * {@code document} for notes; {@code author} is split into {@code family} (the last word) and
 * {@code given}. CSL has no "et al." marker, so an author list the catalog knows only in part ("Hu
 * et al.") is written as the names it has, and one it only counts is left out: styles then print
 * the names given, or the title in the author's place. {@code issued} is the entry's date when it
 * is an ISO date of its year, else its year. An arXiv id is written as Zotero writes a preprint's
 * archive id: {@code "number": "arXiv:2106.09685"}, with {@code "publisher": "arXiv"} on preprints
 * (styles print a preprint's repository from {@code publisher}; {@code archive} and {@code
 * archive_location} mean an archive's holding, which styles print as such).
 */
public final class CslJsonExport {

  /** One CSL-JSON item; empty fields are left out. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "id",
    "type",
    "title",
    "author",
    "issued",
    "container-title",
    "publisher",
    "number",
    "DOI",
    "URL"
  })
  public record Item(
      String id,
      String type,
      String title,
      List<Name> author,
      Date issued,
      @JsonProperty("container-title") String containerTitle,
      String publisher,
      String number,
      @JsonProperty("DOI") String doi,
      @JsonProperty("URL") String url) {}

  /** A CSL name variable: {@code family} and {@code given}, or {@code family} alone. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"family", "given"})
  public record Name(String family, String given) {}

  /** A CSL date variable: one date of one to three parts. */
  public record Date(@JsonProperty("date-parts") List<List<Integer>> dateParts) {}

  private CslJsonExport() {}

  /**
   * @param entries in any order; written sorted by key
   */
  public static String render(List<CatalogEntry> entries) {
    return new String(Json.write(items(entries)), StandardCharsets.UTF_8);
  }

  /** The items {@link #render} writes. */
  public static List<Item> items(List<CatalogEntry> entries) {
    List<Item> items = new ArrayList<>();
    for (CatalogEntry entry : Exports.sorted(entries)) {
      items.add(item(entry));
    }
    return items;
  }

  private static Item item(CatalogEntry entry) {
    String type = type(entry);
    List<Name> authors =
        Exports.names(entry).stream().map(n -> new Name(n.family(), n.given())).toList();
    List<Integer> parts = Exports.dateParts(entry);
    String arxiv = Exports.arxiv(entry);
    boolean preprint = "article".equals(type) && arxiv != null;
    return new Item(
        entry.key(),
        type,
        entry.title().strip(),
        authors,
        parts == null ? null : new Date(List.of(parts)),
        entry.kind() == Kind.PAPER ? Exports.venueName(entry) : null,
        preprint ? "arXiv" : null,
        arxiv == null ? null : "arXiv:" + arxiv,
        Exports.doi(entry),
        Exports.url(entry));
  }

  private static String type(CatalogEntry entry) {
    return switch (entry.kind()) {
      case BLOG_POST -> "post-weblog";
      case TWEET -> "post";
      case NOTES -> "document";
      case PAPER ->
          switch (Exports.venue(entry)) {
            case CONFERENCE -> "paper-conference";
            case JOURNAL -> "article-journal";
            case NONE -> "article";
          };
    };
  }
}
