package io.github.papertrail.report;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Titles;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code find} goal's search: an identifier in any form finds its entry; otherwise every word
 * of the query must match a word of the title, an author, a tag or the key, and entries matching
 * more, and more exactly, come first.
 */
public final class CatalogSearch {

  /** A hit and its score. */
  public record Match(CatalogEntry entry, int score) {
    /** Key, title, year, identifiers and the annotation to paste, on three lines. */
    public String format() {
      CatalogEntry e = entry;
      String year = e.year() == null ? "" : " (" + e.year() + ")";
      String ids = String.join(", ", e.allIds());
      return e.key()
          + "  "
          + e.title()
          + year
          + "\n"
          + "    ids: "
          + (ids.isEmpty() ? "none (cite by key)" : ids)
          + "\n"
          + "    @Paper(\""
          + e.citeAs()
          + "\")"
          + (e.hasConflicts() ? "   // flagged: " + e.conflicts().get(0) : "");
    }
  }

  private CatalogSearch() {}

  public static List<Match> search(Catalogs catalogs, String query, int limit) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    ParsedId parsed = Identifier.parse(q);
    if (parsed instanceof ParsedId.Valid valid && valid.id().scheme() != Scheme.KEY) {
      return catalogs.lookup(valid.id()).stream().map(e -> new Match(e, 100)).limit(limit).toList();
    }
    List<String> words =
        Arrays.stream(Titles.normalize(q).split(" ")).filter(w -> !w.isEmpty()).toList();
    Map<String, Match> matches = new LinkedHashMap<>();
    for (CatalogEntry entry : catalogs.entries()) {
      int score = score(entry, words, q.toLowerCase(Locale.ROOT));
      if (score > 0) {
        matches.putIfAbsent(entry.key(), new Match(entry, score));
      }
    }
    List<Match> sorted = new ArrayList<>(matches.values());
    sorted.sort(
        Comparator.comparingInt(Match::score).reversed().thenComparing(m -> m.entry().key()));
    return sorted.stream().limit(limit).toList();
  }

  /** 0 unless every word matches; an exact key is best, a whole word beats a word's start. */
  private static int score(CatalogEntry entry, List<String> words, String query) {
    if (entry.key().equalsIgnoreCase(query)) {
      return 1000;
    }
    Set<String> title = wordsOf(entry.title() + " " + String.join(" ", entry.otherTitles()));
    Set<String> authors = wordsOf(String.join(" ", entry.authors()));
    Set<String> tags = wordsOf(String.join(" ", entry.tags()));
    int total = 0;
    for (String word : words) {
      int best = 0;
      if (title.contains(word) || authors.contains(word) || tags.contains(word)) {
        best = 3;
      } else if (startsAny(title, word) || startsAny(authors, word) || startsAny(tags, word)) {
        best = 2;
      } else if (entry.key().contains(word)) {
        best = 1;
      }
      if (best == 0) {
        return 0;
      }
      total += best;
    }
    return total;
  }

  private static Set<String> wordsOf(String text) {
    return Arrays.stream(Titles.normalize(text).split(" "))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toSet());
  }

  private static boolean startsAny(Set<String> words, String prefix) {
    return prefix.length() >= 3 && words.stream().anyMatch(w -> w.startsWith(prefix));
  }
}
