package io.github.papertrail.id;

/**
 * Character rules more than one scheme shares. Identifiers are ASCII where the schemes say so: a
 * digit here is 0-9 only, never another script's digit as {@link Character#isDigit} would allow.
 */
final class Chars {

  private static final int SEPARATORS =
      1 << Character.SPACE_SEPARATOR
          | 1 << Character.LINE_SEPARATOR
          | 1 << Character.PARAGRAPH_SEPARATOR;

  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isLetter(char c) {
    return isLower(c) || isUpper(c);
  }

  /** Space, tab, line feed, vertical tab, form feed, carriage return. */
  static boolean isAsciiWhiteSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * Unicode White_Space, which unlike {@link Character#isWhitespace} counts the no-break spaces.
   */
  static boolean hasWhiteSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // No White_Space character is outside the BMP, so a surrogate is never one.
      if ((SEPARATORS >> Character.getType(c) & 1) != 0 || c >= 0x9 && c <= 0xd || c == 0x85) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds no control (Cc) or format (Cf) character. */
  static boolean isPrintable(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** The offset of the first character outside ASCII, or -1. */
  static int firstNonAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return i;
      }
    }
    return -1;
  }

  static boolean isAllZeros(String digits) {
    return !digits.isEmpty() && leadingZeros(digits) == digits.length();
  }

  static int leadingZeros(String digits) {
    int zeros = 0;
    while (zeros < digits.length() && digits.charAt(zeros) == '0') {
      zeros++;
    }
    return zeros;
  }
}
