package io.github.papertrail.seeds;

import io.github.papertrail.catalog.Titles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readable, unique catalog keys in the style of Google Scholar's BibTeX keys: first author's
 * surname, year, first significant title word ({@code hu2021lora}). Without authors: the paper's
 * name where the title has one ("GaLore: …" gives {@code galore2024}), else its first two
 * significant words, then the year ({@code fastforward2024}). Keys that collide take more title
 * words, then a letter ({@code …b}). The CSL-JSON and CFF catalog readers key entries that have no
 * key of their own the same way.
 */
public final class Keys {

  /** What a key is made of. */
  public record Parts(String surname, Integer year, List<String> words, int minWords) {}

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "of", "on", "in", "for", "to", "and", "with", "via", "by", "at", "from",
          "is", "are", "as", "or", "its", "do", "does", "how", "what", "when", "why", "where",
          "can", "we", "your", "toward", "towards");

  private Keys() {}

  public static Parts parts(String title, List<String> authors, Integer year) {
    List<String> words = significantWords(title);
    if (words.isEmpty()) {
      words = List.of("untitled");
    }
    String surname = null;
    if (!authors.isEmpty()) {
      String[] names = Titles.normalize(authors.get(0)).split(" ");
      String last = names[names.length - 1].replaceAll("[^a-z0-9]", "");
      surname = last.isEmpty() || !Character.isLetter(last.charAt(0)) ? null : last;
    }
    int minWords = 1;
    if (surname == null) {
      // the paper's name ("LoRA-Pro: Are …" gives lora, pro), else two words; at most two either
      // way
      int nameWords = words.size() - significantWords(Titles.withoutName(title)).size();
      minWords = Math.min(nameWords > 0 ? nameWords : 2, 2);
      minWords = Math.max(1, Math.min(minWords, words.size()));
    }
    return new Parts(surname, year, words, minWords);
  }

  /**
   * The title's words in lower-case ASCII, without stop words and words that do not start with a
   * letter.
   */
  private static List<String> significantWords(String title) {
    List<String> words = new ArrayList<>();
    // "Don't" is one word: apostrophes go before the title is cut into words
    for (String word : Titles.normalize(title.replace("'", "").replace("\u2019", "")).split(" ")) {
      String ascii = word.replaceAll("[^a-z0-9]", "");
      if (!ascii.isEmpty() && Character.isLetter(ascii.charAt(0)) && !STOP_WORDS.contains(ascii)) {
        words.add(ascii);
      }
    }
    return words;
  }

  /** One key per parts, in the same order; deterministic for the same list. */
  public static List<String> assign(List<Parts> all) {
    int[] wordCount = new int[all.size()];
    for (int i = 0; i < wordCount.length; i++) {
      wordCount[i] = all.get(i).minWords();
    }
    List<String> keys = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      keys.clear();
      for (int i = 0; i < all.size(); i++) {
        keys.add(key(all.get(i), wordCount[i]));
      }
      Map<String, List<Integer>> byKey = groupByKey(keys);
      for (List<Integer> same : byKey.values()) {
        if (same.size() > 1) {
          for (int i : same) {
            if (wordCount[i] < all.get(i).words().size()) {
              wordCount[i]++;
              changed = true;
            }
          }
        }
      }
    }
    // Parts that no number of words tells apart (the same title and year) get a letter, b, c, …
    Map<String, List<Integer>> byKey = groupByKey(keys);
    for (List<Integer> same : byKey.values()) {
      for (int n = 1; n < same.size(); n++) {
        keys.set(same.get(n), keys.get(same.get(n)) + (char) ('a' + n));
      }
    }
    return keys;
  }

  private static String key(Parts parts, int wordCount) {
    String words = String.join("", parts.words().subList(0, wordCount));
    String year = parts.year() == null ? "" : parts.year().toString();
    return parts.surname() == null ? words + year : parts.surname() + year + words;
  }

  private static Map<String, List<Integer>> groupByKey(List<String> keys) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      byKey.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
    }
    return byKey;
  }
}
