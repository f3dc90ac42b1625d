package io.github.papertrail.javadoc;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.format.CatalogSource;
import io.github.papertrail.config.CatalogList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogs the taglets look identifiers up in: the bundled catalog, then every catalog jar on
 * the taglet path ({@code <tagletArtifacts>}), then the catalogs named by the system property
 * {@value #PROPERTY}.
 *
 * <p>The standard doclet hands taglets no options of their own, so the list comes through a system
 * property of javadoc's JVM ({@code -J-Dpapertrail.catalogs=…}), in the one list syntax of the
 * processor's {@code -Apapertrail.catalogs} ({@link CatalogList}). Relative paths are resolved
 * against javadoc's working directory, which under maven-javadoc-plugin is the output folder (such
 * as {@code target/reports/apidocs}), not the project: write {@code ${project.basedir}/…}.
 */
final class TagletCatalogs {

  /** The system property listing the user's catalogs. */
  static final String PROPERTY = "papertrail.catalogs";

  /** The loaded catalogs, or why they could not be loaded. */
  record Loaded(Catalogs catalogs, String error) {}

  private static Loaded cached;
  private static String cachedFor;
  private static Loaded reported;

  private TagletCatalogs() {}

  /**
   * The catalogs for the property's current value, loaded once per value: both taglets, and every
   * tag on every page, share them.
   */
  static synchronized Loaded load() {
    String list = System.getProperty(PROPERTY, "");
    if (cached == null || !list.equals(cachedFor)) {
      cached = read(list, TagletCatalogs.class.getClassLoader());
      cachedFor = list;
    }
    return cached;
  }

  /**
   * Whether the catalogs' error is yet to be reported: once per javadoc run, although both taglets
   * (each with its own reporter) meet it.
   */
  static synchronized boolean reportOnce(Loaded loaded) {
    if (loaded.error() == null || reported == loaded) {
      return false;
    }
    reported = loaded;
    return true;
  }

  static Loaded read(String list, ClassLoader loader) {
    try {
      List<CatalogSource> sources = new ArrayList<>();
      for (String written : CatalogList.split(list)) {
        sources.add(CatalogSource.parse(written, Path.of("").toAbsolutePath()));
      }
      return new Loaded(CatalogFiles.inUse(CatalogFiles.onClassPath(loader), sources), null);
    } catch (CatalogException | IllegalArgumentException e) {
      // Still renders the papers of the bundled catalog; the error is reported once.
      return new Loaded(
          Catalogs.of(CatalogFiles.bundled(), Catalogs.BUNDLED),
          "papertrail: cannot read the catalogs of -J-D"
              + PROPERTY
              + "="
              + list
              + ": "
              + e.getMessage()
              + "; fix or remove that catalog (only the bundled catalog is used now)");
    }
  }
}
