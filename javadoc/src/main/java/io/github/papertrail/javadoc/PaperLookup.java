package io.github.papertrail.javadoc;

import com.sun.source.doctree.DocTree;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Looks an identifier up in the catalogs and renders it, reporting what cannot be rendered. */
final class PaperLookup {

  private PaperLookup() {}

  /**
   * The paper's HTML; for a malformed identifier or one no catalog holds, a visible marker and a
   * diagnostic of this kind at the tag's place.
   */
  static String render(
      String id, Element element, DocTree tag, TagletReporter reporter, Diagnostic.Kind kind) {
    TagletCatalogs.Loaded loaded = TagletCatalogs.load();
    if (TagletCatalogs.reportOnce(loaded)) {
      reporter.error(loaded.error());
    }
    ParsedId parsed = Identifier.parse(id);
    if (parsed instanceof ParsedId.Malformed malformed) {
      reporter.print(
          kind,
          element,
          tag,
          "["
              + ProblemKind.MALFORMED_ID.tag()
              + "] "
              + malformed.message()
              + "; write an arXiv id (2106.09685), a DOI (10.1145/…), openreview:ID, acl:ID,"
              + " a paper URL or a catalog key");
      return PaperHtml.error(id, "malformed paper identifier");
    }
    List<CatalogEntry> entries = loaded.catalogs().lookup(parsed.orElseThrow());
    if (entries.isEmpty()) {
      reporter.print(
          kind,
          element,
          tag,
          "["
              + ProblemKind.UNKNOWN_ID.tag()
              + "] "
              + Identifier.shown(id)
              + " is in none of the catalogs ("
              + loaded.catalogs().describe()
              + "); check the identifier, or add the paper to a catalog given with -J-D"
              + TagletCatalogs.PROPERTY
              + "=…");
      return PaperHtml.error(id, "not in the catalogs");
    }
    return PaperHtml.paper(entries.get(0));
  }
}
