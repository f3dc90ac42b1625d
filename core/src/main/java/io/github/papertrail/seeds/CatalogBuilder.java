package io.github.papertrail.seeds;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import io.github.papertrail.catalog.Titles;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges seed records into catalog entries. Records with the same normalized identifier or the same
 * normalized title are one entry, keeping every source. Nothing is merged or dropped silently: an
 * identifier written under two unrelated titles stays on two entries, each flagged; a paper written
 * under two titles is one entry, flagged; a curated title correction is flagged too.
 */
public final class CatalogBuilder {

  /**
   * Titles at least this similar (word-set Dice) under one identifier are variants of one title.
   */
  static final double VARIANT_SIMILARITY = 0.6;

  /** The entries, sorted by key, and what the build did. */
  public record Result(List<CatalogEntry> entries, BuildSummary summary) {}

  /**
   * A record as the build sees it: its title after correction, its ids with where each came from.
   */
  private static final class Item {
    final SeedRecord record;
    final String title;
    final String normalTitle;
    final TitleCorrections.Row correction;
    final List<Identifier> ids = new ArrayList<>();
    final Set<Identifier> fromTable = new HashSet<>();
    final List<String> conflicts = new ArrayList<>();
    String idFrom;

    Item(SeedRecord record, TitleCorrections.Row correction) {
      this.record = record;
      this.correction = correction;
      this.title = correction == null ? record.title() : correction.correctTitle();
      this.normalTitle = Titles.normalize(title);
      this.ids.addAll(record.ids());
    }

    String where() {
      return record.where();
    }
  }

  private final List<SeedRecord> records = new ArrayList<>();
  private ArxivTable table = ArxivTable.empty();
  private TitleCorrections corrections = TitleCorrections.none();

  public CatalogBuilder add(List<SeedRecord> seedRecords) {
    records.addAll(seedRecords);
    return this;
  }

  public CatalogBuilder arxivTable(ArxivTable value) {
    this.table = value;
    return this;
  }

  public CatalogBuilder titleCorrections(TitleCorrections value) {
    this.corrections = value;
    return this;
  }

