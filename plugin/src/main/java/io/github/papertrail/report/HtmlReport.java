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
import org.apache.commons.text.StringEscapeUtils;

/**
 * The references page as one self-contained HTML5 file: inline style and script, no request to
 * anything (a report is opened from disk, from CI artifacts, offline). Every value that comes from a
 * catalog or from sources is escaped with {@code escapeHtml4}; attributes are double-quoted.
 */
public final class HtmlReport implements ReportFormat {

  private static final String STYLE = """

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
  private static final String SCRIPT = """

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
  // script and load nothing (no images, fonts, frames), which also proves the page makes no requests.
  private static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
      + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

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
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"generator\" content=\"papertrail\">\n")
        .append("<title>").append(esc(refs.title())).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(esc(refs.title())).append("</h1>\n");
    summary(out, refs.summary());
    out.append("<div id=\"filterbox\"><input type=\"search\" id=\"filter\" placeholder=\"Filter papers and classes\" ")
        .append("aria-label=\"Filter papers and classes\" autocomplete=\"off\"><p id=\"filter-status\" aria-live=\"polite\"></p></div>\n");

    out.append("<h2 id=\"papers\">Papers</h2>\n");
    List<References.PaperReferences> unknown = new ArrayList<>();
    for (References.PaperReferences paper : refs.papers()) {
      if (paper.known()) {
        knownPaper(out, paper, modules, links);
      } else {
        unknown.add(paper);
      }
    }
    if (refs.summary().papers() == 0) {
      out.append("<p>No citation names a paper of the catalogs.</p>\n");
    }
    if (!unknown.isEmpty()) {
      out.append("<h2 id=\"unknown\">Unknown identifiers</h2>\n");
      for (References.PaperReferences paper : unknown) {
        unknownPaper(out, paper, modules, links);
      }
    }

    out.append("<h2 id=\"classes\">Classes</h2>\n");
    classes(out, refs, anchors, modules);
    if (!refs.dependencies().isEmpty()) {
      dependencies(out, refs.dependencies());
    }
    out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void summary(StringBuilder out, References.Summary summary) {
    out.append("<ul class=\"summary\">\n");
    item(out, summary.papers(), "paper", "papers");
    item(out, summary.unknown(), "unknown identifier", "unknown identifiers");
    item(out, summary.classes(), "class", "classes");
    item(out, summary.citations(), "citation", "citations");
    List<String> roles = new ArrayList<>();
    summary.perRole().forEach((role, count) -> roles.add(roleBadge(role) + " " + count));
    out.append("<li>").append(String.join(" ", roles)).append("</li>\n");
    if (summary.modules().size() > 1) {
      out.append("<li>modules: ").append(esc(String.join(", ", summary.modules()))).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static void item(StringBuilder out, int count, String one, String many) {
    out.append("<li><strong>").append(count).append("</strong> ").append(count == 1 ? one : many).append("</li>\n");
  }

  private static void knownPaper(StringBuilder out, References.PaperReferences paper, boolean modules, SourceLinks links) {
    CatalogEntry entry = paper.entry();
    List<ReportLinks.Link> pages = ReportLinks.pages(entry);
    Set<String> search = new LinkedHashSet<>(List.of(entry.key(), entry.title()));
    search.addAll(entry.authors());
    search.addAll(entry.allIds());
    search.addAll(entry.tags());
    if (entry.venue() != null) {
      search.add(entry.venue());
    }
    openCard(out, "paper", anchor(paper), search, paper);
    out.append("<h3>").append(esc(entry.title())).append("</h3>\n");

    List<String> meta = new ArrayList<>();
    String authors = ReportLinks.authors(entry);
    if (authors != null) {
      meta.add("<span class=\"authors\">" + esc(authors) + "</span>");
    }
    if (entry.year() != null) {
      meta.add("<span class=\"year\">" + entry.year() + "</span>");
    }
    if (entry.venue() != null) {
      meta.add("<span class=\"venue\">" + esc(entry.venue()) + "</span>");
    }
    if (entry.kind() != Kind.PAPER) {
      meta.add("<span class=\"badge kind\">" + esc(entry.kind().label()) + "</span>");
    }
    entry.tags().forEach(tag -> meta.add("<span class=\"tag\">" + esc(tag) + "</span>"));
    if (!meta.isEmpty()) {
      out.append("<p class=\"meta\">").append(String.join(" · ", meta)).append("</p>\n");
    }
    if (!pages.isEmpty()) {
      out.append("<p class=\"links\">");
      out.append(String.join(" ", pages.stream().map(page -> link(page.url(), page.label())).toList())).append("</p>\n");
    }
    // The key and the identifiers (web addresses are already links above): what to write in @Paper(...).
    List<String> ids = new ArrayList<>(List.of(entry.key()));
    entry.allIds().stream().filter(id -> !entry.ids().url().contains(id)).forEach(ids::add);
    out.append("<p class=\"ids\"><code>").append(esc(String.join(" · ", ids))).append("</code></p>\n");
    citations(out, paper, modules, links);
    out.append("</section>\n");
  }

  private static void unknownPaper(StringBuilder out, References.PaperReferences paper, boolean modules, SourceLinks links) {
    String title = ReportLinks.citedTitle(paper);
    Set<String> search = new LinkedHashSet<>(List.of(paper.id()));
    if (title != null) {
      search.add(title);
    }
    openCard(out, "paper unknown", anchor(paper), search, paper);
    String url = ReportLinks.urlOf(paper.id());
    out.append("<h3><code>").append(url == null ? esc(paper.id()) : link(url, paper.id()))
        .append("</code> <span class=\"badge unknown\">not in any catalog</span></h3>\n");
    if (title != null) {
      out.append("<p class=\"cited-as\">cited with the title “").append(esc(title)).append("”</p>\n");
    }
    citations(out, paper, modules, links);
    out.append("</section>\n");
  }

  // data-search holds what the filter matches, lower-cased once here; the citing elements make
  // "find the paper behind this class" work too.
  private static void openCard(StringBuilder out, String cssClass, String anchor, Set<String> search,
      References.PaperReferences paper) {
    paper.citations().forEach(c -> search.addAll(List.of(c.module(), c.element())));
    out.append("<section class=\"").append(cssClass).append("\" id=\"").append(esc(anchor))
        .append("\" data-search=\"").append(searchText(search)).append("\">\n");
  }

  private static String searchText(Set<String> terms) {
    return esc(String.join(" ", terms).toLowerCase(Locale.ROOT));
  }

  private static void citations(StringBuilder out, References.PaperReferences paper, boolean modules, SourceLinks links) {
    out.append("<table class=\"citations\">\n<thead><tr>").append(modules ? "<th>Module</th>" : "")
        .append("<th>Element</th><th>Role</th><th>Section</th><th>Note</th><th>Source</th></tr></thead>\n<tbody>\n");
    for (Citation citation : paper.citations()) {
      out.append("<tr>");
      if (modules) {
        cell(out, "Module", esc(citation.module()));
      }
      cell(out, "Element", "<code>" + esc(citation.element()) + "</code>");
      cell(out, "Role", roleBadge(citation.role()));
      cell(out, "Section", esc(citation.section()));
      cell(out, "Note", esc(citation.note()));
      String text = ReportLinks.sourceText(citation);
      String href = ReportLinks.sourceLink(links, citation);
      cell(out, "Source", text == null ? "" : href == null ? esc(text) : link(href, text));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void classes(StringBuilder out, References refs, Map<Citation, String> anchors, boolean modules) {
    if (refs.classes().isEmpty()) {
      out.append("<p>No class cites a paper.</p>\n");
      return;
    }
    out.append("<table class=\"classes\">\n<thead><tr>").append(modules ? "<th>Module</th>" : "")
        .append("<th>Class</th><th>Cites</th></tr></thead>\n<tbody>\n");
    for (References.ClassReferences cls : refs.classes()) {
      Set<String> search = new LinkedHashSet<>(List.of(cls.module(), cls.className()));
      StringBuilder cites = new StringBuilder("<ul class=\"cites\">");
      for (References.Cited cited : cls.cited()) {
        Citation citation = cited.citation();
        String name = cited.entry() == null ? citation.id() : cited.entry().title();
        search.addAll(List.of(name, citation.id()));
        if (cited.entry() != null) {
          search.add(cited.entry().key());
        }
        if (citation.member() != null) {
          search.add(citation.member());
        }
        cites.append("<li><a href=\"#").append(esc(anchors.get(citation))).append("\">").append(esc(name)).append("</a>")
            .append(citation.member() == null ? "" : " <code>#" + esc(citation.member()) + "</code>")
            .append(' ').append(roleBadge(citation.role()))
            .append(cited.entry() == null ? " <span class=\"badge unknown\">not in any catalog</span>" : "")
            .append("</li>");
      }
      cites.append("</ul>");
      out.append("<tr class=\"class\" data-search=\"").append(searchText(search)).append("\">");
      if (modules) {
        cell(out, "Module", esc(cls.module()));
      }
      cell(out, "Class", "<code>" + esc(cls.className()) + "</code>");
      cell(out, "Cites", cites.toString());
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** "Papers cited by dependencies": one row per citation a dependency jar carries, under its artifact. */
  private static void dependencies(StringBuilder out, List<References.Cited> cited) {
    out.append("<h2 id=\"dependencies\">Papers cited by dependencies</h2>\n")
        .append("<table class=\"dependencies\"><thead><tr><th>Paper</th><th>Artifact</th><th>Element</th><th>Role</th></tr></thead>\n<tbody>\n");
    for (References.Cited each : cited) {
      Citation citation = each.citation();
      CatalogEntry entry = each.entry();
      List<ReportLinks.Link> pages = entry == null ? List.of() : ReportLinks.pages(entry);
      String paper = entry == null ? esc(citation.id()) + " <span class=\"badge unknown\">not in any catalog</span>"
          : pages.isEmpty() ? esc(entry.title()) : link(pages.get(0).url(), entry.title());
      out.append("<tr class=\"dependency\">");
      cell(out, "Paper", paper);
      cell(out, "Artifact", "<code>" + esc(citation.module()) + "</code>");
      cell(out, "Element", "<code>" + esc(citation.element()) + "</code>");
      cell(out, "Role", roleBadge(citation.role()));
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private static void cell(StringBuilder out, String label, String html) {
    out.append("<td data-label=\"").append(label).append("\">").append(html).append("</td>");
  }

  private static String roleBadge(String role) {
    // The CSS class keeps letters only, so an odd role from a hand-written index cannot break the attribute.
    String css = role == null ? "" : role.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return "<span class=\"role role-" + css + "\">" + esc(role) + "</span>";
  }

  /** A link when the URL may be one (external ones with rel="noopener"), else the text alone. */
  private static String link(String url, String text) {
    if (!ReportLinks.linkable(url)) {
      return esc(text);
    }
    boolean external = url.regionMatches(true, 0, "http", 0, 4);
    return "<a href=\"" + esc(url) + "\"" + (external ? " rel=\"noopener\"" : "") + ">" + esc(text) + "</a>";
  }

  /** The card anchor of every citation: paper-KEY for known papers, unknown-ID for the others. */
  private static Map<Citation, String> anchors(References refs) {
    Map<Citation, String> anchors = new HashMap<>();
    for (References.PaperReferences paper : refs.papers()) {
      paper.citations().forEach(citation -> anchors.put(citation, anchor(paper)));
    }
    return anchors;
  }

  // Only characters that need no encoding in a URL fragment, so #paper-KEY links are plain to share.
  private static String anchor(References.PaperReferences paper) {
    return (paper.known() ? "paper-" + paper.entry().key() : "unknown-" + paper.id()).replaceAll("[^A-Za-z0-9._-]", "-");
  }

  private static String esc(String value) {
    return value == null ? "" : StringEscapeUtils.escapeHtml4(value);
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
