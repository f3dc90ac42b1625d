package io.github.papertrail.id;

import io.github.papertrail.id.ParsedId.Malformed;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;

/**
 * Characters that are not what they look like. Every scheme's identifiers are ASCII; a citation
 * pasted from a PDF, a chat or a web page may hold a Cyrillic {@code О}, a full-width {@code ２}, a
 * non-breaking hyphen or an invisible format character (a zero-width space, a right-to-left
 * override). Such an input is rejected naming the character by its code point and Unicode name, and
 * the ASCII identifier it looks like is suggested when there is one.
 */
final class LookAlikes {

  /**
   * Letters of other scripts drawn like Latin ones, each followed by its ASCII look-alikes, the
   * likelier first: a Cyrillic or Greek O may have been meant as the letter or as the digit.
   */
  private static final String[] CONFUSABLES = {
    // Cyrillic
    "АA",
    "ВB",
    "ЕE",
    "КK",
    "МM",
    "НH",
    "ОO0",
    "РP",
    "СC",
    "ТT",
    "ХX",
    "УY",
    "ІI1",
    "ЈJ",
    "ЅS",
    "аa",
    "еe",
    "оo0",
    "рp",
    "сc",
    "уy",
    "хx",
    "іi",
    "јj",
    "ѕs",
    "ԁd",
    "ԛq",
    "ԝw",
    "һh",
    "ӏl1",
    // Greek
    "ΑA",
    "ΒB",
    "ΕE",
    "ΖZ",
    "ΗH",
    "ΙI1",
    "ΚK",
    "ΜM",
    "ΝN",
    "ΟO0",
    "ΡP",
    "ΤT",
    "ΥY",
    "ΧX",
    "οo0",
    "νv",
    "ιi",
    // dashes and the minus sign, as word processors and PDFs turn a hyphen into them
    "‐-",
    "‑-",
    "‒-",
    "–-",
    "—-",
    "―-",
    "−-",
  };

  private LookAlikes() {}

  /**
   * The offset of the first invisible character (a Unicode format character, Cf) in {@code input},
   * or -1.
   */
  static int firstInvisible(String input) {
    for (int i = 0; i < input.length(); ) {
      int c = input.codePointAt(i);
      if (c >= 0x80 && Character.getType(c) == Character.FORMAT) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** The text with each invisible character written as {@code <U+202E>}. */
  static String shown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0x80 && Character.getType(c) == Character.FORMAT) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * An input holding an invisible character at {@code at}: rejected, suggesting what the input
   * without its invisible characters parses to.
   */
  static Malformed invisible(String input, int at, Function<String, ParsedId> parser) {
    StringBuilder visible = new StringBuilder(input.length());
    input
        .codePoints()
        .filter(c -> c < 0x80 || Character.getType(c) != Character.FORMAT)
        .forEach(visible::appendCodePoint);
    return new Malformed(
        input,
        "the invisible character "
            + describe(input.codePointAt(at))
            + " is "
            + position(input, at)
            + "; delete it",
        visible.isEmpty() ? null : Problems.suggestionFrom(parser.apply(visible.toString())));
  }

  /**
   * An input that is not valid and holds a character outside ASCII at {@code at}: the reason names
   * that character, and the suggestion is the first ASCII spelling that parses, if any.
   */
  static Malformed nonAscii(
      String input, int at, Malformed asWritten, Function<String, ParsedId> parser) {
    int c = input.codePointAt(at);
    String alike = null;
    Identifier suggestion = null;
    for (int choice = 0; choice < 2 && suggestion == null; choice++) {
      String candidate = fold(input, choice);
      if (candidate != null && Chars.firstNonAscii(candidate) < 0) {
        suggestion = Problems.suggestionFrom(parser.apply(candidate));
        alike = fold(new String(Character.toChars(c)), choice);
      }
    }
    if (alike == null) {
      String folded = fold(new String(Character.toChars(c)), 0);
      alike = folded != null && Chars.firstNonAscii(folded) < 0 ? folded : null;
    }
    return new Malformed(
        input,
        describe(c)
            + ", "
            + position(input, at)
            + (alike == null || alike.isEmpty() ? "," : ", looks like \"" + alike + "\" but")
            + " is not ASCII; identifiers are written in ASCII",
        suggestion != null ? suggestion : asWritten.suggestion());
  }

  /** "U+041E CYRILLIC CAPITAL LETTER O" with the character itself in quotes when it is visible. */
  static String describe(int c) {
    String name = Character.getName(c);
    String code = String.format(Locale.ROOT, "U+%04X", c);
    String shown =
        Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)
            ? ""
            : "\"" + new String(Character.toChars(c)) + "\" ";
    return shown + "(" + code + (name == null ? "" : " " + name) + ")";
  }

  /** "the 6th character" of the input: counted in code points, from 1. */
  private static String position(String input, int at) {
    int n = input.codePointCount(0, at) + 1;
    String suffix =
        n % 100 >= 11 && n % 100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return "the " + n + suffix + " character";
  }

  /**
   * The input with each non-ASCII character replaced by its {@code choice}-th ASCII look-alike (the
   * first when it has fewer), or by its compatibility form (full-width {@code ２} is {@code 2});
   * null when choice 1 changes nothing beyond choice 0.
   */
  private static String fold(String input, int choice) {
    StringBuilder out = new StringBuilder(input.length());
    boolean differs = choice == 0;
    for (int i = 0; i < input.length(); ) {
      int c = input.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        out.append((char) c);
        continue;
      }
      String confusable = confusable(c);
      if (confusable != null) {
        int pick = Math.min(choice, confusable.length() - 1);
        differs |= pick > 0;
        out.append(confusable.charAt(pick));
      } else {
        out.append(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC));
      }
    }
    return differs ? out.toString() : null;
  }

  /** The ASCII look-alikes of {@code c}, or null. */
  private static String confusable(int c) {
    for (String row : CONFUSABLES) {
      if (row.codePointAt(0) == c) {
        return row.substring(Character.charCount(c));
      }
    }
    return null;
  }
}
