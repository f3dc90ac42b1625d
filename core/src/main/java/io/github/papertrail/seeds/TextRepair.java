package io.github.papertrail.seeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the damage text picks up on its way into a reading list: UTF-8 read as Windows-1252
 * ("â€”" for "—"), and numeric HTML entities that lost their "&#" and ";" ("componentsx2013such").
 */
public final class TextRepair {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A run of characters that Windows-1252 maps to bytes 0x80-0xFF: where mojibake lives. */
  private static final Pattern HIGH_RUN =
      Pattern.compile(
          "[\\u0080-\\u00ff\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]{2,}");

  /**
   * "x2013" glued between letters: an entity for a dash or quote (U+2010..U+203F) without "&#" and
   * ";".
   */
  private static final Pattern BARE_HEX_ENTITY =
      Pattern.compile("(?<=\\p{L})x(20[1-3][0-9a-f])(?=\\p{L})");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TextRepair() {}

  /** Repairs mojibake and bare entities, and folds runs of white space into one space. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String repaired = repairBareEntities(repairMojibake(text));
    return SPACES.matcher(repaired).replaceAll(" ").strip();
  }

  static String repairMojibake(String text) {
    Matcher m = HIGH_RUN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decodeAsUtf8(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The run re-encoded as Windows-1252 and decoded as UTF-8, or the run itself when that is not
   * valid UTF-8.
   */
  private static String decodeAsUtf8(String run) {
    try {
      ByteBuffer bytes =
          WINDOWS_1252
              .newEncoder()
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(java.nio.CharBuffer.wrap(run));
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return run; // genuine accented text, such as "Ü" in "TÜLU", is left alone
    }
  }

  static String repairBareEntities(String text) {
    Matcher m = BARE_HEX_ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
