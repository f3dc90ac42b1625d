package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.seeds.CatalogBuilder;
import io.github.papertrail.seeds.SeedFormat;
import io.github.papertrail.seeds.SeedFormatException;
import io.github.papertrail.seeds.SeedRecord;
import java.util.List;

/**
 * Reads a Markdown reading list (an awesome list, a post with paper links, any format the seeds
 * come in) with the seed parsers, and builds its entries as the bundled catalog is built, without
 * the seeds' arXiv table and title corrections.
 */
public final class MarkdownCatalogReader {

  private MarkdownCatalogReader() {}

  /**
   * @param name the file name, for sources and messages
   * @throws CatalogException "name:line: problem" where the list breaks its format, or when it
   *     links no paper
   */
  public static CatalogLoad read(String name, String content) {
    List<SeedRecord> records;
    try {
      records = SeedFormat.parse(name, content);
    } catch (SeedFormatException e) {
      throw new CatalogException(e.getMessage(), e);
    }
    if (records.isEmpty()) {
      throw new CatalogException(
          name
              + ": no papers found; a Markdown catalog lists papers as links, "
              + "e.g. \"- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)\"");
    }
    try {
      return new CatalogLoad(new CatalogBuilder().add(records).build().entries(), List.of());
    } catch (SeedFormatException e) {
      throw new CatalogException(e.getMessage(), e);
    }
  }
}
