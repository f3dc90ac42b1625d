package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogException;
import java.util.List;
import java.util.Locale;

/**
 * The formats a user catalog may have: the catalog JSON schema (what a team publishes for itself),
 * BibTeX, and a Markdown reading list (read like the seeds). Chosen by the file's extension, or
 * written before the path as {@code bibtex:refs.txt}.
 */
public enum CatalogFormat {
  JSON(List.of(".json")),
  BIBTEX(List.of(".bib", ".bibtex")),
  MARKDOWN(List.of(".md", ".markdown"));

  private final List<String> extensions;

  CatalogFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /**
   * The word written before a path to choose this format: {@code json}, {@code bibtex}, {@code
   * markdown}.
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public List<String> extensions() {
    return extensions;
  }

  /**
   * The format a file name's extension says, in any case.
   *
   * @throws CatalogException naming the file and the accepted extensions
   */
  public static CatalogFormat of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (CatalogFormat format : values()) {
      if (format.extensions.stream().anyMatch(lower::endsWith)) {
        return format;
      }
    }
    throw new CatalogException(
        fileName
            + ": cannot tell the catalog format from the file name: name it .json "
            + "(papertrail catalog JSON), .bib or .bibtex (BibTeX), .md or .markdown (Markdown reading list), "
            + "or write the format before the path, as in bibtex:"
            + fileName);
  }

  /**
   * The format a prefix word names ({@code BibTeX} as well as {@code bibtex}), or null when it
   * names none.
   */
  public static CatalogFormat forWord(String word) {
    for (CatalogFormat format : values()) {
      if (format.word().equalsIgnoreCase(word)) {
        return format;
      }
    }
    return null;
  }
}
