package io.github.papertrail.seeds;

import java.util.List;

/** Reads one reading-list format into records. Implementations are stateless. */
public interface SeedParser {

  /**
   * @param file the file name, for provenance and error messages
   * @param content the whole document
   * @throws SeedFormatException naming the file and line where the document breaks the format
   */
  List<SeedRecord> parse(String file, String content);
}
