package io.github.papertrail.report;

import io.github.papertrail.Role;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.check.Severity;
import io.github.papertrail.id.Identifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Groups citations by paper and by class, resolving each identifier in the catalogs once. */
public final class ReferencesBuilder {

  static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

  private static final Comparator<Citation> ORDER =
      Comparator.comparing(Citation::module)
          .thenComparing(Citation::element)
          .thenComparing(Citation::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Citation::id);

  private ReferencesBuilder() {}

  public static References build(String title, List<Citation> citations, Catalogs catalogs) {
    List<Citation> sorted = new ArrayList<>(citations);
    sorted.sort(ORDER);
    Map<String, CatalogEntry> byKey = new TreeMap<>();
    Map<String, List<Citation>> papers = new TreeMap<>();
    Map<String, List<Citation>> unknown = new TreeMap<>();
    Map<String, List<References.Cited>> classes = new TreeMap<>();
    Map<String, String> classModules = new LinkedHashMap<>();
    Map<String, Integer> perRole = new LinkedHashMap<>();
    ROLES.forEach(role -> perRole.put(role, 0));
    TreeSet<String> modules = new TreeSet<>();
    CitationValidator validator = new CitationValidator(catalogs, Severity.WARNING);
    for (Citation citation : sorted) {
      CatalogEntry entry = validator.validate(citation.id(), citation.title()).entry();
      if (entry != null) {
        byKey.put(entry.key(), entry);
        papers.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(citation);
      } else {
        unknown.computeIfAbsent(normalForm(citation.id()), k -> new ArrayList<>()).add(citation);
      }
      String classKey = citation.module() + "\u0000" + citation.className();
      classModules.put(classKey, citation.module());
      classes
          .computeIfAbsent(classKey, k -> new ArrayList<>())
          .add(new References.Cited(citation, entry));
      perRole.merge(citation.role(), 1, Integer::sum);
      modules.add(citation.module());
    }
    List<References.PaperReferences> paperList = new ArrayList<>();
    papers.forEach(
        (key, list) ->
            paperList.add(new References.PaperReferences(key, byKey.get(key), List.copyOf(list))));
    unknown.forEach(
        (id, list) -> paperList.add(new References.PaperReferences(id, null, List.copyOf(list))));
    List<References.ClassReferences> classList = new ArrayList<>();
    classes.forEach(
        (key, cited) ->
            classList.add(
                new References.ClassReferences(
                    classModules.get(key),
                    key.substring(key.indexOf('\u0000') + 1),
                    List.copyOf(cited))));
    References.Summary summary =
        new References.Summary(
            papers.size(),
            unknown.size(),
            classList.size(),
            sorted.size(),
            perRole,
            List.copyOf(modules));
    return new References(title, paperList, classList, summary, List.of());
  }

  /**
   * Resolves the citations that dependencies carry, for the page's "Papers cited by dependencies"
   * section: sorted by the paper's key (unknown ones last, by identifier), then artifact and
   * element.
   */
  public static List<References.Cited> dependencies(List<Citation> citations, Catalogs catalogs) {
    CitationValidator validator = new CitationValidator(catalogs, Severity.WARNING);
    List<References.Cited> cited = new ArrayList<>();
    for (Citation citation : citations) {
      cited.add(
          new References.Cited(
              citation, validator.validate(citation.id(), citation.title()).entry()));
    }
    cited.sort(
        Comparator.comparing(
                (References.Cited c) ->
                    c.entry() == null ? "\uffff" + normalForm(c.citation().id()) : c.entry().key())
            .thenComparing(c -> c.citation(), ORDER));
    return cited;
  }

  private static String normalForm(String written) {
    return Identifier.parse(written).identifier().map(Identifier::normalForm).orElse(written);
  }
}
