package io.github.papertrail.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title comparison: one normal form for matching, and a similarity for telling variants from
 * different papers.
 */
public final class Titles {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** A name of one to three words before a colon, then the title. */
  private static final Pattern NAMED =
      Pattern.compile("\\s*[^\\s:]+(?:\\s+[^\\s:]+){0,2}\\s*:\\s*(.+)");

  private static final Set<String> LITTLE_WORDS =
      Set.of(
          "a", "an", "the", "of", "on", "in", "for", "to", "and", "with", "via", "by", "at", "from",
          "is", "are", "as", "or");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Titles() {}

  /**
   * Case, accents, punctuation and spacing folded away: "LoRA: Low-Rank Adaptation" and "LORA - LOW
   * RANK ADAPTATION" both give "lora low rank adaptation"; "&amp;" reads as "and".
   */
  public static String normalize(String title) {
    for (int i = 0; i < title.length(); i++) {
      if (title.charAt(i) >= 0x80) {
        return normalizeUnicode(title);
      }
    }
    return normalizeAscii(title);
  }

  /** {@link #normalize} of any text: NFKD, the marks dropped, then the ASCII steps by regex. */
  static String normalizeUnicode(String title) {
    String folded = Normalizer.normalize(title.replace("&", " and "), Normalizer.Form.NFKD);
    folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_ALNUM.matcher(folded).replaceAll(" ").strip();
  }

  /**
   * {@link #normalize} of an ASCII title, without the regular expressions: NFKD and the marks leave
   * ASCII as it is, so what remains is lower case and the letters and digits in runs, one space
   * between runs ("&" a run "and" of its own). Catalog builds normalize every title several times.
   */
  private static String normalizeAscii(String title) {
    StringBuilder out = new StringBuilder(title.length() + 8);
    boolean gap = false;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      boolean alnum = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        alnum = true;
      }
      if (!alnum && c != '&') {
        gap = true;
        continue;
      }
      if (gap || c == '&') {
        if (out.length() > 0) {
          out.append(' ');
        }
        gap = c == '&';
      }
      if (c == '&') {
        out.append("and");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether two titles are the same title: equal when normalized, or one is the other behind a
   * short name and a colon ("GaLore: Memory-Efficient LLM Training …" and "Memory-Efficient LLM
   * Training …", as a list that puts the name in a tag writes it).
   */
  public static boolean same(String a, String b) {
    String na = normalize(a);
    String nb = normalize(b);
    return na.equals(nb)
        || na.equals(normalize(withoutName(b)))
        || nb.equals(normalize(withoutName(a)));
  }

  /** "GaLore: Memory-Efficient …" without "GaLore: "; the title itself when it has no such name. */
  public static String withoutName(String title) {
    if (title.indexOf(':') < 0) {
      return title;
    }
    Matcher m = NAMED.matcher(title);
    return m.matches() ? m.group(1) : title;
  }

  /**
   * Dice coefficient of the two titles' word sets (little words left out), 0 to 1: 0.75 for "Fast
   * Forward Low-Rank Training" against "Fast Forwarding Low-Rank Training".
   */
  public static double similarity(String a, String b) {
    Set<String> wordsA = words(a);
    Set<String> wordsB = words(b);
    if (wordsA.isEmpty() && wordsB.isEmpty()) {
      return 1;
    }
    Set<String> common = new HashSet<>(wordsA);
    common.retainAll(wordsB);
    return 2.0 * common.size() / (wordsA.size() + wordsB.size());
  }

  /** The title's words without the little ones, which make unrelated titles look alike. */
  private static Set<String> words(String title) {
    String normal = normalize(title);
    Set<String> words =
        normal.isEmpty() ? new HashSet<>() : new HashSet<>(Arrays.asList(normal.split(" ")));
    words.removeAll(LITTLE_WORDS);
    return words;
  }
}
