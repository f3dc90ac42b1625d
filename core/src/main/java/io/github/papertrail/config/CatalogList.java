package io.github.papertrail.config;

import io.github.papertrail.catalog.format.CatalogFormat;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The one syntax of a list of catalogs in a single option value: entries separated by commas or by
 * the platform's path separator ({@code a.json,b.bib} or {@code a.json:b.bib}; {@code ;} on
 * Windows). A format word before a colon belongs to its entry ({@code bibtex:refs.txt}), although
 * on Unix the path separator is a colon too.
 */
public final class CatalogList {

  private CatalogList() {}

  /** The entries of the list as written, stripped, empty ones left out. */
  public static List<String> split(String list) {
    return split(list, File.pathSeparatorChar);
  }

  static List<String> split(String list, char pathSeparator) {
    List<String> entries = new ArrayList<>();
    if (list == null) {
      return entries;
    }
    for (String item : list.split(",", -1)) {
      String[] parts = item.split(java.util.regex.Pattern.quote(String.valueOf(pathSeparator)), -1);
      for (int i = 0; i < parts.length; i++) {
        String entry = parts[i].strip();
        if (pathSeparator == ':' && CatalogFormat.forWord(entry) != null && i + 1 < parts.length) {
          entry = entry + ":" + parts[++i].strip();
        }
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }
}
