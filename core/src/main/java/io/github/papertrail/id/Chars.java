package io.github.papertrail.id;
import java.util.regex.Pattern;

/** Character rules more than one scheme shares. */
final class Chars {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}");

  private Chars() {}

  /** Unicode White_Space, which unlike {@link Character#isWhitespace} counts the no-break spaces. */
  static boolean hasWhiteSpace(String text) {
    return WHITE_SPACE.matcher(text).find();
  }

  static int leadingZeros(String digits) {
    int zeros = 0;
    while (zeros < digits.length() && digits.charAt(zeros) == '0') {
      zeros++;
    }
    return zeros;
  }
}
