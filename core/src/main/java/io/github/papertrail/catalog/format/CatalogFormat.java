package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogException;
import java.util.List;
import java.util.Locale;

/**
 * The formats a user catalog may have: the catalog JSON schema (what a team publishes for itself),
 * BibTeX, a Markdown reading list (read like the seeds), CSL-JSON (what reference managers and
 * pandoc write) and the references of a CITATION.cff. Chosen by the file's extension (the longest
 * that matches: {@code refs.csl.json} is CSL-JSON), or written before the path as {@code
 * bibtex:refs.txt}. A {@code .json} file is read as CSL-JSON when it is an array ({@link
 * CatalogSource#read}): Zotero and pandoc name theirs {@code .json} too.
 */
public enum CatalogFormat {
  JSON(List.of(".json")),
  BIBTEX(List.of(".bib", ".bibtex")),
  MARKDOWN(List.of(".md", ".markdown")),
  /** Also chosen by the words {@code csljson} and {@code csl}. */
  CSL_JSON(List.of(".csl.json"), "csl-json", "csljson", "csl"),
  /** {@code CITATION.cff}, and {@code papers.cff.yaml} as papertrail's export names it. */
  CFF(List.of(".cff", ".cff.yaml", ".cff.yml"), "cff");

  private final List<String> extensions;
  private final List<String> words;

  CatalogFormat(List<String> extensions, String... words) {
    this.extensions = extensions;
    this.words = words.length == 0 ? List.of(name().toLowerCase(Locale.ROOT)) : List.of(words);
  }

  /**
   * The word written before a path to choose this format: {@code json}, {@code bibtex}, {@code
   * markdown}, {@code csl-json}, {@code cff}.
   */
  public String word() {
    return words.get(0);
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
    CatalogFormat found = null;
    int longest = 0;
    for (CatalogFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith(extension) && extension.length() > longest) {
          found = format;
          longest = extension.length();
        }
      }
    }
    if (found != null) {
      return found;
    }
    throw new CatalogException(
        fileName
            + ": cannot tell the catalog format from the file name: name it .json "
            + "(papertrail catalog JSON, or CSL-JSON when the file is an array), .csl.json (CSL-JSON), "
            + ".bib or .bibtex (BibTeX), .md or .markdown (Markdown reading list), "
            + ".cff (the references of a CITATION.cff), "
            + "or write the format before the path, as in bibtex:"
            + fileName
            + " (words: json, csl-json, bibtex, markdown, cff)");
  }

  /**
   * The format a prefix word names ({@code BibTeX} as well as {@code bibtex}, {@code csljson} as
   * well as {@code csl-json}), or null when it names none.
   */
  public static CatalogFormat forWord(String word) {
    for (CatalogFormat format : values()) {
      if (format.words.stream().anyMatch(w -> w.equalsIgnoreCase(word))) {
        return format;
      }
    }
    return null;
  }
}
