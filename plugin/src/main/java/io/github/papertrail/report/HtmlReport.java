package io.github.papertrail.report;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Kind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The references page as one self-contained HTML5 file: inline style and script, no request to
 * anything (a report is opened from disk, from CI artifacts, offline). Written through an {@link
 * HtmlWriter}, so that every value from a catalog or from sources is escaped.
 */
public final class HtmlReport implements ReportFormat {

  private static final String STYLE =
      """

      :root{--fg:#1f2328;--muted:#59636e;--border:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--accent:#0969da;color-scheme:light dark}
      @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--border:#3d444d;--bg:#0d1117;--soft:#151b23;--accent:#4493f8}}
      *{box-sizing:border-box}
      body{margin:0 auto;max-width:60rem;padding:1rem 1.25rem 3rem;color:var(--fg);background:var(--bg);
        font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
      h1{font-size:1.6rem;line-height:1.25;margin:.75rem 0}
      h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--border)}
      h3{font-size:1.05rem;line-height:1.35;margin:0 0 .25rem}
      a{color:var(--accent)}
      code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
      [hidden]{display:none!important}
      .summary{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:0 0 1rem;color:var(--muted)}
      .summary strong{color:var(--fg)}
      #filterbox{margin:0 0 1rem}
      #filter{width:100%;padding:.5rem .75rem;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--border);border-radius:6px}
      #filter-status{margin:.25rem 0 0;color:var(--muted);font-size:.9rem}
      #filter-status:empty{display:none}
      .paper{border:1px solid var(--border);border-radius:8px;padding:.9rem 1rem;margin:0 0 1rem}
      .paper.unknown{border-color:#d4a72c;background:var(--soft)}
      .meta,.links,.ids,.cited-as{margin:.2rem 0;color:var(--muted);font-size:.95rem}
      .links a{margin-right:.75rem}
      .badge,.role,.tag{display:inline-block;padding:0 .5rem;border:1px solid var(--border);border-radius:1rem;
        font-size:.75rem;font-weight:600;line-height:1.6;white-space:nowrap;vertical-align:middle}
      .badge.unknown{background:#ffebe9;color:#a40e26;border-color:#ffcecb}
      .role-implements{background:#dafbe1;color:#116329;border-color:#aceebb}
      .role-adapts{background:#ddf4ff;color:#0550ae;border-color:#b6e3ff}
      .role-uses{background:#fbefff;color:#6639ba;border-color:#ecd8ff}
      .role-evaluates{background:#fff1e5;color:#953800;border-color:#ffd8b5}
      .role-mentions{background:var(--soft);color:var(--muted)}
      table{width:100%;border-collapse:collapse;margin-top:.6rem;font-size:.9rem}
      th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-top:1px solid var(--border)}
      th{color:var(--muted);font-weight:600;border-top:none}
      .cites{list-style:none;margin:0;padding:0}
      .cites li{margin:0 0 .2rem}
      /* Phones: one column; table cells stack under their labels. */
      @media (max-width:700px){
        body{padding:.75rem .75rem 2rem}
        table,thead,tbody,tr,th,td{display:block}
        thead{display:none}
        tr{padding:.4rem 0;border-top:1px solid var(--border)}
        td{border:none;padding:.05rem 0}
        td:empty{display:none}
        td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-weight:600}
      }
      /* Paper: no filter box, and the addresses of links written out. */
      @media print{
        #filterbox{display:none}
        body{max-width:none;padding:0}
        .paper{break-inside:avoid}
        a[href^="http"]::after{content:" <" attr(href) ">";color:var(--muted);font-size:.8em;overflow-wrap:anywhere}
      }
      """;

  // Hides the paper cards and class rows whose data-search lacks any of the typed words; reads
  // #filter=words on load so that a link (or a headless browser) can open the page filtered.
  private static final String SCRIPT =
      """

      (function () {
        var box = document.getElementById('filter');
        var status = document.getElementById('filter-status');
        var items = document.querySelectorAll('[data-search]');
        function apply() {
          var words = box.value.toLowerCase().split(/\\s+/).filter(function (w) { return w; });
          var papers = 0, shown = 0;
          items.forEach(function (item) {
            var text = item.getAttribute('data-search');
            item.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
            if (item.classList.contains('paper')) { papers++; if (!item.hidden) { shown++; } }
          });
          status.textContent = words.length ? shown + ' of ' + papers + ' papers match' : '';
        }
        function fromHash() {
          var match = /^#filter=(.*)$/.exec(location.hash);
          if (match) {
            try { box.value = decodeURIComponent(match[1].replace(/\\+/g, ' ')); } catch (e) { box.value = match[1]; }
          }
          apply();
        }
        box.addEventListener('input', apply);
        window.addEventListener('hashchange', fromHash);
        fromHash();
      })();
      """;

