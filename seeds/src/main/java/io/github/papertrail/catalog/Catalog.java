package io.github.papertrail.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<String, CatalogEntry> byKey;
  /** Identifier to its entry, or to a {@code List<CatalogEntry>} for the rare id of several: one object per id. */
  private final Map<String, Object> byId;

  private Catalog(List<CatalogEntry> entries, String name) {
    this.entries = List.copyOf(entries);
    // Sized once: a million-entry catalog must not rehash its way up.
    byKey = new HashMap<>(capacity(this.entries.size()));
    byId = new HashMap<>(capacity(this.entries.size() * 2));
    for (int i = 0; i < this.entries.size(); i++) {
      CatalogEntry entry = this.entries.get(i);
      if (entry.key() == null || entry.key().isBlank()) {
        throw new CatalogException(name + ": entry " + (i + 1) + " has no \"key\"; every entry needs a unique key such as \"hu2021lora\"");
      }
      if (entry.title() == null || entry.title().isBlank()) {
        throw new CatalogException(name + ": entry '" + entry.key() + "' has no \"title\"");
      }
      if (byKey.putIfAbsent(entry.key(), entry) != null) {
        throw new CatalogException(name + ": the key '" + entry.key() + "' is used by two entries; keys must be unique");
      }
      Ids ids = entry.ids();
      index(ids.arxiv(), entry);
      index(ids.doi(), entry);
      index(ids.openreview(), entry);
      index(ids.acl(), entry);
      // Loops by index: a million entries must not make a lambda and an iterator each.
      List<String> urls = ids.url();
      for (int u = 0; u < urls.size(); u++) {
        index(urls.get(u), entry);
      }
      List<String> otherIds = entry.otherIds();
      for (int o = 0; o < otherIds.size(); o++) {
        index(otherIds.get(o), entry);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void index(String id, CatalogEntry entry) {
    if (id == null) {
      return;
    }
    Object found = byId.putIfAbsent(id, entry);
    if (found == null || found == entry) {
      return;
    }
    if (found instanceof CatalogEntry single) {
      List<CatalogEntry> several = new ArrayList<>(2);
      several.add(single);
      several.add(entry);
      byId.put(id, several);
    } else if (!((List<CatalogEntry>) found).contains(entry)) {
      ((List<CatalogEntry>) found).add(entry);
    }
  }

  private static int capacity(int expected) {
    return (int) Math.min(Integer.MAX_VALUE, expected / 0.75 + 1);
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
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The entries an identifier names: none when it is unknown, one normally, more than one where the
   * sources give one identifier to different papers (each such entry carries a conflict).
   */
  public List<CatalogEntry> lookup(Identifier id) {
    if (id.scheme() == Scheme.KEY) {
      CatalogEntry entry = byKey.get(id.value());
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
