package io.github.papertrail.seeds.build;

import com.palantir.javapoet.JavaFile;
import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.codegen.ConstantsGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes {@code io.github.papertrail.seeds.SeedPapers}, the constants of the bundled catalog, at
 * build time, after {@link BuildCatalog}; the build compiles it into the papertrail-core jar.
 *
 * <p>Usage: {@code GenerateSeedPapers <catalog.json> <generated sources dir>}
 */
public final class GenerateSeedPapers {

  /** The class of constants the papertrail-core jar ships. */
  public static final String CLASS_NAME = "io.github.papertrail.seeds.SeedPapers";

  private GenerateSeedPapers() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: GenerateSeedPapers <catalog.json> <generated sources dir>");
    }
    JavaFile source = seedPapers(CatalogFiles.load(Path.of(args[0])));
    try {
      ConstantsGenerator.Written written = ConstantsGenerator.write(source, Path.of(args[1]));
      System.out.println(
          "papertrail: "
              + (written.changed() ? "wrote " : "up to date: ")
              + CLASS_NAME
              + " ("
              + source.typeSpec().fieldSpecs().size()
              + " constants) in "
              + written.file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + CLASS_NAME + " under " + args[1], e);
    }
  }

  /**
   * The SeedPapers source for the bundled catalog (or, in tests, the catalog loaded from the
   * classpath).
   */
  public static JavaFile seedPapers(Catalog bundled) {
    return ConstantsGenerator.generate(
        CLASS_NAME,
        bundled.entries(),
        "the bundled seed catalog (" + Catalog.RESOURCE + " in papertrail-core)",
        Catalogs.of(bundled, "the bundled seed catalog"));
  }
}
