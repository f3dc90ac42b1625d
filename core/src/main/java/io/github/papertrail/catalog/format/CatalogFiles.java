package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Source;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where catalogs come from: the bundled catalog, catalog JSON files, and the catalogs a build uses
 * (the bundled one followed by the user's, in any format), loaded and merged.
 */
public final class CatalogFiles {

  private static volatile Catalog bundled;

  private CatalogFiles() {}

  /** The catalog built from the seed documents, bundled in the papertrail-core jar. Loaded once. */
  public static Catalog bundled() {
    Catalog catalog = bundled;
    if (catalog == null) {
      synchronized (CatalogFiles.class) {
        catalog = bundled;
        if (catalog == null) {
          URL url = bundledResource(CatalogFiles.class.getClassLoader(), ownLocation());
          if (url == null) {
            throw new CatalogException(
                Catalog.RESOURCE
                    + " is missing from the classpath: the papertrail-core jar is incomplete");
          }
          // Not the JVM's shared cached JarFile: parallel builds (mvn -T) run compilations whose
          // class loaders close that shared file under each other ("Stream closed").
          try (InputStream in = uncached(url)) {
            catalog =
                Catalog.of(
                    CatalogJson.read(in, "bundled " + Catalog.RESOURCE),
                    "bundled " + Catalog.RESOURCE);
          } catch (IOException e) {
            throw new CatalogException(
                "cannot read the bundled " + Catalog.RESOURCE + ": " + e.getMessage(), e);
          }
          bundled = catalog;
        }
      }
    }
    return catalog;
  }

  /**
   * The bundled catalog's resource: the one in papertrail-core's own jar or folder ({@code own}),
   * not a team's catalog jar that comes before it on the class path; the first one when papertrail
   * cannot tell where it was loaded from.
   */
  static URL bundledResource(ClassLoader loader, URL own) {
    List<URL> found = resources(loader);
    for (URL url : found) {
      if (own != null && isIn(url, own)) {
        return url;
      }
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * The catalogs of the catalog jars (or folders) on a class path, in its order: every {@value
   * Catalog#RESOURCE} the loader finds, except the bundled one. Through the loader that loaded
   * papertrail (the processor path, or the class path when javac found the processor there), a
   * team's catalog jar is seen by javac, IDEs, Gradle and Bazel alike, and every build tool already
   * tracks it as an input.
   */
  public static List<ClassPathCatalog> onClassPath(ClassLoader loader) {
    List<ClassPathCatalog> catalogs = new ArrayList<>();
    for (URL url : resources(loader)) {
      // the bundled catalog lies beside papertrail's classes, in core's jar or in a shading one
      if (!besidePapertrailsClasses(url)) {
        catalogs.add(new ClassPathCatalog(url));
      }
    }
    return catalogs;
  }

  /**
   * Whether the catalog lies in a copy of papertrail itself: papertrail-core, or the processor jar
   * that shades it. That is the bundled catalog again (perhaps of another version), never a team's.
   */
  private static boolean besidePapertrailsClasses(URL catalog) {
    String url = catalog.toExternalForm();
    if (!url.endsWith(Catalog.RESOURCE)) {
      return false;
    }
    String own = Catalog.class.getName().replace('.', '/') + ".class";
    try (InputStream in =
        uncached(
            URI.create(url.substring(0, url.length() - Catalog.RESOURCE.length()) + own).toURL())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Every copy of the catalog resource the loader sees, without repeats. */
  private static List<URL> resources(ClassLoader loader) {
    Map<String, URL> found = new LinkedHashMap<>();
    try {
      Enumeration<URL> urls =
          loader == null
              ? ClassLoader.getSystemResources(Catalog.RESOURCE)
              : loader.getResources(Catalog.RESOURCE);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        found.putIfAbsent(url.toExternalForm(), url);
      }
    } catch (IOException e) {
      // a class path entry that cannot be read: the catalogs that can be read still count
    }
    return List.copyOf(found.values());
  }

  /** Whether the resource lies in the jar or folder at {@code location}. */
  private static boolean isIn(URL resource, URL location) {
    String where = location.toExternalForm();
    String url = resource.toExternalForm();
    return url.equals("jar:" + where + "!/" + Catalog.RESOURCE)
        || url.equals((where.endsWith("/") ? where : where + "/") + Catalog.RESOURCE);
  }

  /** Where papertrail-core was loaded from, or null when the JVM does not say. */
  private static URL ownLocation() {
    try {
      CodeSource source = CatalogFiles.class.getProtectionDomain().getCodeSource();
      return source == null ? null : source.getLocation();
    } catch (SecurityException e) {
      return null;
    }
  }

  /** Reads a catalog found on a class path; entries without a source get the jar's name. */
  static CatalogLoad read(ClassPathCatalog catalog) {
    try (InputStream in = uncached(catalog.url())) {
      List<Source> thisJar = List.of(new Source(catalog.name(), null, null, null, null));
      List<CatalogEntry> entries = new ArrayList<>();
      CatalogJson.read(
          in, catalog.toString(), entry -> entries.add(CatalogSource.withSource(entry, thisJar)));
      return new CatalogLoad(entries, List.of());
    } catch (IOException e) {
      throw new CatalogException(catalog + ": cannot read the catalog: " + e.getMessage(), e);
    }
  }

  private static InputStream uncached(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    return connection.getInputStream();
  }

  /**
   * Reads a catalog file in the catalog JSON schema.
   *
   * @throws CatalogException naming the file (and line and column) when it is missing, unreadable
   *     or malformed
   */
  public static Catalog load(Path file) {
    return read(file, new Catalog.Indexer(file.toString(), expectedEntries(file))).catalog();
  }

  /**
   * A catalog file's entries, each passed through {@code each} as it is read, and checked as {@link
   * #load} checks them (keys, titles, unique keys) but not indexed by identifier: for a caller that
   * merges them into a larger catalog, which indexes them once.
   *
   * @throws CatalogException as {@link #load} does
   */
  public static List<CatalogEntry> loadEntries(Path file, UnaryOperator<CatalogEntry> each) {
    return read(file, new Catalog.Indexer(file.toString(), expectedEntries(file), true, each))
        .checkedEntries();
  }

  /** The bundled catalog followed by the catalog files, each in the format its extension says. */
  public static Catalogs bundledPlus(List<Path> files) {
    return inUse(files.stream().map(CatalogSource::of).toList());
  }

  /**
   * The bundled catalog followed by the catalogs as users write them ({@code team.json}, {@code
   * refs.bib}, {@code bibtex:refs.txt}), relative paths resolved against {@code baseDir}.
   */
  public static Catalogs inUse(List<?> written, Path baseDir) {
    List<CatalogSource> sources = new ArrayList<>();
    // Object, not String: Maven test harnesses inject Files into a mojo's List<String>; a File's
    // toString() is its path.
    for (Object path : written) {
      sources.add(CatalogSource.parse(String.valueOf(path), baseDir));
    }
    return inUse(sources);
  }

  /** The bundled catalog followed by these catalogs, merged in this order. */
  public static Catalogs inUse(List<CatalogSource> sources) {
    return inUse(List.of(), sources);
  }

  /**
   * The bundled catalog, then the catalogs found on a class path, then these catalogs, merged in
   * this order.
   */
  public static Catalogs inUse(List<ClassPathCatalog> onClassPath, List<CatalogSource> sources) {
    if (sources.isEmpty() && onClassPath.isEmpty()) {
      return Catalogs.of(bundled(), Catalogs.BUNDLED);
    }
    List<Catalogs.Part> parts = new ArrayList<>();
    parts.add(
        new Catalogs.Part(
            Catalogs.BUNDLED, Catalogs.BUNDLED, new CatalogLoad(bundled().entries(), List.of())));
    for (ClassPathCatalog catalog : onClassPath) {
      parts.add(new Catalogs.Part(catalog.toString(), catalog.name(), read(catalog)));
    }
    for (CatalogSource source : sources) {
      parts.add(new Catalogs.Part(source.toString(), source.name(), source.read()));
    }
    return Catalogs.merge(parts);
  }

  /** An entry takes some 250 bytes or more of a file: arrays sized for that rarely grow. */
  private static int expectedEntries(Path file) {
    try {
      return (int) Math.min(Files.size(file) / 256, 1 << 24);
    } catch (IOException e) {
      return 16; // reading it says what is wrong
    }
  }

  private static Catalog.Indexer read(Path file, Catalog.Indexer indexer) {
    if (Files.isDirectory(file)) {
      throw new CatalogException(file + ": is a directory; expected a catalog JSON file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      CatalogJson.read(in, file.toString(), indexer);
      return indexer;
    } catch (NoSuchFileException e) {
      throw new CatalogException(file + ": no such catalog file");
    } catch (AccessDeniedException e) {
      throw new CatalogException(file + ": cannot read the catalog file: permission denied");
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot read the catalog file: " + e.getMessage(), e);
    }
  }
}
