package io.github.papertrail.migrate;

/**
 * One comment of a source file, as written: {@code text} is the whole comment with its delimiters
 * ({@code // ...}, {@code /* ... *}{@code /}, {@code /** ... *}{@code /}), {@code offset} and
 * {@code end} index the file's decoded text, {@code line} and {@code column} (1-based, column in
 * chars) where it starts.
 */
public record Comment(Kind kind, int offset, int end, int line, int column, String text) {

  /** Which of Java's three comment forms. */
  public enum Kind {
    /** {@code // ...} to the end of the line. */
    LINE,
    /** {@code /* ... *}{@code /}. */
    BLOCK,
    /** {@code /** ... *}{@code /}, whether or not it documents a declaration. */
    JAVADOC
  }

  /**
   * The comment's words without its delimiters and, in block comments and Javadoc, without the
   * leading {@code *} of each line; lines are joined with {@code \n}.
   */
  public String body() {
    switch (kind) {
      case LINE:
        return text.substring(2);
      case BLOCK:
      case JAVADOC:
      default:
        String inner = text.substring(kind == Kind.JAVADOC ? 3 : 2, Math.max(2, text.length() - 2));
        StringBuilder out = new StringBuilder(inner.length());
        int n = inner.length();
        int start = 0;
        boolean first = true;
        while (start <= n) {
          int end = start;
          while (end < n && inner.charAt(end) != '\n' && inner.charAt(end) != '\r') {
            end++;
          }
          int from = start;
          if (!first) {
            out.append('\n');
            int lead = start;
            while (lead < end && Character.isWhitespace(inner.charAt(lead))) {
              lead++;
            }
            if (lead < end && inner.charAt(lead) == '*') {
              from = lead + 1;
            }
          }
          out.append(inner, from, end);
          first = false;
          if (end >= n) {
            break;
          }
          start =
              end
                  + (inner.charAt(end) == '\r' && end + 1 < n && inner.charAt(end + 1) == '\n'
                      ? 2
                      : 1);
          if (start == n) {
            out.append('\n');
            break;
          }
        }
        return out.toString();
    }
  }
}
