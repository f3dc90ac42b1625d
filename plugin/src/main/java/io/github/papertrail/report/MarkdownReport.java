package io.github.papertrail.report;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The references page as GitHub-flavoured Markdown, for a README, a wiki or a pull-request comment.
 * Values are escaped so that a title or note can neither format the page nor inject HTML.
 */
public final class MarkdownReport implements ReportFormat {

  MarkdownReport() {}

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public String fileName() {
    return "references.md";
  }

  @Override
  public String render(References refs, SourceLinks links) {
    boolean modules = refs.summary().modules().size() > 1;
    References.Summary summary = refs.summary();
    StringBuilder out = new StringBuilder("# ").append(escape(refs.title())).append("\n\n");
    out.append("- **")
        .append(summary.papers())
        .append("** ")
        .append(summary.papers() == 1 ? "paper" : "papers")
        .append('\n')
        .append("- **")
        .append(summary.unknown())
        .append("** unknown ")
        .append(summary.unknown() == 1 ? "identifier" : "identifiers")
        .append('\n')
        .append("- **")
        .append(summary.classes())
        .append("** ")
        .append(summary.classes() == 1 ? "class" : "classes")
        .append('\n')
        .append("- **")
        .append(summary.citations())
        .append("** ")
        .append(summary.citations() == 1 ? "citation" : "citations")
        .append('\n');
    List<String> roles = new ArrayList<>();
    summary.perRole().forEach((role, count) -> roles.add(escape(role) + " " + count));
    out.append("- roles: ").append(String.join(", ", roles)).append('\n');
    if (modules) {
      out.append("- modules: ").append(escape(String.join(", ", summary.modules()))).append('\n');
    }

    out.append("\n## Papers\n");
    if (summary.papers() == 0) {
      out.append("\nNo citation names a paper of the catalogs.\n");
    }
    for (References.PaperReferences paper : refs.papers()) {
      if (paper.known()) {
        known(out, paper.entry());
        citations(out, paper, modules, links);
      }
    }
    if (summary.unknown() > 0) {
      out.append("\n## Unknown identifiers\n");
      for (References.PaperReferences paper : refs.papers()) {
        if (!paper.known()) {
          out.append("\n### ")
              .append(link(ReportLinks.urlOf(paper.id()), paper.id()))
              .append(" (not in any catalog)\n\n");
          String title = ReportLinks.citedTitle(paper);
          if (title != null) {
            out.append("- cited with the title “").append(escape(title)).append("”\n");
          }
          citations(out, paper, modules, links);
        }
      }
    }

    out.append("\n## Classes\n\n");
    if (refs.classes().isEmpty()) {
      out.append("No class cites a paper.\n");
    } else {
      out.append(modules ? "| Module " : "")
          .append("| Class | Paper | Member | Role |\n")
          .append(modules ? "| --- " : "")
          .append("| --- | --- | --- | --- |\n");
      for (References.ClassReferences cls : refs.classes()) {
        for (References.Cited cited : cls.cited()) {
          Citation citation = cited.citation();
          String paper =
              cited.entry() == null
                  ? citation.id() + " (not in any catalog)"
                  : cited.entry().title();
          row(
              out,
              modules,
              cls.module(),
              escape(cls.className()),
              escape(paper),
              escape(citation.member()),
              escape(citation.role()));
        }
      }
    }
    if (!refs.dependencies().isEmpty()) {
      out.append(
          "\n## Papers cited by dependencies\n\n| Paper | Artifact | Element | Role |\n| --- | --- | --- | --- |\n");
      for (References.Cited cited : refs.dependencies()) {
        Citation citation = cited.citation();
        String paper =
            cited.entry() == null ? citation.id() + " (not in any catalog)" : cited.entry().title();
        row(
            out,
            false,
            null,
            escape(paper),
            escape(citation.module()),
            escape(citation.element()),
            escape(citation.role()));
      }
    }
    return out.toString();
  }

  private static void known(StringBuilder out, CatalogEntry entry) {
    out.append("\n### ").append(link(ReportLinks.primaryUrl(entry), entry.title())).append("\n\n");
    List<String> facts = new ArrayList<>();
    String authors = ReportLinks.authors(entry);
    if (authors != null) {
      facts.add(escape(authors));
    }
    if (entry.year() != null) {
      facts.add(entry.year().toString());
    }
    if (entry.venue() != null) {
      facts.add(escape(entry.venue()));
    }
    if (entry.kind() != Kind.PAPER) {
      facts.add(escape(entry.kind().label()));
    }
    facts.add("key " + escape(entry.key()));
    entry.allIds().stream()
        .filter(id -> !entry.ids().url().contains(id))
        .forEach(id -> facts.add(escape(id)));
    out.append("- ").append(String.join(" · ", facts)).append('\n');
    List<String> pages = new ArrayList<>();
    ReportLinks.pages(entry).forEach(page -> pages.add(link(page.url(), page.label())));
    if (!pages.isEmpty()) {
      out.append("- ").append(String.join(" · ", pages)).append('\n');
    }
    if (!entry.tags().isEmpty()) {
      out.append("- tags: ").append(escape(String.join(", ", entry.tags()))).append('\n');
    }
  }

  private static void citations(
      StringBuilder out, References.PaperReferences paper, boolean modules, SourceLinks links) {
    out.append('\n')
        .append(modules ? "| Module " : "")
        .append("| Element | Role | Section | Note | Source |\n")
        .append(modules ? "| --- " : "")
        .append("| --- | --- | --- | --- | --- |\n");
    for (Citation citation : paper.citations()) {
      String text = ReportLinks.sourceText(citation);
      row(
          out,
          modules,
          citation.module(),
          escape(citation.element()),
          escape(citation.role()),
          escape(citation.section()),
          escape(citation.note()),
          text == null ? "" : link(ReportLinks.sourceLink(links, citation), text));
    }
  }

  private static void row(StringBuilder out, boolean modules, String module, String... cells) {
    out.append(modules ? "| " + escape(module) + " " : "");
    for (String cell : cells) {
      out.append("| ").append(cell).append(' ');
    }
    out.append("|\n");
  }

  /** {@code [text](url)} when the URL may be a link, else the escaped text. */
  private static String link(String url, String text) {
    if (!ReportLinks.linkable(url)) {
      return escape(text);
    }
    // Characters that would end or split the destination are percent-encoded, which a browser reads
    // the same.
    StringBuilder href = new StringBuilder();
    for (char c : url.toCharArray()) {
      switch (c) {
        case ' ' -> href.append("%20");
        case '(' -> href.append("%28");
        case ')' -> href.append("%29");
        case '<' -> href.append("%3C");
        case '>' -> href.append("%3E");
        case '\\' -> href.append("%5C");
        default -> href.append(c);
      }
    }
    return "[" + escape(text) + "](" + href + ")";
  }

  /**
   * Backslash-escapes what Markdown or inline HTML would interpret ({@code ~} is GFM's
   * strikethrough, {@code &} starts an entity, {@code $} GitHub's math) and puts line breaks out,
   * since a value lives on one line or table row.
   */
  private static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      if ("\\`*_{}[]<>()#+!|~&$".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
