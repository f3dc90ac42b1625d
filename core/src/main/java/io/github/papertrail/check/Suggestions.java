package io.github.papertrail.check;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Titles;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "Did you mean": catalog entries near a mistyped identifier or a title. */
public final class Suggestions {

  /** A suggested entry and how far it is (edit distance, or 1 − title similarity). */
  private record Scored(CatalogEntry entry, double score) {}

  private Suggestions() {}

  /**
   * Entries with an identifier of the same scheme within a few edits of {@code id} (a swapped pair
   * of digits is one edit: 2106.09658 finds 2106.09685), nearest first.
   */
  static List<CatalogEntry> nearestIds(Identifier id, Catalogs catalogs, int limit) {
    int max = radius(id);
    List<Scored> scored = new ArrayList<>();
    for (CatalogEntry entry : catalogs.entries()) {
      int best = score(id, entry, max);
      if (best <= max) {
        scored.add(new Scored(entry, best));
      }
    }
    return best(scored, limit);
  }

  /**
   * The entry a mistyped {@code id} surely means, or null: one edit away (one character wrong,
   * missing or extra, or two neighbours swapped), and the only entry {@link #nearestIds} would
   * suggest at any distance, so that no second paper is a likely reading of the typo.
   */
  static CatalogEntry onlyOneEditAway(Identifier id, Catalogs catalogs) {
    int max = radius(id);
    CatalogEntry found = null;
    for (CatalogEntry entry : catalogs.entries()) {
      int score = score(id, entry, max);
      if (score <= max) {
        if (found != null && !found.key().equals(entry.key())) {
          return null;
        }
        found = entry;
      }
    }
    return found != null && edits(id, found, max) == 1 ? found : null;
  }

  /** How many edits an identifier may be from an entry's to be suggested: a few for a long one. */
  private static int radius(Identifier id) {
    // a few edits for a long identifier, one for a short one; the scheme prefix does not count
    return Math.max(1, Math.min(3, id.value().length() / 4));
  }

  /**
   * How near an entry is to {@code id}: its {@link #edits}, or {@code max} for an entry whose key
   * holds a written key of three or more characters; {@code max + 1} when neither.
   */
  private static int score(Identifier id, CatalogEntry entry, int max) {
    int edits = edits(id, entry, max);
    if (edits > max && id.scheme() == Scheme.KEY && id.value().length() >= 3) {
      if (entry.key().contains(id.value().toLowerCase(Locale.ROOT))) {
        return max; // "lora" finds "hu2021lora"
      }
    }
    return edits;
  }

  /**
   * The edits from {@code id} to the nearest identifier of the entry in its scheme (a key to the
   * entry's key, case aside), or {@code max + 1} when more.
   */
  private static int edits(Identifier id, CatalogEntry entry, int max) {
    if (id.scheme() == Scheme.KEY) {
      return distance(
          id.value().toLowerCase(Locale.ROOT), entry.key().toLowerCase(Locale.ROOT), max);
    }
    String written = id.normalForm();
    String prefix = id.scheme().prefix() + ":";
    int best = max + 1;
    for (String other : entry.allIds()) {
      if (other.startsWith(prefix) || id.scheme() == Scheme.URL) {
        best = Math.min(best, distance(written, other, max));
      }
    }
    return best;
  }

  /** Entries whose title is like {@code title} (word overlap at least 0.6), most alike first. */
  public static List<CatalogEntry> similarTitles(String title, Catalogs catalogs, int limit) {
    List<Scored> scored = new ArrayList<>();
    for (CatalogEntry entry : catalogs.entries()) {
      double similarity = Titles.similarity(title, entry.title());
      for (String other : entry.otherTitles()) {
        similarity = Math.max(similarity, Titles.similarity(title, other));
      }
      if (similarity >= 0.6) {
        scored.add(new Scored(entry, 1 - similarity));
      }
    }
    return best(scored, limit);
  }

  /** The nearest entries: those as near as the nearest one (ties), at most {@code limit}. */
  private static List<CatalogEntry> best(List<Scored> scored, int limit) {
    scored.sort(Comparator.comparingDouble(Scored::score).thenComparing(s -> s.entry().key()));
    Map<String, CatalogEntry> unique = new LinkedHashMap<>();
    for (Scored s : scored) {
      if (unique.size() == limit || s.score() > scored.get(0).score()) {
        break;
      }
      unique.putIfAbsent(s.entry().key(), s.entry());
    }
    return List.copyOf(unique.values());
  }

  /**
   * Optimal string alignment distance (Levenshtein plus adjacent transpositions), or {@code max +
   * 1} as soon as it must exceed {@code max}.
   */
  public static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, previous2[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[b.length()], max + 1);
  }
}