  // Defence in depth: even if a value slipped through unescaped, the browser would run no other
  // script and load nothing (no images, fonts, frames), which also proves the page makes no
  // requests.
  private static final String CSP =
      "default-src 'none'; style-src '"
          + sha256(STYLE)
          + "'; script-src '"
          + sha256(SCRIPT)
          + "'; base-uri 'none'; form-action 'none'";

  HtmlReport() {}

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String fileName() {
    return "references.html";
  }

  @Override
  public String render(References refs, SourceLinks links) {
    boolean modules = refs.summary().modules().size() > 1;
    Map<Citation, String> anchors = anchors(refs);
    HtmlWriter html = new HtmlWriter().doctype();
    html.open("html", "lang", "en")
        .newline()
        .open("head")
        .newline()
        .empty("meta", "charset", "utf-8")
        .newline()
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline()
        .empty("meta", "http-equiv", "Content-Security-Policy", "content", CSP)
        .newline()
        .empty("meta", "name", "generator", "content", "papertrail")
        .newline()
        .element("title", refs.title())
        .newline()
        .style(STYLE)
        .newline()
        .close("head")
        .newline()
        .open("body")
        .newline()
        .element("h1", refs.title())
        .newline();
    summary(html, refs.summary());
    html.open("div", "id", "filterbox")
        .empty(
            "input",
            "type",
            "search",
            "id",
            "filter",
            "placeholder",
            "Filter papers and classes",
            "aria-label",
            "Filter papers and classes",
            "autocomplete",
            "off")
        .element("p", "", "id", "filter-status", "aria-live", "polite")
        .close("div")
        .newline();

    html.element("h2", "Papers", "id", "papers").newline();
    List<References.PaperReferences> unknown = new ArrayList<>();
    for (References.PaperReferences paper : refs.papers()) {
      if (paper.known()) {
        knownPaper(html, paper, modules, links);
      } else {
        unknown.add(paper);
      }
    }
    if (refs.summary().papers() == 0) {
      html.element("p", "No citation names a paper of the catalogs.").newline();
    }
    if (!unknown.isEmpty()) {
      html.element("h2", "Unknown identifiers", "id", "unknown").newline();
      for (References.PaperReferences paper : unknown) {
        unknownPaper(html, paper, modules, links);
      }
    }

    html.element("h2", "Classes", "id", "classes").newline();
    classes(html, refs, anchors, modules);
    if (!refs.dependencies().isEmpty()) {
      dependencies(html, refs.dependencies());
    }
    html.script(SCRIPT).newline().close("body").newline().close("html").newline();
    return html.html();
  }

  private static void summary(HtmlWriter html, References.Summary summary) {
    html.open("ul", "class", "summary").newline();
    item(html, summary.papers(), "paper", "papers");
    item(html, summary.unknown(), "unknown identifier", "unknown identifiers");
    item(html, summary.classes(), "class", "classes");
    item(html, summary.citations(), "citation", "citations");
    html.open("li");
    boolean first = true;
    for (Map.Entry<String, Integer> role : summary.perRole().entrySet()) {
      html.text(first ? "" : " ");
      roleBadge(html, role.getKey());
      html.text(" " + role.getValue());
      first = false;
    }
    html.close("li").newline();
    if (summary.modules().size() > 1) {
      html.element("li", "modules: " + String.join(", ", summary.modules())).newline();
    }
    html.close("ul").newline();
  }

  private static void item(HtmlWriter html, int count, String one, String many) {
    html.open("li")
        .element("strong", String.valueOf(count))
        .text(" " + (count == 1 ? one : many))
        .close("li")
        .newline();
  }

