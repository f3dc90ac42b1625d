package io.github.papertrail.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The references as JSON (schema version 1) for dashboards and other tools. Written with {@link
 * Json#write}: two-space indent, fixed field order, map keys sorted, a final newline.
 */
public final class JsonReport implements ReportFormat {

  /** The document. */
  @JsonPropertyOrder({"schemaVersion", "title", "summary", "papers", "classes", "dependencies"})
  public record Document(
      int schemaVersion,
      String title,
      Summary summary,
      List<Paper> papers,
      List<ClassCites> classes,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DependencyCited> dependencies) {}

  /**
   * A citation a dependency carries: the paper (key null when unknown), the artifact, the element.
   */
  @JsonPropertyOrder({"key", "id", "title", "artifact", "element", "role"})
  public record DependencyCited(
      String key, String id, String title, String artifact, String element, String role) {}

  /** Counts; {@code perRole} comes out with its keys sorted, as every map {@link Json} writes. */
  @JsonPropertyOrder({"papers", "unknown", "classes", "citations", "perRole", "modules"})
  public record Summary(
      int papers,
      int unknown,
      int classes,
      int citations,
      Map<String, Integer> perRole,
      List<String> modules) {}

  /**
   * A paper, or an identifier no catalog holds ({@code known} false, {@code key} null).
   *
   * @param id what to write in {@code @Paper(...)} for a known paper; the identifier's normal form
   *     otherwise
   * @param title the catalog's title; for an unknown identifier the title a citation gives, or null
   * @param authorCount the number of authors when the catalog gives only that
   */
  @JsonPropertyOrder({
    "key",
    "id",
    "title",
    "authors",
    "moreAuthors",
    "authorCount",
    "year",
    "venue",
    "kind",
    "links",
    "known",
    "citations"
  })
  public record Paper(
      String key,
      String id,
      String title,
      List<String> authors,
      boolean moreAuthors,
      Integer authorCount,
      Integer year,
      String venue,
      String kind,
      Links links,
      boolean known,
      List<Citing> citations) {}

  /** The paper's web pages, only the ones it has (and only http(s) addresses). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"arxiv", "doi", "openreview", "acl", "url"})
  public record Links(String arxiv, String doi, String openreview, String acl, List<String> url) {}

  /** One citation of a paper; {@code sourceLink} is null when unknown or not a safe link. */
  @JsonPropertyOrder({
    "module",
    "element",
    "kind",
    "source",
    "line",
    "id",
    "role",
    "section",
    "note",
    "sourceLink"
  })
  public record Citing(
      String module,
      String element,
      String kind,
      String source,
      Integer line,
      String id,
      String role,
      String section,
      String note,
      String sourceLink) {}

  /** A class (package, module) and what it cites. */
  @JsonPropertyOrder({"module", "class", "papers"})
  public record ClassCites(
      String module, @JsonProperty("class") String className, List<Cited> papers) {}

  /**
   * @param key the catalog key, or null when no catalog holds {@code id} (as written)
   */
  @JsonPropertyOrder({"key", "id", "element", "role"})
  public record Cited(String key, String id, String element, String role) {}

  JsonReport() {}

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String fileName() {
    return "references.json";
  }

  @Override
  public String render(References refs, SourceLinks links) {
    References.Summary s = refs.summary();
    Summary summary =
        new Summary(s.papers(), s.unknown(), s.classes(), s.citations(), s.perRole(), s.modules());
    List<Paper> papers = new ArrayList<>();
    for (References.PaperReferences paper : refs.papers()) {
      List<Citing> citations =
          paper.citations().stream()
              .map(
                  c ->
                      new Citing(
                          c.module(),
                          c.element(),
                          c.kind(),
                          c.source(),
                          c.line(),
                          c.id(),
                          c.role(),
                          c.section(),
                          c.note(),
                          ReportLinks.sourceLink(links, c)))
              .toList();
      CatalogEntry e = paper.entry();
      papers.add(
          e == null
              ? new Paper(
                  null,
                  paper.id(),
                  ReportLinks.citedTitle(paper),
                  List.of(),
                  false,
                  null,
                  null,
                  null,
                  null,
                  links(paper.id()),
                  false,
                  citations)
              : new Paper(
                  e.key(),
                  e.citeAs(),
                  e.title(),
                  e.authors(),
                  Boolean.TRUE.equals(e.moreAuthors()),
                  e.authorCount(),
                  e.year(),
                  e.venue(),
                  e.kind().label(),
                  links(e.ids()),
                  true,
                  citations));
    }
    List<ClassCites> classes =
        refs.classes().stream()
            .map(
                cls ->
                    new ClassCites(
                        cls.module(),
                        cls.className(),
                        cls.cited().stream()
                            .map(
                                cited ->
                                    new Cited(
                                        cited.entry() == null ? null : cited.entry().key(),
                                        cited.citation().id(),
                                        cited.citation().element(),
                                        cited.citation().role()))
                            .toList()))
            .toList();
    List<DependencyCited> dependencies =
        refs.dependencies().stream()
            .map(
                d ->
                    new DependencyCited(
                        d.entry() == null ? null : d.entry().key(),
                        d.citation().id(),
                        d.entry() == null ? null : d.entry().title(),
                        d.citation().module(),
                        d.citation().element(),
                        d.citation().role()))
            .toList();
    byte[] json = Json.write(new Document(1, refs.title(), summary, papers, classes, dependencies));
    return new String(json, StandardCharsets.UTF_8);
  }

  private static Links links(Ids ids) {
    return new Links(
        url(ids.arxiv()),
        url(ids.doi()),
        url(ids.openreview()),
        url(ids.acl()),
        ids.url().stream().map(JsonReport::url).filter(Objects::nonNull).toList());
  }

  // An unknown identifier still has a page when it is well-formed (an arXiv abstract, a DOI).
  private static Links links(String unknown) {
    Identifier id = Identifier.parse(unknown).identifier().orElse(null);
    String normal = id == null ? null : id.normalForm();
    Scheme scheme = id == null ? Scheme.KEY : id.scheme();
    return links(
        new Ids(
            scheme == Scheme.ARXIV ? normal : null,
            scheme == Scheme.DOI ? normal : null,
            scheme == Scheme.OPENREVIEW ? normal : null,
            scheme == Scheme.ACL ? normal : null,
            scheme == Scheme.URL ? List.of(normal) : List.of()));
  }

  private static String url(String id) {
    return id == null ? null : ReportLinks.urlOf(id);
  }
}
