package io.github.papertrail.catalog;

import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Catalog entries indexed for look-up by key and by every identifier in normal form. Immutable;
 * look-ups are hash-table reads ({@link StringTable}). A catalog file is indexed as it is parsed.
 */
public final class Catalog {

  /** Where the bundled catalog lives in the papertrail-core jar. */
  public static final String RESOURCE = "META-INF/papertrail/catalog.json";

  private final List<CatalogEntry> entries;

  /** Key to entry. */
  private final StringTable byKey;

  /**
   * Identifier to its entry, or to a {@code List<CatalogEntry>} for the rare id of several: one
   * object per id.
   */
  private final StringTable byId;

  private Catalog(Indexer indexer) {
    byKey = indexer.keyTable();
    entries = Collections.unmodifiableList(indexer.entries);
    Object[] owners = indexer.owners;
    byId =
        StringTable.of(
            indexer.ids,
            owners,
            indexer.idSort,
            indexer.idCount,
            (kept, index) -> several(kept, (CatalogEntry) owners[index]));
  }

  /**
   * Takes the entries one at a time, in catalog order, while each is fresh in the CPU cache (the
   * parser hands them over as it makes them): its key, and every identifier with its entry. Checks
   * wait for {@link #keyTable}, once all are in, so that a file's syntax errors come first.
   */
  public static final class Indexer implements java.util.function.Consumer<CatalogEntry> {
    private final String name;
    private final ArrayList<CatalogEntry> entries;

    /** The keys, with their {@link StringTable#sortKey}s made while each string is in the cache. */
    private String[] keys;

    private long[] keySort;
    private int keyCount;

    /** Every identifier, its entry and its sort key. */
    private String[] ids;

    private Object[] owners;
    private long[] idSort;
    private int idCount;

    /** The first entry without a key or title; from there on entries are kept but not indexed. */
    private int firstBad = Integer.MAX_VALUE;

    /** Only the keys: for entries that a merge indexes again. */
    private final boolean keysOnly;

    /** What each entry becomes as it is taken. */
    private final java.util.function.UnaryOperator<CatalogEntry> each;

