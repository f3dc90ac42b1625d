package io.github.papertrail.scan;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import io.github.papertrail.report.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Citations that dependencies carry: a jar built with papertrail's processor holds {@code
 * META-INF/papertrail/citations.json}. Each citation's module is the artifact's coordinates.
 */
public final class DependencyCitations {

  private DependencyCitations() {}

  /**
   * @param artifact {@code groupId:artifactId:version}, recorded as the citations' module
   * @param file the dependency's jar, or its class folder inside a reactor
   * @return the citations, or none when the dependency has no index
   */
  public static List<Citation> read(String artifact, Path file) {
    if (Files.isDirectory(file)) {
      Path index = file.resolve(CitationIndex.RESOURCE);
      if (!Files.isRegularFile(index)) {
        return List.of();
      }
      try (InputStream in = Files.newInputStream(index)) {
        return toCitations(artifact, CitationIndex.read(in, index.toString()));
      } catch (IOException e) {
        throw new CatalogException(index + ": cannot read: " + e.getMessage(), e);
      }
    }
    if (!Files.isRegularFile(file) || !file.toString().endsWith(".jar")) {
      return List.of();
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(CitationIndex.RESOURCE);
      if (entry == null) {
        return List.of();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return toCitations(artifact, CitationIndex.read(in, file + "!/" + CitationIndex.RESOURCE));
      }
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot read the jar: " + e.getMessage(), e);
    }
  }

  private static List<Citation> toCitations(String artifact, List<IndexedCitation> index) {
    List<Citation> citations = new ArrayList<>();
    for (IndexedCitation c : index) {
      citations.add(
          new Citation(
              artifact,
              c.element(),
              c.kind(),
              c.source(),
              c.line(),
              c.id(),
              c.role(),
              c.section(),
              c.note(),
              c.title()));
    }
    return citations;
  }
}
