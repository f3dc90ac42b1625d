package io.github.papertrail.catalog;

import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogs a build uses, in order (the bundled catalog, then the user's), merged into one
 * catalog. The same paper in two catalogs is one entry with the sources of both; an identifier two
 * catalogs give to different papers stays on both entries, each flagged with a conflict; nothing is
 * overwritten or dropped silently. What the readers skipped, and what the merge flagged, are {@link
 * #warnings()}.
 */
public final class Catalogs {

  /** The name of the bundled catalog in messages. */
  public static final String BUNDLED = "the bundled seed catalog";

  /**
   * Titles at least this similar (word-set Dice) under one identifier are one paper, as in the
   * catalog build.
   */
  static final double SAME_PAPER_SIMILARITY = 0.6;

  /**
   * One catalog to merge: its name for {@link #describe()}, its file name for conflicts and keys,
   * what was read.
   */
  public record Part(String name, String file, CatalogLoad load) {}

  private final Catalog catalog;
  private final List<String> names;
  private final List<String> warnings;

  /**
   * Keys a later catalog gives to a paper merged into an earlier entry, and that entry's key: they
   * stay citable.
   */
  private final Map<String, String> aliases;

  private Catalogs(
      Catalog catalog, List<String> names, List<String> warnings, Map<String, String> aliases) {
    this.catalog = catalog;
    this.names = List.copyOf(names);
    this.warnings = List.copyOf(warnings);
    this.aliases = Map.copyOf(aliases);
  }

  public static Catalogs of(Catalog catalog, String name) {
    return new Catalogs(catalog, List.of(name), List.of(), Map.of());
  }

  /** Merges the catalogs in order, the bundled one first: see {@link Merge}. */
  public static Catalogs merge(List<Part> parts) {
    Merge merge = new Merge();
    for (int i = 0; i < parts.size(); i++) {
      merge.warnings.addAll(parts.get(i).load().problems());
      merge.add(parts.get(i), i == parts.size() - 1);
    }
    List<String> names = parts.stream().map(Part::name).toList();
    return new Catalogs(
        Catalog.of(merge.entries, String.join(", ", names)), names, merge.warnings, merge.aliases);
  }

  /**
   * One paper as two entries say it, as the merge joins them: {@code earlier} with the ids, titles,
   * sources and conflicts of {@code later} added (the earlier id per scheme stays, the others
   * become other ids) and its empty fields filled.
   */
  public static CatalogEntry join(CatalogEntry earlier, CatalogEntry later) {
    return Merge.joined(earlier, later);
  }

  /** The entries an identifier names across all catalogs, in catalog order. */
  public List<CatalogEntry> lookup(Identifier id) {
    List<CatalogEntry> found = catalog.lookup(id);
    if (found.isEmpty() && id.scheme() == Scheme.KEY && aliases.containsKey(id.value())) {
      return catalog.lookup(new Identifier(Scheme.KEY, aliases.get(id.value())));
    }
    return found;
  }

  /** Every entry, in catalog order: a later catalog's new papers after the earlier ones. */
  public List<CatalogEntry> entries() {
    return catalog.entries();
  }

  /**
   * What loading found that does not stop a build but should be seen, each starting with {@code
   * file:line:}: malformed entries that were skipped, identifiers two catalogs give to different
   * papers, keys renamed because an earlier catalog uses them.
   */
  public List<String> warnings() {
    return warnings;
  }

  /** "the bundled seed catalog" or "the bundled seed catalog, team.json", for messages. */
  public String describe() {
    return String.join(", ", names);
  }

  /**
   * The merge, one catalog after the other. An entry of a later catalog that shares an identifier
   * (or its key) with an earlier catalog's entry of the same title joins it: ids united (the
   * earlier one per scheme stays, the others become otherIds), sources appended, empty fields
   * filled; the earlier key and title stay, and the later key still finds it. Entries of one
   * catalog never merge with each other: each catalog's own duplicates are its business.
   */
  private static final class Merge {
    final List<CatalogEntry> entries = new ArrayList<>();
    final List<String> fileOf = new ArrayList<>();
    final Map<String, Integer> byKey = new HashMap<>();
    final Map<String, List<Integer>> byId = new HashMap<>();
    final Map<String, String> aliases = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();

    /**
     * @param last no catalog follows: its identifiers need not be indexed for later ones (a large
     *     last catalog, the common case, then costs one map entry per paper instead of three)
     */
    void add(Part part, boolean last) {
      int earlier = entries.size();
      for (CatalogEntry entry : part.load().entries()) {
        List<String> allIds = entry.allIds();
        Set<Integer> candidates = Set.of();
        Integer sameKey = index(entry.key());
        if (sameKey != null && sameKey < earlier) {
          candidates = new TreeSet<>(List.of(sameKey));
        }
        for (String id : allIds) {
          for (int i : byId.getOrDefault(id, List.of())) {
            if (i < earlier) {
              if (candidates.isEmpty()) {
                candidates = new TreeSet<>();
              }
              candidates.add(i);
            }
          }
        }
        Integer target = null;
        for (int i : candidates) {
          if (samePaper(entries.get(i), entry)) {
            target = i;
            break;
          }
        }
        int at;
        if (target != null) {
          at = target;
          entries.set(at, joined(entries.get(at), entry));
          keepKey(entry, at, part);
        } else {
          at = entries.size();
          entries.add(renamedIfTaken(entry, part));
          fileOf.add(part.file());
          byKey.put(entries.get(at).key(), at);
        }
        if (!last) {
          for (String id : allIds) {
            List<Integer> holders = byId.computeIfAbsent(id, k -> new ArrayList<>(1));
            if (!holders.contains(at)) {
              holders.add(at);
            }
          }
        }
        if (!candidates.isEmpty()) {
          flagSharedIds(entry, at, candidates, part);
        }
      }
    }

    /** The entry under a key, or under the key a later catalog gave a merged paper. */
    Integer index(String key) {
      Integer at = byKey.get(key);
      return at != null ? at : byKey.get(aliases.get(key));
    }

    static boolean samePaper(CatalogEntry earlier, CatalogEntry later) {
      List<String> titles = new ArrayList<>(List.of(earlier.title()));
      titles.addAll(earlier.otherTitles());
      return titles.stream()
          .anyMatch(
              t ->
                  Titles.same(t, later.title())
                      || Titles.similarity(t, later.title()) >= SAME_PAPER_SIMILARITY);
    }

    /**
     * The later entry's key still finds the paper, unless an earlier entry of another paper has it:
     * that is flagged.
     */
    void keepKey(CatalogEntry later, int at, Part part) {
      Integer holder = index(later.key());
      if (holder == null) {
        aliases.put(later.key(), entries.get(at).key());
      } else if (holder != at) {
        CatalogEntry other = entries.get(holder);
        flag(
            at,
            part.file()
                + " names this paper '"
                + later.key()
                + "', but that is the key of '"
                + other.title()
                + "' ("
                + fileOf.get(holder)
                + "); cite this paper as "
                + entries.get(at).key(),
            where(later, part));
      }
    }

    /**
     * A new entry whose key an earlier catalog uses for another paper gets the key plus its file's
     * name, flagged.
     */
    CatalogEntry renamedIfTaken(CatalogEntry entry, Part part) {
      Integer holder = index(entry.key());
      if (holder == null) {
        return entry;
      }
      String base =
          part.file()
              .replaceFirst("\\.[^.]*$", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]", "");
      String suffix = entry.key() + "-" + (base.isEmpty() ? "catalog" : base);
      String key = suffix;
      for (int n = 2; index(key) != null; n++) {
        key = suffix + n;
      }
      String conflict =
          "the key '"
              + entry.key()
              + "' is already used by '"
              + entries.get(holder).title()
              + "' ("
              + fileOf.get(holder)
              + "), so this entry of "
              + part.file()
              + " is "
              + key;
      warnings.add(where(entry, part) + ": " + conflict);
      return with(entry, key, conflict);
    }

    /**
     * An identifier of the entry that an earlier catalog gives to a different paper: both entries
     * are flagged.
     */
    void flagSharedIds(CatalogEntry entry, int at, Set<Integer> candidates, Part part) {
      for (int other : candidates) {
        if (other == at || samePaper(entries.get(other), entry)) {
          continue;
        }
        List<String> shared =
            entry.allIds().stream().filter(entries.get(other).allIds()::contains).toList();
        if (shared.isEmpty()) {
          continue; // only the key was shared: handled by the rename
        }
        String ids = String.join(", ", shared);
        CatalogEntry mine = entries.get(at);
        CatalogEntry theirs = entries.get(other);
        String tail =
            ", a different paper: at least one of them is wrong, so the id names more than one entry";
        entries.set(
            at,
            with(
                mine,
                mine.key(),
                ids
                    + " is also given for '"
                    + theirs.title()
                    + "' ("
                    + theirs.key()
                    + ", "
                    + fileOf.get(other)
                    + ")"
                    + tail));
        entries.set(
            other,
            with(
                theirs,
                theirs.key(),
                ids
                    + " is also given for '"
                    + mine.title()
                    + "' ("
                    + mine.key()
                    + ", "
                    + part.file()
                    + ")"
                    + tail));
        warnings.add(
            where(entry, part)
                + ": "
                + ids
                + " is given to '"
                + entry.title()
                + "' ("
                + mine.key()
                + ") and, in "
                + fileOf.get(other)
                + ", to '"
                + theirs.title()
                + "' ("
                + theirs.key()
                + "); both entries are kept and flagged");
      }
    }

    void flag(int at, String conflict, String where) {
      CatalogEntry entry = entries.get(at);
      entries.set(at, with(entry, entry.key(), conflict));
      warnings.add(where + ": " + conflict);
    }

    /** "team.bib:12", from the entry's source in that file, else the file's name. */
    static String where(CatalogEntry entry, Part part) {
      return entry.sources().stream()
          .filter(s -> part.file().equals(s.seed()) && s.line() != null)
          .map(s -> s.seed() + ":" + s.line())
          .findFirst()
          .orElse(part.file());
    }

    /**
     * The earlier entry with the later one's ids, titles, sources and conflicts added and its empty
     * fields filled.
     */
    static CatalogEntry joined(CatalogEntry earlier, CatalogEntry later) {
      Map<Scheme, String> primary = byScheme(earlier.ids());
      Set<String> urls = new LinkedHashSet<>(earlier.ids().url());
      Set<String> otherIds = new LinkedHashSet<>(earlier.otherIds());
      Ids theirs = later.ids();
      byScheme(theirs)
          .forEach(
              (scheme, id) -> {
                if (primary.putIfAbsent(scheme, id) != null && !primary.get(scheme).equals(id)) {
                  otherIds.add(id);
                }
              });
      urls.addAll(theirs.url());
      otherIds.addAll(later.otherIds());
      otherIds.removeAll(primary.values());

      Set<String> otherTitles = new LinkedHashSet<>(earlier.otherTitles());
      for (String title : concat(List.of(later.title()), later.otherTitles())) {
        if (!Titles.normalize(title).equals(Titles.normalize(earlier.title()))
            && otherTitles.stream()
                .noneMatch(t -> Titles.normalize(t).equals(Titles.normalize(title)))) {
          otherTitles.add(title);
        }
      }
      Set<Source> sources = new LinkedHashSet<>(earlier.sources());
      for (Source s : later.sources()) {
        // as in the catalog build, a source writes down its title where it is not the entry's
        String written =
            s.title() != null || later.title().equals(earlier.title()) ? s.title() : later.title();
        sources.add(new Source(s.seed(), s.line(), s.idFrom(), written, s.summary()));
      }
      Set<String> tags = new LinkedHashSet<>(earlier.tags());
      tags.addAll(later.tags());
      Set<String> conflicts = new LinkedHashSet<>(earlier.conflicts());
      conflicts.addAll(later.conflicts());
      boolean hasAuthors = !earlier.authors().isEmpty();
      return new CatalogEntry(
          earlier.key(),
          earlier.title(),
          List.copyOf(otherTitles),
          new Ids(
              primary.get(Scheme.ARXIV),
              primary.get(Scheme.DOI),
              primary.get(Scheme.OPENREVIEW),
              primary.get(Scheme.ACL),
              List.copyOf(urls)),
          List.copyOf(otherIds),
          hasAuthors ? earlier.authors() : later.authors(),
          hasAuthors ? earlier.moreAuthors() : later.moreAuthors(),
          or(earlier.authorCount(), later.authorCount()),
          or(earlier.year(), later.year()),
          or(earlier.date(), later.date()),
          or(earlier.venue(), later.venue()),
          or(earlier.organisation(), later.organisation()),
          earlier.kind(),
          List.copyOf(tags),
          or(earlier.abstractText(), later.abstractText()),
          List.copyOf(sources),
          List.copyOf(conflicts));
    }

    /** The entry's ids in {@code ids}, URLs aside, by scheme. */
    static Map<Scheme, String> byScheme(Ids ids) {
      Map<Scheme, String> map = new EnumMap<>(Scheme.class);
      String[] values = {ids.arxiv(), ids.doi(), ids.openreview(), ids.acl()};
      Scheme[] schemes = {Scheme.ARXIV, Scheme.DOI, Scheme.OPENREVIEW, Scheme.ACL};
      for (int i = 0; i < schemes.length; i++) {
        if (values[i] != null) {
          map.put(schemes[i], values[i]);
        }
      }
      return map;
    }

    /** The entry under this key with one more conflict. */
    static CatalogEntry with(CatalogEntry e, String key, String conflict) {
      List<String> all =
          e.conflicts().contains(conflict)
              ? e.conflicts()
              : concat(e.conflicts(), List.of(conflict));
      return new CatalogEntry(
          key,
          e.title(),
          e.otherTitles(),
          e.ids(),
          e.otherIds(),
          e.authors(),
          e.moreAuthors(),
          e.authorCount(),
          e.year(),
          e.date(),
          e.venue(),
          e.organisation(),
          e.kind(),
          e.tags(),
          e.abstractText(),
          e.sources(),
          all);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
      List<T> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }

    static <T> T or(T first, T second) {
      return first != null ? first : second;
    }
  }
}
