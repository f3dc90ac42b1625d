package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.seeds.CatalogBuilder;
import io.github.papertrail.seeds.SeedFormat;
import io.github.papertrail.seeds.SeedFormatException;
import io.github.papertrail.seeds.SeedRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * Reads a user's Markdown reading list. A list in one of the seeds' formats is read by its strict
 * parser, which also reads dates, venues and tags; any other list, or one the strict parser cannot
 * read or reads other papers from than it links, is read by {@link LenientMarkdownReader}, which
 * takes every paper link in lists, tables and prose. So nothing in a user's prose fails the build.
 */
public final class MarkdownCatalogReader {

  private MarkdownCatalogReader() {}

  /**
   * @param name the file name, for sources and messages
   * @throws CatalogException when the document links no paper at all
   */
  public static CatalogLoad read(String name, String content) {
    List<String> warnings = new ArrayList<>();
    Node document = SeedFormat.markdown(content); // parsed once, read both ways
    List<SeedRecord> lenient = LenientMarkdownReader.read(name, content, document, warnings);
    List<SeedRecord> records = lenient;
    try {
      List<SeedRecord> strict = SeedFormat.parse(name, content, document);
      if (!strict.isEmpty() && ids(strict).equals(ids(lenient))) {
        records = strict;
        warnings.clear();
      }
    } catch (SeedFormatException notInASeedFormat) {
      // the lenient reading stands
    }
    if (records.isEmpty()) {
      throw new CatalogException(
          name
              + ": no papers found; a Markdown catalog lists papers as links, "
              + "e.g. \"- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)\"");
    }
    try {
      return new CatalogLoad(new CatalogBuilder().add(records).build().entries(), warnings);
    } catch (SeedFormatException e) {
      throw new CatalogException(e.getMessage(), e);
    }
  }

  private static Set<String> ids(List<SeedRecord> records) {
    Set<String> ids = new HashSet<>();
    for (SeedRecord record : records) {
      for (Identifier id : record.ids()) {
        ids.add(id.normalForm());
      }
    }
    return ids;
  }
}
