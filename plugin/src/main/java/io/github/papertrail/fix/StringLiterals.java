package io.github.papertrail.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source and the one an identifier is written in. A small lexer, not
 * javac: it needs only to tell strings from comments, character literals and text blocks, and to
 * give each string's offsets and line, which javac's parser gives only through a whole parse.
 */
final class StringLiterals {

  private StringLiterals() {}

  /**
   * One string literal or text block.
   *
   * @param start the offset of its first character after the opening quote(s)
   * @param end the offset of its closing quote(s)
   * @param line the 1-based line it starts on
   * @param lastLine the line it ends on (a text block's closing delimiter)
   */
  record Literal(int start, int end, int line, int lastLine, boolean textBlock) {
    String content(String text) {
      return text.substring(start, end);
    }
  }

  /**
   * Where an identifier's literal is: the offsets of its content, or why it cannot be edited.
   *
   * @param why null when found
   */
  record Spot(int start, int end, String why) {
    static Spot not(String why) {
      return new Spot(-1, -1, why);
    }
  }

  /** Every string literal and text block of {@code text}, in order; an unterminated one ends it. */
  static List<Literal> all(String text) {
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
      } else if (text.startsWith("//", i)) {
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (text.startsWith("/*", i)) {
        int close = text.indexOf("*/", i + 2);
        int to = close < 0 ? n : close + 2;
        line += lineBreaks(text, i, to);
        i = to;
      } else if (c == '\'') {
        i = quoted(text, i + 1, '\'');
        if (i < n && text.charAt(i) == '\'') {
          i++;
        }
      } else if (text.startsWith("\"\"\"", i)) {
        int start = i + 3;
        int close = start;
        while (close < n && !text.startsWith("\"\"\"", close)) {
          close += text.charAt(close) == '\\' ? 2 : 1;
        }
        close = Math.min(close, n);
        int lines = lineBreaks(text, i, close);
        literals.add(new Literal(start, close, line, line + lines, true));
        line += lines;
        i = Math.min(n, close + 3);
      } else if (c == '"') {
        int close = quoted(text, i + 1, '"');
        literals.add(new Literal(i + 1, close, line, line, false));
        i = close < n && text.charAt(close) == '"' ? close + 1 : close;
      } else {
        i++;
      }
    }
    return literals;
  }

  /**
   * The offset of the closing quote after {@code from}, or of the line's end when there is none.
   */
  private static int quoted(String text, int from, char quote) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == quote || c == '\n' || c == '\r') {
        return i;
      }
      i += c == '\\' ? 2 : 1;
    }
    return text.length();
  }

  /** The line breaks in text[from, to): CRLF, LF and a lone CR each count once, as in javac. */
  private static int lineBreaks(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        count++;
      }
    }
    return count;
  }

  /**
   * The literal on {@code line} (anywhere in the file when null) whose content, as written, is
   * {@code written}: found when there is exactly one, and no escape or text block stands in the
   * way. A literal whose value is {@code written} only once its escapes are read, a text block, and
   * a constant ({@code @Paper(Papers.LORA)}, where the line holds no such literal) are not edited.
   */
  static Spot find(String text, Integer line, String written) {
    List<Literal> there = new ArrayList<>();
    for (Literal literal : all(text)) {
      if (line == null || literal.line() <= line && line <= literal.lastLine()) {
        there.add(literal);
      }
    }
    String where = line == null ? "in the file" : "on the line";
    List<Literal> exact =
        there.stream().filter(l -> !l.textBlock() && l.content(text).equals(written)).toList();
    if (exact.size() == 1) {
      return new Spot(exact.get(0).start(), exact.get(0).end(), null);
    }
    if (exact.size() > 1) {
      return Spot.not(
          "\""
              + written
              + "\" is written "
              + exact.size()
              + " times "
              + where
              + ": edit it by hand");
    }
    for (Literal literal : there) {
      String value = unescaped(literal.content(text));
      if (literal.textBlock() && value.contains(written)) {
        return Spot.not("the identifier is in a text block: edit it by hand");
      }
      if (value.equals(written)) {
        return Spot.not(
            "the literal \""
                + literal.content(text)
                + "\" writes the identifier with escapes: edit it by hand");
      }
    }
    return Spot.not(
        "no string literal \""
            + written
            + "\" "
            + where
            + " (a constant or an expression gives the identifier): fix it where it is defined");
  }

  /**
   * The value of a literal's content: Unicode escapes ({@code \u0041}, also {@code \uu0041}), the
   * one-character escapes and octal escapes read; an escape it does not know is kept as written.
   */
  static String unescaped(String content) {
    if (content.indexOf('\\') < 0) {
      return content;
    }
    StringBuilder out = new StringBuilder(content.length());
    int i = 0;
    while (i < content.length()) {
      char c = content.charAt(i);
      if (c != '\\' || i + 1 >= content.length()) {
        out.append(c);
        i++;
        continue;
      }
      char e = content.charAt(i + 1);
      int u = i + 1;
      while (u < content.length() && content.charAt(u) == 'u') {
        u++;
      }
      if (u > i + 1 && u + 4 <= content.length() && isHex(content, u)) {
        out.append((char) Integer.parseInt(content.substring(u, u + 4), 16));
        i = u + 4;
        continue;
      }
      String simple = "btnfrs\"'\\";
      int k = simple.indexOf(e);
      if (k >= 0) {
        out.append("\b\t\n\f\r \"'\\".charAt(k));
        i += 2;
      } else if (e >= '0' && e <= '7') {
        int end = i + 1;
        int max = e <= '3' ? 3 : 2;
        while (end < content.length()
            && end - i - 1 < max
            && content.charAt(end) >= '0'
            && content.charAt(end) <= '7') {
          end++;
        }
        out.append((char) Integer.parseInt(content.substring(i + 1, end), 8));
        i = end;
      } else {
        out.append(c).append(e);
        i += 2;
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int from) {
    for (int i = from; i < from + 4; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
