package io.github.papertrail.migrate;

import java.util.Arrays;

/** Lines of a text: 1-based line and column of an offset, the start of a line. */
final class LineMap {

  private final String text;
  private final int[] starts;
  private final int count;

  LineMap(String text) {
    this.text = text;
    int[] s = new int[16];
    int k = 0;
    s[k++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (k == s.length) {
          s = Arrays.copyOf(s, k * 2);
        }
        s[k++] = i + 1;
      }
    }
    this.starts = s;
    this.count = k;
  }

  /** 1-based line of {@code offset}. */
  int line(int offset) {
    int found = Arrays.binarySearch(starts, 0, count, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** 1-based column of {@code offset}, in chars. */
  int column(int offset) {
    return offset - lineStart(offset) + 1;
  }

  int lineStart(int offset) {
    return starts[line(offset) - 1];
  }

  /** The offset of the start of the line after the one {@code offset} is on, or the text's end. */
  int nextLineStart(int offset) {
    int line = line(offset);
    return line < count ? starts[line] : text.length();
  }

  /** The separator that ends the line {@code offset} is on, or null on the last line. */
  String separatorOf(int offset) {
    int next = nextLineStart(offset);
    if (line(offset) >= count) {
      return null;
    }
    return next >= 2 && text.charAt(next - 1) == '\n' && text.charAt(next - 2) == '\r'
        ? "\r\n"
        : String.valueOf(text.charAt(next - 1));
  }

  /** The text's first line separator, or {@code \n} when it has a single line. */
  String firstSeparator() {
    String s = count > 1 ? separatorOf(0) : null;
    return s != null ? s : "\n";
  }
}
