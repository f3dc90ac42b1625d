package io.github.papertrail.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Catalog entries indexed for look-up by key and by every identifier in normal form. Immutable;
 * look-ups are hash-map reads.
 */
public final class Catalog {

  /** Where the bundled catalog lives in the papertrail-seeds jar. */
  public static final String RESOURCE = "META-INF/papertrail/catalog.json";

  private static volatile Catalog bundled;

  private final List<CatalogEntry> entries;
  /** Key to entry. */
  private final StringTable byKey;
  /** Identifier to its entry, or to a {@code List<CatalogEntry>} for the rare id of several: one object per id. */
  private final StringTable byId;

  private Catalog(List<CatalogEntry> entries, String name) {
    this.entries = List.copyOf(entries);
    int n = this.entries.size();
    // One pass over the entries (each is read once: a million of them do not fit in the CPU caches):
    // their keys, and every identifier with its entry, in catalog order.
    String[] keys = new String[n];
    List<String> ids = new ArrayList<>(n + n / 2);
    List<CatalogEntry> owners = new ArrayList<>(n + n / 2);
    int firstBad = n;
    for (int i = 0; i < n; i++) {
      CatalogEntry entry = this.entries.get(i);
      if (blank(entry.key()) || blank(entry.title())) {
        firstBad = i;
        break;
      }
      keys[i] = entry.key();
      Ids entryIds = entry.ids();
      add(ids, owners, entryIds.arxiv(), entry);
      add(ids, owners, entryIds.doi(), entry);
      add(ids, owners, entryIds.openreview(), entry);
      add(ids, owners, entryIds.acl(), entry);
      // Loops by index: a million entries must not make a lambda and an iterator each.
      List<String> urls = entryIds.url();
      for (int u = 0; u < urls.size(); u++) {
        add(ids, owners, urls.get(u), entry);
      }
      List<String> otherIds = entry.otherIds();
      for (int o = 0; o < otherIds.size(); o++) {
        add(ids, owners, otherIds.get(o), entry);
      }
    }
    // Checked in entry order, as a reader would: the first entry without a key or title, or the first
    // whose key an earlier entry has, whichever comes first.
    int[] duplicate = {firstBad};
    byKey = StringTable.of(keys, this.entries.toArray(), firstBad, (kept, index) -> {
      duplicate[0] = Math.min(duplicate[0], index); // a key's entries come in entry order: index is a later one
      return kept;
    });
    if (duplicate[0] < firstBad) {
      throw new CatalogException(name + ": the key '" + keys[duplicate[0]] + "' is used by two entries; keys must be unique");
    }
    if (firstBad < n) {
      CatalogEntry entry = this.entries.get(firstBad);
      throw blank(entry.key())
          ? new CatalogException(name + ": entry " + (firstBad + 1) + " has no \"key\"; every entry needs a unique key such as \"hu2021lora\"")
          : new CatalogException(name + ": entry '" + entry.key() + "' has no \"title\"");
    }
    Object[] holders = owners.toArray();
    byId = StringTable.of(ids.toArray(new String[0]), holders, ids.size(), (kept, index) -> several(kept, (CatalogEntry) holders[index]));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static void add(List<String> ids, List<CatalogEntry> owners, String id, CatalogEntry entry) {
    if (id != null) {
      ids.add(id);
      owners.add(entry);
    }
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
    return new Catalog(entries, name);
  }

  /** The catalog built from the seed documents, bundled in the papertrail-seeds jar. Loaded once. */
  public static Catalog bundled() {
    Catalog catalog = bundled;
    if (catalog == null) {
      synchronized (Catalog.class) {
        catalog = bundled;
        if (catalog == null) {
          java.net.URL url = Catalog.class.getClassLoader().getResource(RESOURCE);
          if (url == null) {
            throw new CatalogException(RESOURCE + " is missing from the classpath: the papertrail-seeds jar is incomplete");
          }
          // Not the JVM's shared cached JarFile: parallel builds (mvn -T) run compilations whose
          // class loaders close that shared file under each other ("Stream closed").
          try (InputStream in = uncached(url)) {
            catalog = new Catalog(CatalogJson.read(in, "bundled " + RESOURCE), "bundled " + RESOURCE);
          } catch (IOException e) {
            throw new CatalogException("cannot read the bundled " + RESOURCE + ": " + e.getMessage(), e);
          }
          bundled = catalog;
        }
      }
    }
    return catalog;
  }

  private static InputStream uncached(java.net.URL url) throws IOException {
    java.net.URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    return connection.getInputStream();
  }

  /**
   * Reads a catalog file in the catalog JSON schema.
   *
   * @throws CatalogException naming the file (and line and column) when it is missing, unreadable or malformed
   */
  public static Catalog load(Path file) {
    if (Files.isDirectory(file)) {
      throw new CatalogException(file + ": is a directory; expected a catalog JSON file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Catalog(CatalogJson.read(in, file.toString()), file.toString());
    } catch (NoSuchFileException e) {
      throw new CatalogException(file + ": no such catalog file");
    } catch (AccessDeniedException e) {
      throw new CatalogException(file + ": cannot read the catalog file: permission denied");
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot read the catalog file: " + e.getMessage(), e);
    }
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
