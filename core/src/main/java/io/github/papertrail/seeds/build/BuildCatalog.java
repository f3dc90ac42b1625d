package io.github.papertrail.seeds.build;

import io.github.papertrail.catalog.format.CatalogJson;
import io.github.papertrail.io.AtomicFiles;
import io.github.papertrail.seeds.ArxivTable;
import io.github.papertrail.seeds.CatalogBuilder;
import io.github.papertrail.seeds.SeedFormat;
import io.github.papertrail.seeds.SeedFormatException;
import io.github.papertrail.seeds.SeedRecord;
import io.github.papertrail.seeds.TitleCorrections;
import io.github.papertrail.seeds.Tsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the bundled catalog at build time: parses every seed document of a folder (in file-name
 * order), attaches the arXiv table and the title corrections, merges, and writes the catalog file.
 *
 * <p>Usage: {@code BuildCatalog <seeds dir> <arxiv-ids-by-title.tsv> <title-corrections.tsv>
 * <catalog.json>}
 */
public final class BuildCatalog {

  private BuildCatalog() {}

  public static void main(String[] args) {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: BuildCatalog <seeds dir> <arxiv-ids-by-title.tsv> <title-corrections.tsv> <catalog.json>");
    }
    try {
      CatalogBuilder.Result result = build(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
      writeAtomically(Path.of(args[3]), CatalogJson.write(result.entries()));
      result.summary().lines().forEach(System.out::println);
      System.out.println("  wrote " + args[3]);
    } catch (SeedFormatException e) {
      // Bad input is the user's to fix: the message names file, line and problem; no stack trace
      // helps.
      throw new CatalogBuildFailure("papertrail: cannot build the catalog: " + e.getMessage());
    }
  }

  /** Parses and merges; throws {@link SeedFormatException} for bad input. */
  public static CatalogBuilder.Result build(Path seedsDir, Path arxivTable, Path titleCorrections) {
    CatalogBuilder builder =
        new CatalogBuilder()
            .arxivTable(ArxivTable.read(arxivTable))
            .titleCorrections(TitleCorrections.read(titleCorrections));
    List<Path> seeds = seedFiles(seedsDir);
    for (Path seed : seeds) {
      String name = seed.getFileName().toString();
      String content = Tsv.readUtf8(seed, name);
      if (content.isBlank()) {
        throw new SeedFormatException(name, 0, "empty seed document");
      }
      List<SeedRecord> records = SeedFormat.parse(name, content);
      if (records.isEmpty()) {
        throw new SeedFormatException(
            name,
            0,
            "no paper found; read as " + SeedFormat.detect(content) + " but no item names a paper");
      }
      builder.add(records);
    }
    return builder.build();
  }

  private static List<Path> seedFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new SeedFormatException(dir.toString(), 0, "no such seeds folder");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> seeds = files.filter(Files::isRegularFile).sorted().toList();
      if (seeds.isEmpty()) {
        throw new SeedFormatException(dir.toString(), 0, "the seeds folder holds no seed document");
      }
      return seeds;
    } catch (IOException e) {
      throw new SeedFormatException(dir.toString(), 0, "cannot list the seeds folder: " + e);
    }
  }

  /** Through a temporary file and a rename, so a reader never sees half a catalog. */
  static void writeAtomically(Path target, byte[] bytes) {
    try {
      AtomicFiles.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** A build stopped by bad input; its message is all the user needs. */
  static final class CatalogBuildFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CatalogBuildFailure(String message) {
      super(message, null, false, false);
    }
  }
}
