package io.github.papertrail.seeds;

import io.github.papertrail.catalog.Titles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

  private static final Pattern NOT_ASCII_ALNUM = Pattern.compile("[^a-z0-9]");

  private Keys() {}

  public static Parts parts(String title, List<String> authors, Integer year) {
    List<String> words = significantWords(title);
    if (words.isEmpty()) {
      words = List.of("untitled");
    }
    String surname = null;
    if (!authors.isEmpty()) {
      String[] names = Titles.normalize(authors.get(0)).split(" ");
      String last = NOT_ASCII_ALNUM.matcher(names[names.length - 1]).replaceAll("");
      surname = last.isEmpty() || !Character.isLetter(last.charAt(0)) ? null : last;
    }
    int minWords = 1;
    if (surname == null) {
      // the paper's name ("LoRA-Pro: Are …" gives lora, pro), else two words; at most two either
      // way
      String unnamed = Titles.withoutName(title);
      int nameWords = unnamed.equals(title) ? 0 : words.size() - significantWords(unnamed).size();
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
      String ascii = isAsciiAlnum(word) ? word : NOT_ASCII_ALNUM.matcher(word).replaceAll("");
      if (!ascii.isEmpty() && Character.isLetter(ascii.charAt(0)) && !STOP_WORDS.contains(ascii)) {
        words.add(ascii);
      }
    }
    return words;
  }

  /**
   * One key per parts, in the same order; deterministic for the same list. In rounds, every key
   * shared with another takes one more title word while it has one; only the keys that changed are
   * made and grouped again (a group no key joined or left is as it was).
   */
  public static List<String> assign(List<Parts> all) {
    int[] wordCount = new int[all.size()];
    List<String> keys = new ArrayList<>(all.size());
    for (int i = 0; i < wordCount.length; i++) {
      wordCount[i] = all.get(i).minWords();
      keys.add(key(all.get(i), wordCount[i]));
    }
    Map<String, List<Integer>> byKey = groupByKey(keys);
    Collection<String> check = byKey.keySet();
    while (true) {
      List<Integer> grow = new ArrayList<>();
      for (String key : check) {
        List<Integer> same = byKey.get(key);
        if (same.size() > 1) {
          for (int i : same) {
            if (wordCount[i] < all.get(i).words().size()) {
              grow.add(i);
            }
          }
        }
      }
      if (grow.isEmpty()) {
        break;
      }
      for (int i : grow) {
        byKey.get(keys.get(i)).remove(Integer.valueOf(i));
      }
      Set<String> joined = new LinkedHashSet<>();
      for (int i : grow) {
        wordCount[i]++;
        keys.set(i, key(all.get(i), wordCount[i]));
        byKey.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        joined.add(keys.get(i));
      }
      check = joined;
    }
    // Parts that no number of words tells apart (the same title and year) get a letter, b, c, …
    // (in list order: grouped afresh)
    for (List<Integer> same : groupByKey(keys).values()) {
      for (int n = 1; n < same.size(); n++) {
        keys.set(same.get(n), keys.get(same.get(n)) + (char) ('a' + n));
      }
    }
    return keys;
  }

  private static boolean isAsciiAlnum(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  static String key(Parts parts, int wordCount) {
    String words = String.join("", parts.words().subList(0, wordCount));
    String year = parts.year() == null ? "" : parts.year().toString();
    return parts.surname() == null ? words + year : parts.surname() + year + words;
  }

  static Map<String, List<Integer>> groupByKey(List<String> keys) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      byKey.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
    }
    return byKey;
  }
}