    /**
     * An indexer for a catalog of about {@code expected} entries; {@code name} appears in error
     * messages.
     */
    public Indexer(String name, int expected) {
      this(name, expected, false, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param keysOnly index only the keys: for entries that a merge indexes again
     * @param each what each entry becomes as it is taken
     */
    public Indexer(
        String name,
        int expected,
        boolean keysOnly,
        java.util.function.UnaryOperator<CatalogEntry> each) {
      this.name = name;
      this.keysOnly = keysOnly;
      this.each = each;
      entries = new ArrayList<>(expected);
      keys = new String[Math.max(16, expected)];
      keySort = new long[keys.length];
      ids = new String[keys.length];
      owners = new Object[ids.length];
      idSort = new long[ids.length];
    }

    @Override
    public void accept(CatalogEntry read) {
      CatalogEntry entry = each.apply(Objects.requireNonNull(read, "a catalog entry"));
      entries.add(entry);
      if (firstBad < Integer.MAX_VALUE) {
        return;
      }
      if (blank(entry.key()) || blank(entry.title())) {
        firstBad = entries.size() - 1;
        return;
      }
      if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
        keySort = Arrays.copyOf(keySort, keyCount * 2);
      }
      keySort[keyCount] = StringTable.sortKey(entry.key(), keyCount);
      keys[keyCount++] = entry.key();
      if (keysOnly) {
        return;
      }
      Ids entryIds = entry.ids();
      add(entryIds.arxiv(), entry);
      add(entryIds.doi(), entry);
      add(entryIds.openreview(), entry);
      add(entryIds.acl(), entry);
      // Loops by index: a million entries must not make a lambda and an iterator each.
      List<String> urls = entryIds.url();
      for (int u = 0; u < urls.size(); u++) {
        add(urls.get(u), entry);
      }
      List<String> otherIds = entry.otherIds();
      for (int o = 0; o < otherIds.size(); o++) {
        add(otherIds.get(o), entry);
      }
    }

    private void add(String id, CatalogEntry entry) {
      if (id == null) {
        return;
      }
      if (idCount == ids.length) {
        ids = Arrays.copyOf(ids, idCount * 2);
        owners = Arrays.copyOf(owners, idCount * 2);
        idSort = Arrays.copyOf(idSort, idCount * 2);
      }
      idSort[idCount] = StringTable.sortKey(id, idCount);
      owners[idCount] = entry;
      ids[idCount++] = id;
    }

    /** The catalog of the entries taken. @throws CatalogException as {@link #keyTable()} */
    public Catalog catalog() {
      return new Catalog(this);
    }

    /**
     * The entries taken, checked as {@link #catalog()} checks them, without building the catalog.
     */
    public List<CatalogEntry> checkedEntries() {
      keyTable();
      return Collections.unmodifiableList(entries);
    }

    /**
     * The key table, once every entry is in; throws the first problem in entry order: an entry
     * without a key or title, or a key an earlier entry has.
     */
    StringTable keyTable() {
      int n = entries.size();
      firstBad = Math.min(firstBad, n);
      entries.trimToSize();
      // the arrays were sized from the file's length: the tables keep them, so only what is used
      keys = Arrays.copyOf(keys, keyCount);
      ids = Arrays.copyOf(ids, idCount);
      owners = Arrays.copyOf(owners, idCount);
      int[] duplicate = {firstBad};
      StringTable table =
          StringTable.of(
              keys,
              entries.toArray(),
              keySort,
              keyCount,
              (kept, index) -> {
                duplicate[0] =
                    Math.min(
                        duplicate[0],
                        index); // a key's entries come in entry order: index is a later one
                return kept;
              });
      if (duplicate[0] < firstBad) {
        throw new CatalogException(
            name
                + ": the key '"
                + keys[duplicate[0]]
                + "' is used by two entries; keys must be unique");
      }
      if (firstBad < n) {
        CatalogEntry entry = entries.get(firstBad);
        throw blank(entry.key())
            ? new CatalogException(
                name
                    + ": entry "
                    + (firstBad + 1)
                    + " has no \"key\"; every entry needs a unique key such as \"hu2021lora\"")
            : new CatalogException(name + ": entry '" + entry.key() + "' has no \"title\"");
      }
      return table;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** What an id names once {@code entry} has it too: the entry, or the entries in catalog order. */
  @SuppressWarnings("unchecked")
  private static Object several(Object kept, CatalogEntry entry) {
    if (kept == entry) {
      return kept;
    }
    if (kept instanceof CatalogEntry single) {
      List<CatalogEntry> several = new ArrayList<>(2);
      several.add(single);
      several.add(entry);
      return several;
    }
    List<CatalogEntry> several = (List<CatalogEntry>) kept;
    if (!several.contains(entry)) {
      several.add(entry);
    }
    return several;
  }

  /** A catalog of these entries; {@code name} appears in error messages. */
  public static Catalog of(List<CatalogEntry> entries, String name) {
    Indexer indexer = new Indexer(name, entries.size());
    entries.forEach(indexer);
    return indexer.catalog();
  }

  public List<CatalogEntry> entries() {
    return entries;
  }

  public Optional<CatalogEntry> byKey(String key) {
    return Optional.ofNullable((CatalogEntry) byKey.get(key));
  }

  /**
   * The entries an identifier names: none when it is unknown, one normally, more than one where the
   * sources give one identifier to different papers (each such entry carries a conflict).
   */
  public List<CatalogEntry> lookup(Identifier id) {
    if (id.scheme() == Scheme.KEY) {
      CatalogEntry entry = (CatalogEntry) byKey.get(id.value());
      return entry == null ? List.of() : List.of(entry);
    }
    Object found = byId.get(id.normalForm());
    if (found == null) {
      return List.of();
    }
    if (found instanceof CatalogEntry entry) {
      return List.of(entry);
    }
    @SuppressWarnings("unchecked")
    List<CatalogEntry> several = (List<CatalogEntry>) found;
    return List.copyOf(several);
  }

  public int size() {
    return entries.size();
  }
}
