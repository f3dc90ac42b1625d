package io.github.papertrail.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogs a build uses, in order: the bundled catalog, then the user's. Look-up asks each; an
 * entry found under the same key in two catalogs is the first one's.
 */
public final class Catalogs {

  private final List<Catalog> catalogs;
  private final List<String> names;

  private Catalogs(List<Catalog> catalogs, List<String> names) {
    this.catalogs = List.copyOf(catalogs);
    this.names = List.copyOf(names);
  }

  /** The bundled catalog followed by the catalog files, each loaded once. */
  public static Catalogs bundledPlus(List<Path> files) {
    List<Catalog> catalogs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    catalogs.add(Catalog.bundled());
    names.add("the bundled seed catalog");
    for (Path file : files) {
      catalogs.add(Catalog.load(file));
      names.add(file.toString());
    }
    return new Catalogs(catalogs, names);
  }

  public static Catalogs of(Catalog catalog, String name) {
    return new Catalogs(List.of(catalog), List.of(name));
  }

  /** The entries an identifier names across all catalogs, first catalog first, one per key. */
  public List<CatalogEntry> lookup(Identifier id) {
    if (catalogs.size() == 1) {
      return catalogs.get(0).lookup(id);
    }
    Map<String, CatalogEntry> byKey = new LinkedHashMap<>();
    for (Catalog catalog : catalogs) {
      for (CatalogEntry entry : catalog.lookup(id)) {
        byKey.putIfAbsent(entry.key(), entry);
      }
    }
    return List.copyOf(byKey.values());
  }

  /** Every entry of every catalog, in catalog order. */
  public List<CatalogEntry> entries() {
    List<CatalogEntry> all = new ArrayList<>();
    for (Catalog catalog : catalogs) {
      all.addAll(catalog.entries());
    }
    return all;
  }

  /** "the bundled seed catalog" or "the bundled seed catalog, team.json", for messages. */
  public String describe() {
    return String.join(", ", names);
  }
}