  private static void knownPaper(
      HtmlWriter html, References.PaperReferences paper, boolean modules, SourceLinks links) {
    CatalogEntry entry = paper.entry();
    List<ReportLinks.Link> pages = ReportLinks.pages(entry);
    Set<String> search = new LinkedHashSet<>(List.of(entry.key(), entry.title()));
    search.addAll(entry.authors());
    search.addAll(entry.allIds());
    search.addAll(entry.tags());
    if (entry.venue() != null) {
      search.add(entry.venue());
    }
    openCard(html, "paper", anchor(paper), search, paper);
    html.element("h3", entry.title()).newline();

    // Each piece of the meta line as {css class, text}, joined by " · ".
    List<String[]> meta = new ArrayList<>();
    String authors = ReportLinks.authors(entry);
    if (authors != null) {
      meta.add(new String[] {"authors", authors});
    }
    if (entry.year() != null) {
      meta.add(new String[] {"year", entry.year().toString()});
    }
    if (entry.venue() != null) {
      meta.add(new String[] {"venue", entry.venue()});
    }
    if (entry.kind() != Kind.PAPER) {
      meta.add(new String[] {"badge kind", entry.kind().label()});
    }
    entry.tags().forEach(tag -> meta.add(new String[] {"tag", tag}));
    if (!meta.isEmpty()) {
      html.open("p", "class", "meta");
      for (int i = 0; i < meta.size(); i++) {
        if (i > 0) {
          html.punctuation(" · ");
        }
        html.element("span", meta.get(i)[1], "class", meta.get(i)[0]);
      }
      html.close("p").newline();
    }
    if (!pages.isEmpty()) {
      html.open("p", "class", "links");
      for (int i = 0; i < pages.size(); i++) {
        html.text(i == 0 ? "" : " ");
        link(html, pages.get(i).url(), pages.get(i).label());
      }
      html.close("p").newline();
    }
    // The key and the identifiers (web addresses are already links above): what to write in
    // @Paper(...).
    List<String> ids = new ArrayList<>(List.of(entry.key()));
    entry.allIds().stream().filter(id -> !entry.ids().url().contains(id)).forEach(ids::add);
    html.open("p", "class", "ids").element("code", String.join(" · ", ids)).close("p").newline();
    citations(html, paper, modules, links);
    html.close("section").newline();
  }

  private static void unknownPaper(
      HtmlWriter html, References.PaperReferences paper, boolean modules, SourceLinks links) {
    String title = ReportLinks.citedTitle(paper);
    Set<String> search = new LinkedHashSet<>(List.of(paper.id()));
    if (title != null) {
      search.add(title);
    }
    openCard(html, "paper unknown", anchor(paper), search, paper);
    String url = ReportLinks.urlOf(paper.id());
    html.open("h3").open("code");
    if (url == null) {
      html.text(paper.id());
    } else {
      link(html, url, paper.id());
    }
    html.close("code").text(" ");
    notInAnyCatalog(html);
    html.close("h3").newline();
    if (title != null) {
      html.open("p", "class", "cited-as")
          .text("cited with the title ")
          .punctuation("“")
          .text(title)
          .punctuation("”")
          .close("p")
          .newline();
    }
    citations(html, paper, modules, links);
    html.close("section").newline();
  }

  // data-search holds what the filter matches, lower-cased once here; the citing elements make
  // "find the paper behind this class" work too.
  private static void openCard(
      HtmlWriter html,
      String cssClass,
      String anchor,
      Set<String> search,
      References.PaperReferences paper) {
    paper.citations().forEach(c -> search.addAll(List.of(c.module(), c.element())));
    html.open("section", "class", cssClass, "id", anchor, "data-search", searchText(search))
        .newline();
  }

  private static String searchText(Set<String> terms) {
    return String.join(" ", terms).toLowerCase(Locale.ROOT);
  }

  private static void citations(
      HtmlWriter html, References.PaperReferences paper, boolean modules, SourceLinks links) {
    html.open("table", "class", "citations").newline().open("thead").open("tr");
    if (modules) {
      html.element("th", "Module");
    }
    html.element("th", "Element")
        .element("th", "Role")
        .element("th", "Section")
        .element("th", "Note")
        .element("th", "Source")
        .close("tr")
        .close("thead")
        .newline()
        .open("tbody")
        .newline();
    for (Citation citation : paper.citations()) {
      html.open("tr");
      if (modules) {
        cell(html, "Module", citation.module());
      }
      codeCell(html, "Element", citation.element());
      openCell(html, "Role");
      roleBadge(html, citation.role());
      html.close("td");
      cell(html, "Section", citation.section());
      cell(html, "Note", citation.note());
      String text = ReportLinks.sourceText(citation);
      String href = ReportLinks.sourceLink(links, citation);
      openCell(html, "Source");
      if (text != null && href == null) {
        html.text(text);
      } else if (text != null) {
        link(html, href, text);
      }
      html.close("td").close("tr").newline();
    }
    html.close("tbody").newline().close("table").newline();
  }

