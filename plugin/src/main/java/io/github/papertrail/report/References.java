package io.github.papertrail.report;

import io.github.papertrail.catalog.CatalogEntry;
import java.util.List;
import java.util.Map;

/**
 * What a references page shows: per paper the code that cites it, per class the papers it cites,
 * and a summary. Built by {@link ReferencesBuilder}; every renderer reads only this.
 *
 * @param title the page's title, e.g. "Paper references: ml-core"
 * @param papers known papers sorted by catalog key, then unknown identifiers sorted by identifier
 * @param classes sorted by module, then class name
 * @param dependencies citations that dependency jars carry (their module is the artifact), sorted
 *     by paper, artifact and element; empty unless the report asks for them
 */
public record References(
    String title,
    List<PaperReferences> papers,
    List<ClassReferences> classes,
    Summary summary,
    List<Cited> dependencies) {

  public References {
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
  }

  /**
   * The same page with a section "Papers cited by dependencies": their citations, each under its
   * artifact.
   */
  public References withDependencies(List<Cited> cited) {
    return new References(title, papers, classes, summary, cited);
  }

  /**
   * One paper and its citations.
   *
   * @param id the catalog key of a known paper; for an unknown one the identifier's normal form
   *     ({@code arxiv:1706.03762}), or the identifier as written when it is malformed
   * @param entry the catalog entry, or null when no catalog holds the identifier
   * @param citations sorted by module, element, line
   */
  public record PaperReferences(String id, CatalogEntry entry, List<Citation> citations) {
    public boolean known() {
      return entry != null;
    }
  }

  /**
   * One class (or package or module) and what it cites, including its members' citations.
   *
   * @param cited sorted by element, line
   */
  public record ClassReferences(String module, String className, List<Cited> cited) {}

  /** A citation of a class and the entry it resolves to (null when unknown). */
  public record Cited(Citation citation, CatalogEntry entry) {}

  /**
   * @param papers distinct known papers cited
   * @param unknown distinct identifiers that no catalog holds
   * @param classes distinct classes (packages, modules) that cite
   * @param citations all citations
   * @param perRole citations per role, in the order IMPLEMENTS, ADAPTS, USES, EVALUATES, MENTIONS
   *     (zeros kept)
   * @param modules the modules, sorted; one for a module report
   */
  public record Summary(
      int papers,
      int unknown,
      int classes,
      int citations,
      Map<String, Integer> perRole,
      List<String> modules) {}
}
