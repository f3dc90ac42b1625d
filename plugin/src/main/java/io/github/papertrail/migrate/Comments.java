package io.github.papertrail.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every comment of a Java source text. javac's tree API keeps only the Javadoc of
 * declarations, so the comments are read here, by Java's lexical rules: strings, text blocks and
 * char literals are skipped, so a {@code //} inside a string is not a comment. (Unicode escapes
 * such as {@code \u002F} spelling a delimiter are not decoded; javac would.)
 */
final class Comments {

  private Comments() {}

  static List<Comment> scan(String text, LineMap lines) {
    List<Comment> comments = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = i + 2;
        while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
          end++;
        }
        comments.add(comment(Comment.Kind.LINE, text, i, end, lines));
        i = end;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        int end = close < 0 ? n : close + 2;
        boolean javadoc = i + 2 < n && text.charAt(i + 2) == '*' && end - i > 4;
        comments.add(
            comment(javadoc ? Comment.Kind.JAVADOC : Comment.Kind.BLOCK, text, i, end, lines));
        i = end;
      } else if (c == '"' && text.startsWith("\"\"\"", i)) {
        i = skipTextBlock(text, i + 3);
      } else if (c == '"' || c == '\'') {
        i = skipLiteral(text, i + 1, c);
      } else {
        i++;
      }
    }
    return comments;
  }

  private static Comment comment(
      Comment.Kind kind, String text, int start, int end, LineMap lines) {
    return new Comment(
        kind, start, end, lines.line(start), lines.column(start), text.substring(start, end));
  }

  private static int skipTextBlock(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"' && text.startsWith("\"\"\"", i)) {
        return i + 3;
      } else {
        i++;
      }
    }
    return n;
  }

  private static int skipLiteral(String text, int i, char quote) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n' || c == '\r') {
        return i + 1;
      } else {
        i++;
      }
    }
    return n;
  }
}
