package io.github.papertrail.check;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import io.github.papertrail.mention.Mention;
import io.github.papertrail.mention.PaperMentions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The drift check, {@link ProblemKind#UNCITED_MENTION}: the papers an element's Javadoc links or
 * names by identifier that none of its {@code @Paper}s cites. A mention is cited when its normal
 * form is that of a citation (an arXiv version makes no other paper), or when the catalogs give
 * both to the same entry (a DOI in the Javadoc, the arXiv id or the catalog key in {@code @Paper}).
 */
public final class UncitedMentions {

  private final Catalogs catalogs;
  private final Severity severity;

  /**
   * @param severity how an uncited mention is reported
   */
  public UncitedMentions(Catalogs catalogs, Severity severity) {
    this.catalogs = catalogs;
    this.severity = severity;
  }

  /** The papers the Javadoc mentions, each once, in the order written. */
  public static List<Mention> mentions(String doc, int firstLine) {
    List<Mention> once = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Mention mention : PaperMentions.find(doc, firstLine)) {
      if (seen.add(mention.id().normalForm())) {
        once.add(mention);
      }
    }
    return once;
  }

  /**
   * The mentions no citation covers, each once.
   *
   * @param cited the element's citations as the validator found them
   */
  public List<Mention> uncited(List<Mention> mentions, List<CitationValidator.Result> cited) {
    Set<String> citedIds = new HashSet<>();
    Set<String> citedEntries = new HashSet<>();
    for (CitationValidator.Result result : cited) {
      if (result.id() != null) {
        citedIds.add(result.id().normalForm());
      }
      if (result.entry() != null) {
        citedEntries.add(result.entry().key());
        citedIds.addAll(result.entry().allIds());
      }
    }
    List<Mention> uncited = new ArrayList<>();
    for (Mention mention : mentions) {
      if (!citedIds.contains(mention.id().normalForm()) && !sameEntry(mention.id(), citedEntries)) {
        uncited.add(mention);
      }
    }
    return uncited;
  }

  private boolean sameEntry(Identifier id, Set<String> citedEntries) {
    if (citedEntries.isEmpty()) {
      return false;
    }
    for (CatalogEntry entry : catalogs.lookup(id)) {
      if (citedEntries.contains(entry.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The problem of one uncited mention: {@code [PaperUncitedMention] the Javadoc of
   * com.acme.LoraLinear links arXiv 2106.09685 (line 12), which no @Paper on it cites.
   * Add @Paper("2106.09685") or remove the link.}
   *
   * @param element the element as messages name it
   * @param withLine whether the mention's line is known
   */
  public Problem problem(String element, Mention mention, boolean withLine) {
    boolean link = mention.written().regionMatches(true, 0, "http", 0, 4);
    Identifier id = mention.id();
    String message =
        "the Javadoc of "
            + element
            + (link ? " links " : " names ")
            + PaperMentions.schemeName(id.scheme())
            + " "
            + (id.scheme() == Scheme.ARXIV ? id.citeForm() : id.value())
            + (withLine ? " (line " + mention.line() + ")" : "")
            + ", which no @Paper on it cites.";
    String advice =
        "Add @Paper(\"" + id.citeForm() + "\") or remove the " + (link ? "link" : "reference");
    return new Problem(
        ProblemKind.UNCITED_MENTION,
        severity,
        mention.written(),
        Attribute.VALUE,
        null,
        message,
        List.of(),
        advice);
  }
}