  private static void classes(
      HtmlWriter html, References refs, Map<Citation, String> anchors, boolean modules) {
    if (refs.classes().isEmpty()) {
      html.element("p", "No class cites a paper.").newline();
      return;
    }
    html.open("table", "class", "classes").newline().open("thead").open("tr");
    if (modules) {
      html.element("th", "Module");
    }
    html.element("th", "Class")
        .element("th", "Cites")
        .close("tr")
        .close("thead")
        .newline()
        .open("tbody")
        .newline();
    for (References.ClassReferences cls : refs.classes()) {
      html.open("tr", "class", "class", "data-search", searchText(classSearch(cls)));
      if (modules) {
        cell(html, "Module", cls.module());
      }
      codeCell(html, "Class", cls.className());
      openCell(html, "Cites").open("ul", "class", "cites");
      for (References.Cited cited : cls.cited()) {
        Citation citation = cited.citation();
        html.open("li")
            .element(
                "a",
                cited.entry() == null ? citation.id() : cited.entry().title(),
                "href",
                "#" + anchors.get(citation));
        if (citation.member() != null) {
          html.text(" ").element("code", "#" + citation.member());
        }
        html.text(" ");
        roleBadge(html, citation.role());
        if (cited.entry() == null) {
          html.text(" ");
          notInAnyCatalog(html);
        }
        html.close("li");
      }
      html.close("ul").close("td").close("tr").newline();
    }
    html.close("tbody").newline().close("table").newline();
  }

  /**
   * What a class row's filter matches: module, class, and per citation the paper's title,
   * identifier, key, member.
   */
  private static Set<String> classSearch(References.ClassReferences cls) {
    Set<String> search = new LinkedHashSet<>(List.of(cls.module(), cls.className()));
    for (References.Cited cited : cls.cited()) {
      Citation citation = cited.citation();
      search.addAll(
          List.of(cited.entry() == null ? citation.id() : cited.entry().title(), citation.id()));
      if (cited.entry() != null) {
        search.add(cited.entry().key());
      }
      if (citation.member() != null) {
        search.add(citation.member());
      }
    }
    return search;
  }

  /**
   * "Papers cited by dependencies": one row per citation a dependency jar carries, under its
   * artifact.
   */
  private static void dependencies(HtmlWriter html, List<References.Cited> cited) {
    html.element("h2", "Papers cited by dependencies", "id", "dependencies")
        .newline()
        .open("table", "class", "dependencies")
        .open("thead")
        .open("tr")
        .element("th", "Paper")
        .element("th", "Artifact")
        .element("th", "Element")
        .element("th", "Role")
        .close("tr")
        .close("thead")
        .newline()
        .open("tbody")
        .newline();
    for (References.Cited each : cited) {
      Citation citation = each.citation();
      CatalogEntry entry = each.entry();
      List<ReportLinks.Link> pages = entry == null ? List.of() : ReportLinks.pages(entry);
      html.open("tr", "class", "dependency");
      openCell(html, "Paper");
      if (entry == null) {
        html.text(citation.id()).text(" ");
        notInAnyCatalog(html);
      } else if (pages.isEmpty()) {
        html.text(entry.title());
      } else {
        link(html, pages.get(0).url(), entry.title());
      }
      html.close("td");
      codeCell(html, "Artifact", citation.module());
      codeCell(html, "Element", citation.element());
      openCell(html, "Role");
      roleBadge(html, citation.role());
      html.close("td").close("tr").newline();
    }
    html.close("tbody").close("table").newline();
  }

  /** A table cell whose label heads it on a phone, where the table's header row is hidden. */
  private static HtmlWriter openCell(HtmlWriter html, String label) {
    return html.open("td", "data-label", label);
  }

  private static void cell(HtmlWriter html, String label, String text) {
    html.element("td", text, "data-label", label);
  }

  private static void codeCell(HtmlWriter html, String label, String code) {
    openCell(html, label).element("code", code).close("td");
  }

  private static void notInAnyCatalog(HtmlWriter html) {
    html.element("span", "not in any catalog", "class", "badge unknown");
  }

  private static void roleBadge(HtmlWriter html, String role) {
    // The CSS class keeps letters only, so that an odd role from a hand-written index is still one
    // class name.
    String css = role == null ? "" : role.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    html.element("span", role, "class", "role role-" + css);
  }

  /** A link when the URL may be one (external ones with rel="noopener"), else the text alone. */
  private static void link(HtmlWriter html, String url, String text) {
    if (!ReportLinks.linkable(url)) {
      html.text(text);
    } else if (url.regionMatches(true, 0, "http", 0, 4)) {
      html.element("a", text, "href", url, "rel", "noopener");
    } else {
      html.element("a", text, "href", url);
    }
  }

  /** The card anchor of every citation: paper-KEY for known papers, unknown-ID for the others. */
  private static Map<Citation, String> anchors(References refs) {
    Map<Citation, String> anchors = new HashMap<>();
    for (References.PaperReferences paper : refs.papers()) {
      paper.citations().forEach(citation -> anchors.put(citation, anchor(paper)));
    }
    return anchors;
  }

  // Only characters that need no encoding in a URL fragment, so #paper-KEY links are plain to
  // share.
  private static String anchor(References.PaperReferences paper) {
    return (paper.known() ? "paper-" + paper.entry().key() : "unknown-" + paper.id())
        .replaceAll("[^A-Za-z0-9._-]", "-");
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
