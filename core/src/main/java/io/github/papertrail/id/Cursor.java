package io.github.papertrail.id;

/**
 * A position in a string for the hand-written scanners. Each method consumes what it names and no
 * more, so a scanner reads like the grammar it checks ({@code skip(LETTER, "-")} is {@code
 * [A-Za-z-]*}); as no rule needs to back up, none is offered. Letters and digits are ASCII only, as
 * in every scheme here.
 *
 * <p>Scanners rather than regular expressions because a build meets the parser cold: javac loads it
 * once and parses each citation about once, so compiling some forty patterns and warming up the
 * regex engine were much of its cost (bench/README.md, the identifier section, measures it).
 */
final class Cursor {
  static final int DIGIT = 1;
  static final int LOWER = 2;
  static final int UPPER = 4;
  static final int LETTER = LOWER | UPPER;

  private final String text;
  private int at;

  Cursor(String text) {
    this(text, 0);
  }

  Cursor(String text, int at) {
    this.text = text;
    this.at = at;
  }

  int at() {
    return at;
  }

  boolean atEnd() {
    return at == text.length();
  }

  /** What is left; the cursor does not move. */
  String rest() {
    return text.substring(at);
  }

  String since(int start) {
    return text.substring(start, at);
  }

  boolean take(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  /** One character of {@code kinds} (DIGIT, LOWER, UPPER, LETTER, or'ed). */
  boolean takeOne(int kinds) {
    if (at < text.length() && is(text.charAt(at), kinds, "")) {
      at++;
      return true;
    }
    return false;
  }

  /** One of {@code chars}: the one taken, or 0 when the next character is none of them. */
  char takeAnyOf(String chars) {
    if (at < text.length() && chars.indexOf(text.charAt(at)) >= 0) {
      return text.charAt(at++);
    }
    return 0;
  }

  /**
   * {@code word} in any ASCII case ({@code word} is lower case); no other script's letters fold
   * onto it.
   */
  boolean takeIgnoringCase(String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(at + i);
      char w = word.charAt(i);
      if (c != w && !(Chars.isLower(w) && c == w - ('a' - 'A'))) {
        return false;
      }
    }
    at += word.length();
    return true;
  }

  /** As many characters of {@code kinds} or among {@code others} as there are; how many. */
  int skip(int kinds, String others) {
    int start = at;
    while (at < text.length() && is(text.charAt(at), kinds, others)) {
      at++;
    }
    return at - start;
  }

  int skip(char c) {
    return skip(0, String.valueOf(c));
  }

  int digits() {
    return skip(DIGIT, "");
  }

  private static boolean is(char c, int kinds, String others) {
    return (kinds & DIGIT) != 0 && Chars.isDigit(c)
        || (kinds & LOWER) != 0 && Chars.isLower(c)
        || (kinds & UPPER) != 0 && Chars.isUpper(c)
        || others.indexOf(c) >= 0;
  }
}
