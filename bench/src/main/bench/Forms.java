package bench;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The identifiers the benchmark cites: every form of every entry of the bundled catalog (arXiv id,
 * with a v2 suffix, with the arXiv: prefix, as an abs URL; key; openreview:/acl: forms; URLs),
 * each checked with papertrail's own validator to resolve to its entry with no problem, so that no
 * compilation prints a diagnostic. Entries the catalog flags with a conflict are left out (citing
 * them is a warning per citation, which plain javac would not print).
 */
final class Forms {

  /** One way to write a citation of an entry. */
  record Form(String kind, String written, CatalogEntry entry) {}

  /** One citation: what {@code @Paper(...)} carries. */
  record Cite(Form form, String role, String section, String note, String title) {}

  static final String[] ROLES = {"IMPLEMENTS", "ADAPTS", "USES", "EVALUATES", "MENTIONS"};
  private static final int[] ROLE_WEIGHTS = {50, 15, 20, 5, 10};
  private static final String[] SECTIONS = {"Eq. 3", "Sec. 4.1", "Algorithm 1", "Appendix B", "Sec. 3.2", "Table 2"};
  private static final String[] NOTES = {"rank 8 only", "fp32 accumulation", "no warm restarts", "per-row scaling",
      "as in the reference implementation", "beta fixed at 0.1"};
  /** How often each kind is picked when an entry has it (weights), before falling back to the arXiv id. */
  private static final Map<String, Integer> KIND_WEIGHTS = new LinkedHashMap<>();

  static {
    KIND_WEIGHTS.put("arxiv", 45);
    KIND_WEIGHTS.put("arxiv-v2", 12);
    KIND_WEIGHTS.put("arxiv-prefix", 6);
    KIND_WEIGHTS.put("arxiv-url", 5);
    KIND_WEIGHTS.put("key", 20);
    KIND_WEIGHTS.put("openreview", 4);
    KIND_WEIGHTS.put("acl", 4);
    KIND_WEIGHTS.put("url", 4);
  }

  final List<CatalogEntry> entries = new ArrayList<>();
  /** Per entry (same order as {@link #entries}), its valid forms by kind. */
  final List<Map<String, Form>> formsByEntry = new ArrayList<>();
  final Map<String, Integer> formCount = new LinkedHashMap<>();
  private final SplittableRandom random;
  private int next;

  Forms(long seed) {
    random = new SplittableRandom(seed);
    Catalog catalog = CatalogFiles.bundled();
    CitationValidator validator = new CitationValidator(Catalogs.of(catalog, "bundled"), Severity.ERROR);
    for (CatalogEntry entry : catalog.entries()) {
      if (entry.hasConflicts()) {
        continue;
      }
      Map<String, String> written = new LinkedHashMap<>();
      String arxiv = entry.ids().arxiv();
      if (arxiv != null) {
        String bare = arxiv.substring(arxiv.indexOf(':') + 1);
        written.put("arxiv", bare);
        written.put("arxiv-v2", bare + "v2");
        written.put("arxiv-prefix", "arXiv:" + bare);
        written.put("arxiv-url", "https://arxiv.org/abs/" + bare);
      }
      written.put("key", entry.key());
      if (entry.ids().openreview() != null) {
        written.put("openreview", entry.ids().openreview());
      }
      if (entry.ids().acl() != null) {
        written.put("acl", entry.ids().acl());
      }
      if (entry.ids().doi() != null) {
        written.put("doi", entry.ids().doi().substring("doi:".length()));
      }
      if (!entry.ids().url().isEmpty()) {
        written.put("url", entry.ids().url().get(0));
      }
      Map<String, Form> forms = new LinkedHashMap<>();
      written.forEach((kind, form) -> {
        CitationValidator.Result result = validator.validate(form, null);
        if (result.entry() != null && result.entry().key().equals(entry.key()) && result.problems().isEmpty()) {
          forms.put(kind, new Form(kind, form, entry));
        }
      });
      if (!forms.isEmpty()) {
        entries.add(entry);
        formsByEntry.add(forms);
      }
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException("the bundled catalog gave no citable entry");
    }
  }

  /**
   * The next citation: the first ones go through every entry once (each in a different form, so that
   * every kind of identifier appears), then entries are picked at random.
   */
  Cite next() {
    int index;
    Form form;
    if (next < entries.size()) {
      index = next++;
      Map<String, Form> forms = formsByEntry.get(index);
      // cycle the kinds so that the rare ones (openreview, acl, url) appear in the first pass
      List<Form> ordered = new ArrayList<>(forms.values());
      form = ordered.get(index % ordered.size());
      for (String rare : List.of("openreview", "acl", "url", "doi")) {
        if (forms.containsKey(rare)) {
          form = forms.get(rare);
        }
      }
    } else {
      index = random.nextInt(entries.size());
      form = pick(formsByEntry.get(index));
    }
    formCount.merge(form.kind(), 1, Integer::sum);
    String role = ROLES[weighted(ROLE_WEIGHTS)];
    String section = random.nextInt(100) < 20 ? SECTIONS[random.nextInt(SECTIONS.length)] : null;
    String note = random.nextInt(100) < 10 ? NOTES[random.nextInt(NOTES.length)] : null;
    String title = random.nextInt(100) < 3 ? form.entry().title() : null;
    return new Cite(form, role, section, note, title);
  }

  private Form pick(Map<String, Form> forms) {
    int total = 0;
    for (Map.Entry<String, Integer> kind : KIND_WEIGHTS.entrySet()) {
      if (forms.containsKey(kind.getKey())) {
        total += kind.getValue();
      }
    }
    if (total == 0) {
      return forms.values().iterator().next();
    }
    int r = random.nextInt(total);
    for (Map.Entry<String, Integer> kind : KIND_WEIGHTS.entrySet()) {
      if (forms.containsKey(kind.getKey())) {
        r -= kind.getValue();
        if (r < 0) {
          return forms.get(kind.getKey());
        }
      }
    }
    throw new AssertionError();
  }

  private int weighted(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError();
  }

  SplittableRandom random() {
    return random;
  }
}