  public Result build() {
    List<Item> items = items();
    UnionFind groups = new UnionFind(items.size());
    Map<String, List<Integer>> sharedIds = linkSameTitleOrId(items, groups);
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Draft> drafts = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      drafts.add(draft(items, group, groups, sharedIds));
    }
    List<Keys.Parts> parts = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      parts.add(draft.keyParts());
    }
    List<String> keys = Keys.assign(parts);
    List<CatalogEntry> entries = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      entries.add(drafts.get(i).toEntry(keys.get(i)));
    }
    entries.sort(Comparator.comparing(CatalogEntry::key));
    return new Result(entries, BuildSummary.of(records, entries));
  }

  /**
   * Records with corrected titles and table ids attached; every table row and correction must be
   * used.
   */
  private List<Item> items() {
    Set<ArxivTable.Row> usedRows = new HashSet<>();
    Set<TitleCorrections.Row> usedCorrections = new HashSet<>();
    List<Item> items = new ArrayList<>();
    for (SeedRecord record : records) {
      TitleCorrections.Row correction = corrections.find(record.seed(), record.title());
      if (correction != null) {
        usedCorrections.add(correction);
      }
      Item item = new Item(record, correction);
      Identifier seedArxiv = null;
      for (Identifier id : record.ids()) {
        if (id.scheme() == Scheme.ARXIV) {
          seedArxiv = id;
          break;
        }
      }
      ArxivTable.Row row = table.find(record.seed(), record.title());
      if (row != null) {
        usedRows.add(row);
      }
      if (seedArxiv != null) {
        item.idFrom = "seed";
        if (row != null && !row.arxiv().normalForm().equals(seedArxiv.normalForm())) {
          item.conflicts.add(
              item.where()
                  + " links "
                  + seedArxiv.normalForm()
                  + " but "
                  + row.file()
                  + ":"
                  + row.line()
                  + " gives "
                  + row.arxiv().normalForm()
                  + "; the seed's id is kept");
        }
      } else if (row != null) {
        item.ids.add(row.arxiv());
        item.fromTable.add(row.arxiv());
        item.idFrom = "table";
      }
      items.add(item);
    }
    for (ArxivTable.Row row : sorted(table.rows(), ArxivTable.Row::line)) {
      if (!usedRows.contains(row)) {
        throw new SeedFormatException(
            row.file(),
            row.line(),
            "the title '"
                + row.title()
                + "' is in no record of "
                + row.seed()
                + "; fix the title or the seed");
      }
    }
    for (TitleCorrections.Row row : sorted(corrections.rows(), TitleCorrections.Row::line)) {
      if (!usedCorrections.contains(row)) {
        throw new SeedFormatException(
            row.file(),
            row.line(),
            "the title '"
                + row.title()
                + "' is in no record of "
                + row.seed()
                + "; fix the title or the seed");
      }
    }
    return items;
  }

  /**
   * Unites items with the same normalized title, and items that share an identifier under titles
   * that are variants of each other. Returns the identifiers shared by items left apart.
   */
  private static Map<String, List<Integer>> linkSameTitleOrId(List<Item> items, UnionFind groups) {
    Map<String, Integer> byTitle = new LinkedHashMap<>();
    Map<String, List<Integer>> byId = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer first = byTitle.putIfAbsent(items.get(i).normalTitle, i);
      if (first != null) {
        groups.union(first, i);
      }
      for (Identifier id : items.get(i).ids) {
        byId.computeIfAbsent(id.normalForm(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> same : byId.values()) {
      for (int a = 0; a < same.size(); a++) {
        for (int b = a + 1; b < same.size(); b++) {
          if (Titles.similarity(items.get(same.get(a)).title, items.get(same.get(b)).title)
              >= VARIANT_SIMILARITY) {
            groups.union(same.get(a), same.get(b));
          }
        }
      }
    }
    Map<String, List<Integer>> shared = new TreeMap<>();
    byId.forEach(
        (id, same) -> {
          if (same.size() > 1 && same.stream().map(groups::find).distinct().count() > 1) {
            shared.put(id, same);
          }
        });
    return shared;
  }

  private static Draft draft(
      List<Item> items,
      List<Integer> group,
      UnionFind groups,
      Map<String, List<Integer>> sharedIds) {
    List<Item> members = new ArrayList<>(group.size());
    for (int i : group) {
      members.add(items.get(i));
    }
    Draft draft = new Draft();
    draft.title = chooseTitle(members);
    Map<String, String> titles = new LinkedHashMap<>();
    for (Item item : members) {
      titles.putIfAbsent(item.normalTitle, item.title);
      if (item.correction != null) {
        titles.putIfAbsent(Titles.normalize(item.record.title()), item.record.title());
      }
    }
    titles.remove(members.size() == 1 ? members.get(0).normalTitle : Titles.normalize(draft.title));
    draft.otherTitles.addAll(titles.values());

    // Identifiers: the seeds' own first, then the table's; one per scheme, the rest kept as
    // otherIds.
    Map<Scheme, String> primary = new EnumMap<>(Scheme.class);
    Map<Scheme, Map<String, String>> seen = new EnumMap<>(Scheme.class);
    for (boolean table : new boolean[] {false, true}) {
      for (Item item : members) {
        for (Identifier id : item.ids) {
          if (item.fromTable.contains(id) != table) {
            continue;
          }
          String normal = id.normalForm();
          String origin = item.where() + (table ? " via the arXiv table" : "");
          seen.computeIfAbsent(id.scheme(), k -> new LinkedHashMap<>()).putIfAbsent(normal, origin);
          if (id.scheme() == Scheme.URL) {
            draft.urls.add(normal);
          } else if (primary.putIfAbsent(id.scheme(), normal) != null
              && !primary.get(id.scheme()).equals(normal)) {
            draft.otherIds.add(normal);
          }
        }
      }
    }
    draft.ids = primary;
    for (Map.Entry<Scheme, Map<String, String>> scheme : seen.entrySet()) {
      if (scheme.getKey() != Scheme.URL && scheme.getValue().size() > 1) {
        List<String> listed = new ArrayList<>();
        scheme.getValue().forEach((id, where) -> listed.add(id + " (" + where + ")"));
        draft.conflicts.add(
            "the sources give "
                + scheme.getValue().size()
                + " "
                + scheme.getKey().prefix()
                + " ids: "
                + String.join(", ", listed)
                + "; the first is the entry's, the others are kept as otherIds");
      }
    }

    // Conflicts a person should look at.
    for (Item item : members) {
      draft.conflicts.addAll(item.conflicts);
      if (item.correction != null) {
        draft.conflicts.add(
            item.where()
                + " titles it '"
                + item.record.title()
                + "', which is not this paper's title: "
                + item.correction.evidence()
                + " ("
                + item.correction.file()
                + ":"
                + item.correction.line()
                + ")");
      }
    }
    Map<String, String> variants = new LinkedHashMap<>(); // title -> where it is written
    for (Item item : members.size() > 1 ? members : List.<Item>of()) { // one title is no variant
      if (item.correction == null
          && variants.keySet().stream().noneMatch(v -> Titles.same(v, item.title))) {
        variants.put(item.title, item.where());
      }
    }
    if (variants.size() > 1) {
      List<String> listed = new ArrayList<>();
      variants.forEach((title, where) -> listed.add("'" + title + "' (" + where + ")"));
      draft.conflicts.add(
          "the sources give this paper different titles: "
              + String.join(", ", listed)
              + "; the catalog uses '"
              + draft.title
              + "'");
    }
    int root = groups.find(group.get(0));
    for (Map.Entry<String, List<Integer>> shared : sharedIds.entrySet()) {
      if (shared.getValue().stream().noneMatch(i -> groups.find(i) == root)) {
        continue;
      }
      Set<String> others = new LinkedHashSet<>();
      for (int i : shared.getValue()) {
        if (groups.find(i) != root) {
          others.add("'" + items.get(i).title + "' (" + items.get(i).where() + ")");
        }
      }
      draft.conflicts.add(
          shared.getKey()
              + " is also given for "
              + String.join(", ", others)
              + ", a different paper: at least one of these links is wrong, so the id names more than one entry");
    }

    // Descriptive fields: the richest source wins, the rest stay in sources.
    for (Item item : members) {
      SeedRecord r = item.record;
      if (r.authors().size() > draft.authors.size()) {
        draft.authors = r.authors();
        draft.moreAuthors = r.moreAuthors();
      }
      if (r.authorCount() != null
          && (draft.authorCount == null || r.authorCount() > draft.authorCount)) {
        draft.authorCount = r.authorCount();
      }
      draft.year = min(draft.year, r.year());
      if (r.date() != null && (draft.date == null || r.date().length() > draft.date.length())) {
        draft.date = r.date();
      }
      draft.venue = draft.venue == null ? r.venue() : draft.venue;
      draft.organisation = draft.organisation == null ? r.organisation() : draft.organisation;
      draft.abstractText = draft.abstractText == null ? r.abstractText() : draft.abstractText;
      draft.tags.addAll(r.tags());
      if (draft.kind == null || r.kind() == Kind.PAPER) {
        draft.kind = r.kind(); // a paper linked once as a write-up is still a paper
      }
      String writtenTitle = r.title().equals(draft.title) ? null : r.title();
      draft.sources.add(new Source(r.seed(), r.line(), item.idFrom, writtenTitle, r.summary()));
    }
    String arxiv = primary.get(Scheme.ARXIV);
    if (arxiv != null) {
      draft.year = min(draft.year, arxivYear(arxiv));
    }
    draft.sources.sort(Comparator.comparing(Source::seed).thenComparingInt(Source::line));
    return draft;
  }

  /**
   * A corrected title wins; else the first title not written in capitals only (or the first), in
   * its fullest form: "GaLore: Memory-Efficient …" over "Memory-Efficient …".
   */
  private static String chooseTitle(List<Item> members) {
    for (Item item : members) {
      if (item.correction != null) {
        return item.title;
      }
    }
    if (members.size() == 1) {
      return members.get(0).title;
    }
    List<String> titles = members.stream().map(item -> item.title).toList();
    List<String> mixedCase =
        titles.stream().filter(t -> !t.equals(t.toUpperCase(java.util.Locale.ROOT))).toList();
    List<String> candidates = mixedCase.isEmpty() ? titles : mixedCase;
    String first = candidates.get(0);
    for (String title : candidates) {
      if (!title.equals(first)
          && Titles.normalize(Titles.withoutName(title)).equals(Titles.normalize(first))) {
        return title;
      }
    }
    return first;
  }

  /** The year of an arXiv id's first version: 2106.09685 is 2021, hep-th/9901001 is 1999. */
  static int arxivYear(String normalForm) {
    String id = normalForm.substring(normalForm.indexOf(':') + 1);
    int slash = id.indexOf('/');
    int yy = Integer.parseInt(slash < 0 ? id.substring(0, 2) : id.substring(slash + 1, slash + 3));
    return slash >= 0 && yy >= 91 ? 1900 + yy : 2000 + yy;
  }

  private static Integer min(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Integer.valueOf(Math.min(a, b));
  }

  private static <T> List<T> sorted(
      java.util.Collection<T> rows, java.util.function.ToIntFunction<T> line) {
    return rows.stream().sorted(Comparator.comparingInt(line)).toList();
  }

  /** An entry before its key is known. */
  private static final class Draft {
    String title;
    final List<String> otherTitles = new ArrayList<>();
    Map<Scheme, String> ids;
    final Set<String> urls = new LinkedHashSet<>();
    final List<String> otherIds = new ArrayList<>();
    List<String> authors = List.of();
    boolean moreAuthors;
    Integer authorCount;
    Integer year;
    String date;
    String venue;
    String organisation;
    Kind kind;
    final Set<String> tags = new TreeSet<>();
    String abstractText;
    final List<Source> sources = new ArrayList<>();
    final List<String> conflicts = new ArrayList<>();

    Keys.Parts keyParts() {
      return Keys.parts(title, authors, year);
    }

    CatalogEntry toEntry(String key) {
      Ids entryIds =
          new Ids(
              ids.get(Scheme.ARXIV),
              ids.get(Scheme.DOI),
              ids.get(Scheme.OPENREVIEW),
              ids.get(Scheme.ACL),
              new ArrayList<>(urls));
      return new CatalogEntry(
          key,
          title,
          otherTitles,
          entryIds,
          otherIds,
          authors,
          moreAuthors ? Boolean.TRUE : null,
          authorCount,
          year,
          date,
          venue,
          organisation,
          kind,
          new ArrayList<>(tags),
          abstractText,
          sources,
          conflicts);
    }
  }

  /**
   * Disjoint sets over item indexes; the root of a set is its smallest index, so groups keep seed
   * order.
   */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
      parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int rootA = find(a);
      int rootB = find(b);
      if (rootA != rootB) {
        parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
      }
    }
  }
}
