package io.github.papertrail.id;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An http(s) URL cut into the parts the paper sites put an id in. Kept apart from the schemes: each
 * site's parser only sees a path or a query parameter, already split, and decodes what it needs.
 * The fragment is dropped, as no site puts an id there.
 *
 * @param scheme {@code http} or {@code https}, lower case
 * @param host lower case, possibly empty
 * @param path as written: empty or starting with '/'
 * @param query as written after the '?', or null when there is no '?'
 */
record HttpUrl(String scheme, String host, String path, String query) {

  /**
   * The parts of {@code text}, or null when it does not start with {@code http://} or {@code
   * https://}.
   */
  static HttpUrl split(String text) {
    int start = schemeLength(text);
    if (start == 0) {
      return null;
    }
    int pathStart = indexOfAny(text, "/?#", start);
    int queryStart = indexOfAny(text, "?#", pathStart);
    int fragmentStart = text.indexOf('#', queryStart);
    String query =
        queryStart < text.length() && text.charAt(queryStart) == '?'
            ? text.substring(queryStart + 1, fragmentStart < 0 ? text.length() : fragmentStart)
            : null;
    return new HttpUrl(
        text.substring(0, start - 3).toLowerCase(Locale.ROOT),
        text.substring(start, pathStart).toLowerCase(Locale.ROOT),
        text.substring(pathStart, queryStart),
        query);
  }

  static boolean isHttpUrl(String text) {
    return schemeLength(text) > 0;
  }

  /**
   * The length of a leading {@code http://} or {@code https://} in any ASCII case, 0 when there is
   * none.
   */
  private static int schemeLength(String text) {
    Cursor cursor = new Cursor(text);
    if (cursor.takeIgnoringCase("http")) {
      cursor.takeIgnoringCase("s");
      if (cursor.take(':') && cursor.take('/') && cursor.take('/')) {
        return cursor.at();
      }
    }
    return 0;
  }

  /** The index of the first of {@code chars} from {@code from} on, or the text's length. */
  private static int indexOfAny(String text, String chars, int from) {
    for (int i = from; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * A generic page's identity: scheme and host lower-cased (they are case-insensitive), the rest
   * kept.
   */
  String normalForm() {
    return scheme + "://" + host + path + (query == null ? "" : "?" + query);
  }

  /** The first {@code name=} value of the query, still percent-encoded; null when there is none. */
  String queryParameter(String name) {
    if (query == null) {
      return null;
    }
    for (int start = 0; start <= query.length(); ) {
      int end = query.indexOf('&', start);
      String pair = query.substring(start, end < 0 ? query.length() : end);
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
      start = end < 0 ? query.length() + 1 : end + 1;
    }
    return null;
  }

  /** UTF-8 percent-decoding that, unlike URLDecoder, keeps '+' (DOIs hold it); null when broken. */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != '%') {
        bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
        continue;
      }
      int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
      if (low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i += 3;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
