package io.github.papertrail.catalog.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbibtex.LaTeXCommand;
import org.jbibtex.LaTeXGroup;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * BibTeX field text as Unicode: {@code Sch{\"o}lkopf} is "Schölkopf", {@code {\L}ukasz} "Łukasz",
 * {@code {LoRA}} "LoRA". jbibtex's LaTeXParser reads the LaTeX; its LaTeXPrinter does the dashes
 * and quotes. Accents and letters are done here because the printer knows only some accented
 * letters (no {@code \c{c}}, {@code \'{n}}) and drops unknown ones ({@code \L}, {@code \i}).
 */
final class LatexText {

  /** Accent commands and the combining marks they put on the next letter. */
  private static final Map<String, String> ACCENTS =
      Map.ofEntries(
          Map.entry("`", "\u0300"),
          Map.entry("'", "\u0301"),
          Map.entry("^", "\u0302"),
          Map.entry("~", "\u0303"),
          Map.entry("=", "\u0304"),
          Map.entry("u", "\u0306"),
          Map.entry(".", "\u0307"),
          Map.entry("\"", "\u0308"),
          Map.entry("r", "\u030A"),
          Map.entry("H", "\u030B"),
          Map.entry("v", "\u030C"),
          Map.entry("d", "\u0323"),
          Map.entry("c", "\u0327"),
          Map.entry("k", "\u0328"),
          Map.entry("b", "\u0331"),
          Map.entry("t", "\u0361"));

  /**
   * Letters and symbols jbibtex's printer lacks or gets wrong (its Greek is shifted from sigma on).
   */
  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("L", "Ł"),
          Map.entry("l", "ł"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("dh", "ð"),
          Map.entry("DH", "Ð"),
          Map.entry("th", "þ"),
          Map.entry("TH", "Þ"),
          Map.entry("dj", "đ"),
          Map.entry("DJ", "Đ"),
          Map.entry("ng", "ŋ"),
          Map.entry("NG", "Ŋ"),
          Map.entry(" ", " "),
          Map.entry(",", " "),
          Map.entry("sigma", "σ"),
          Map.entry("tau", "τ"),
          Map.entry("upsilon", "υ"),
          Map.entry("phi", "φ"),
          Map.entry("chi", "χ"),
          Map.entry("psi", "ψ"),
          Map.entry("omega", "ω"),
          Map.entry("infty", "∞"),
          Map.entry("ell", "ℓ"));

  private LatexText() {}

  /**
   * The text without LaTeX: accents composed, braces and formatting commands gone, spaces
   * collapsed.
   */
  static String decode(String latex) {
    String text;
    if (plain(latex)) {
      text = dashesAndQuotes(latex); // what the parser and printer would give back
    } else {
      try {
        text = print(PARSER.get().parse(plainSpecials(latex)));
      } catch (ParseException | TokenMgrException e) {
        // Not LaTeX the parser knows: keep the words, lose the markup.
        text = latex.replaceAll("\\\\[A-Za-z]+\\s*|\\\\|[{}$]", "");
      }
    }
    return collapseSpaces(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  /**
   * One LaTeX parser per thread, used again for every field: a new one allocates some 40 KB of
   * buffers, which was most of the time a 100,000-entry file took.
   */
  private static final ThreadLocal<LaTeXParser> PARSER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return new LaTeXParser();
            } catch (ParseException e) {
              throw new IllegalStateException(e);
            }
          });

  /**
   * Text without a command, group or special character: to the parser one string, which the printer
   * gives back with its dashes and quotes. Most titles and names are such text.
   */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("\\{}$^_~&%#".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** What jbibtex's printer does to a string: "--" is a dash, ``…'' are quotes. */
  private static String dashesAndQuotes(String text) {
    if (text.contains("--")) {
      text = text.replace("---", "\u2014").replace("--", "\u2013");
    }
    if (text.indexOf('`') >= 0) {
      text = text.replace("``", "\u201c").replace("`", "\u2018");
    }
    if (text.indexOf('\'') >= 0) {
      text = text.replace("''", "\u201d").replace("'", "\u2019");
    }
    return text;
  }

  /** Runs of white space (as {@code \\s+} matches it) as one space, and none at either end. */
  private static String collapseSpaces(String text) {
    StringBuilder out = null;
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
        if (out == null) {
          out = new StringBuilder(end - start).append(text, start, i);
        }
        out.append(' ');
        while (isSpace(text.charAt(i + 1))) {
          i++;
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out != null ? out.toString() : text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The names of a BibTeX name list, each as "First Last": split at "and" outside braces, "Last,
   * First" turned round, "Last, Jr, First" as "First Last Jr". "others" stays as written.
   */
  static List<String> names(String latex) {
    List<String> names = new ArrayList<>();
    for (String name : splitOutsideBraces(latex.strip(), true)) {
      List<String> parts = splitOutsideBraces(name, false).stream().map(LatexText::decode).toList();
      String full =
          switch (parts.size()) {
            case 1 -> parts.get(0);
            case 2 -> parts.get(1) + " " + parts.get(0);
            default -> parts.get(2) + " " + parts.get(0) + " " + parts.get(1);
          };
      if (!full.isBlank()) {
        names.add(full.strip());
      }
    }
    return names;
  }

  /** Walks jbibtex's LaTeX tree: an accent command marks the first letter that follows it. */
  private static String print(List<LaTeXObject> objects) {
    StringBuilder out = new StringBuilder();
    String accent = null;
    for (LaTeXObject object : objects) {
      String text;
      if (object instanceof LaTeXCommand command) {
        if (ACCENTS.containsKey(command.getName())) {
          accent = ACCENTS.get(command.getName());
          continue;
        }
        // \textit, \emph, …: no text of their own; their argument group follows
        text =
            SYMBOLS.getOrDefault(
                command.getName(), orEmpty(LaTeXPrinter.getSymbol(command.getName())));
      } else if (object instanceof LaTeXGroup group) {
        text = print(group.getObjects());
      } else {
        text = new LaTeXPrinter().print(List.of(object)); // "--" to a dash, ``…'' to quotes
      }
      if (accent != null && !text.isEmpty()) {
        // \'{\i} is í: the dotless i takes the accent as a plain i
        String base = text.substring(0, 1).replace("ı", "i").replace("ȷ", "j");
        text = base + accent + text.substring(1);
        accent = null;
      }
      out.append(text);
    }
    return out.toString();
  }

  /**
   * Characters LaTeX treats specially that jbibtex's parser rejects outside their commands: math
   * dollars become an empty group, the sub- and superscript marks go, a tie is a space, a bare
   * {@code &}, {@code %} or {@code #} is meant literally.
   */
  private static String plainSpecials(String latex) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < latex.length(); i++) {
      char c = latex.charAt(i);
      boolean escaped = i > 0 && latex.charAt(i - 1) == '\\';
      if (escaped || "$^_~&%#".indexOf(c) < 0) {
        out.append(c);
      } else if (c == '$') {
        out.append("{}"); // ends a command name as the dollar did: $\mu$P is μP
      } else if (c == '~') {
        out.append(' ');
      } else if ("&%#".indexOf(c) >= 0) {
        out.append('\\').append(c);
      }
    }
    return out.toString();
  }

  /**
   * The text cut at each separator that stands outside braces: {Barnes and Noble} is one name. The
   * separator is " and " (any case, any white space around it) or a comma (with the white space
   * around it).
   */
  private static List<String> splitOutsideBraces(String text, boolean and) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0 && (isSpace(c) || c == ',')) {
        int end = and ? andEnd(text, i) : commaEnd(text, i);
        if (end > i) {
          parts.add(text.substring(start, i));
          start = end;
          i = end - 1;
        }
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** Where " and " starting at {@code i} ends (after the white space that follows it), or -1. */
  private static int andEnd(String text, int i) {
    int j = skipSpaces(text, i);
    if (j == i || !text.regionMatches(true, j, "and", 0, 3)) {
      return -1;
    }
    int end = skipSpaces(text, j + 3);
    return end > j + 3 ? end : -1;
  }

  /** Where ", " starting at {@code i} ends (after the white space that follows it), or -1. */
  private static int commaEnd(String text, int i) {
    int j = skipSpaces(text, i);
    return j < text.length() && text.charAt(j) == ',' ? skipSpaces(text, j + 1) : -1;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
