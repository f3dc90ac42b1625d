package io.github.papertrail.catalog.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BibTeX's structure, read by hand by BibTeX's own rules, for {@link BibtexCatalogReader}.
 *
 * <p>An entry is {@code @type{key, field = value # value, …}} or {@code @type(…)}; its key is
 * everything before the first comma. A value is {@code {…}} with balanced braces (a backslash does
 * not keep a brace from counting), {@code "…"} (braces inside balanced too), a number, or the name
 * of a month or of a {@code @string} defined before it (an undefined one is a warning and stands
 * for itself). Field names are read in any case; a field given twice is a warning, and the first
 * value is used, as BibTeX does. {@code @comment} and {@code @preamble} are skipped, and so is any text outside the
 * entries and a {@code %} comment between the parts of an entry. An entry starts on a line of its
 * own: a malformed one is reported with its line and column and skipped, and reading goes on at the
 * next line that starts with {@code @type{} or {@code @type(}.
 */
final class BibtexSyntax {

  /** The key of an entry block, for messages about an entry that cannot be read. */
  private static final Pattern ENTRY_KEY = Pattern.compile("[{(]\\s*([^,\\s}]*)");

  /** What a value may be, for messages. */
  private static final String VALUE = "a value ({…}, \"…\", a number or a @string name)";

  /** BibTeX's month macros, which any file may use (and redefine). */
  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "January"),
          Map.entry("feb", "February"),
          Map.entry("mar", "March"),
          Map.entry("apr", "April"),
          Map.entry("may", "May"),
          Map.entry("jun", "June"),
          Map.entry("jul", "July"),
          Map.entry("aug", "August"),
          Map.entry("sep", "September"),
          Map.entry("oct", "October"),
          Map.entry("nov", "November"),
          Map.entry("dec", "December"));

  /**
   * An entry: its line, type as written, key as written (null if it has none), and fields (names in
   * lower case, values with BibTeX's braces and quotes taken off and the @string names replaced;
   * none blank).
   */
  record Entry(int line, String type, String key, Map<String, String> fields) {

    String lowerType() {
      return type.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A block: the offset of its {@code @} and its line, its type as written, the offset of its
   * opening delimiter, and where the next block starts (the end of the file after the last).
   */
  private record Block(int offset, int line, String type, int open, int next) {

    String lowerType() {
      return type.toLowerCase(Locale.ROOT);
    }
  }

  private record Problem(int line, String message) {}

  /**
   * A block that is not BibTeX: where in the file, and what was expected there; at the block's end,
   * a block that does not close before the next one.
   */
  private static final class Unexpected extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String expected;

    Unexpected(int offset, String expected) {
      super(expected, null, false, false);
      this.offset = offset;
      this.expected = expected;
    }
  }

  private final String content;

  /** Takes each entry read; false to stop reading. */
  private final Predicate<Entry> entries;

  private final BiConsumer<Integer, String> problems;

  /** Keys of entries that could not be read, and their lines: a crossref to one says so. */
  private final Map<String, Integer> unreadable;

  /** The problems of the block being read, given once it is read (not those of a block skipped). */
  private final List<Problem> pending = new ArrayList<>();

  /** The @string macros defined so far (and the months), by name in lower case. */
  private final Map<String, String> macros = new HashMap<>(MONTHS);

  /** Field names as written and in lower case, by a hash of the name as written. */
  private final String[] names = new String[128];

  private final String[] lowerNames = new String[names.length];

  /**
   * The block being read, the offset of its next character, and where it has to close by: the start
   * of the next block.
   */
  private Block block;

  private int at;
  private int end;

  private boolean reading = true;

  private BibtexSyntax(
      String content,
      Predicate<Entry> entries,
      BiConsumer<Integer, String> problems,
      Map<String, Integer> unreadable) {
    this.content = content;
    this.entries = entries;
    this.problems = problems;
    this.unreadable = unreadable;
  }

  /**
   * Reads the file: gives {@code entries} each entry until it returns false, {@code problems} each
   * problem with its line, and {@code unreadable} the key and line of each entry that could not be
   * read.
   */
  static void read(
      String content,
      Predicate<Entry> entries,
      BiConsumer<Integer, String> problems,
      Map<String, Integer> unreadable) {
    new BibtexSyntax(content, entries, problems, unreadable).readBlocks();
  }

  /**
   * Reads the blocks in file order. A block starts on a line that begins with {@code @type{} or
   * {@code @type(} (spaces and tabs allowed before and after the type); a block that cannot be read
   * is a problem, and reading goes on at the next.
   */
  private void readBlocks() {
    int line = 1;
    int counted = 0;
    for (int start = nextBlock(0); start >= 0 && reading; ) {
      line += count(counted, start, '\n');
      counted = start;
      int open = opening(start);
      int next = nextBlock(open + 1);
      String type = content.substring(start + 1, open).strip();
      int after = read(new Block(start, line, type, open, next < 0 ? content.length() : next));
      start = after > open ? nextBlock(after) : next;
    }
  }

  /** The offset of the {@code @} of the first block that starts at {@code from} or later, or -1. */
  private int nextBlock(int from) {
    for (int at = content.indexOf('@', from); at >= 0; at = content.indexOf('@', at + 1)) {
      int lineStart = at;
      while (lineStart > 0 && isBlank(content.charAt(lineStart - 1))) {
        lineStart--;
      }
      if ((lineStart == 0 || "\n\r\u0085\u2028\u2029".indexOf(content.charAt(lineStart - 1)) >= 0)
          && opening(at) > 0) {
        return at;
      }
    }
    return -1;
  }

  /** The offset of the brace or parenthesis that opens a block at {@code at}, or -1. */
  private int opening(int at) {
    int type = at + 1;
    while (type < content.length() && isBlank(content.charAt(type))) {
      type++;
    }
    int open = type;
    while (open < content.length()
        && ((content.charAt(open) | 0x20) >= 'a' && (content.charAt(open) | 0x20) <= 'z')) {
      open++;
    }
    boolean letters = open > type;
    while (open < content.length() && isBlank(content.charAt(open))) {
      open++;
    }
    return letters && open < content.length() && "{(".indexOf(content.charAt(open)) >= 0
        ? open
        : -1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Reads a block: an entry, a @string for the blocks after it, or a problem with its line. Returns
   * where the next block may start after a @comment or @preamble (which may hold lines that look
   * like entries), else 0.
   */
  private int read(Block block) {
    this.block = block;
    String type = block.lowerType();
    if (type.equals("comment") || type.equals("preamble")) {
      if (content.charAt(block.open()) == '(') {
        return 0; // to the next block
      }
      // to its closing brace, past any line in it that looks like an entry
      at = block.open();
      end = content.length();
      try {
        part();
        return at;
      } catch (Unexpected e) {
        problems.accept(
            block.line(),
            "@"
                + block.type()
                + " has no closing "
                + delimiter()
                + " before the end of the file; the entries after it are read");
        return 0;
      }
    }
    if (type.equals("include")) {
      problems.accept(
          block.line(),
          "@include is not read: a catalog is one file; put the entries in this file, or list the"
              + " other file as a catalog of its own");
      return 0;
    }
    end = block.next();
    boolean string = type.equals("string");
    String key = string ? null : key();
    try {
      if (string) {
        readString();
      } else {
        readEntry(key);
      }
    } catch (Unexpected e) {
      pending.clear(); // the warnings of what is skipped
      if (e.offset == end) {
        problem(
            block.line(),
            what()
                + " has no closing "
                + delimiter()
                + (end < content.length()
                    ? " before the next entry on line " + lineOf(end)
                    : " before the end of the file")
                + "; it is skipped");
      } else {
        problem(
            lineOf(e.offset),
            what()
                + " (line "
                + block.line()
                + "): found \""
                + found(e.offset)
                + "\" at column "
                + column(e.offset)
                + " where "
                + e.expected
                + " was expected; "
                + (string ? "it is" : "the entry is")
                + " skipped");
      }
      if (!string) {
        unreadable.putIfAbsent(key != null ? key : keyOf(), block.line());
      }
    }
    flush();
    return 0;
  }

  /**
   * The entry's key: everything up to the first comma, as BibTeX has it ("s{\\o}gaard2021we", as
   * Google Scholar writes it); null when there is none, or it runs over a line, into a field or
   * past the end of the entry.
   */
  private String key() {
    int depth = 0;
    int comma = block.open() + 1;
    for (; comma < end && content.charAt(comma) != ','; comma++) {
      char c = content.charAt(comma);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (c == '\n' || c == '=' || depth < 0 || (c == ')' && depth == 0 && closeChar() == ')')) {
        return null;
      }
    }
    String key = comma == end ? "" : content.substring(block.open() + 1, comma).strip();
    return key.isEmpty() ? null : key;
  }

  /** {@code @type{key, name = value, …}}: an entry, or a problem (then without a key). */
  private void readEntry(String key) throws Unexpected {
    at = block.open() + 1;
    if (key != null) {
      at = content.indexOf(',', at) + 1;
    } else {
      blank();
      if (at < end && content.charAt(at) == ',') {
        at++;
      }
    }
    char close = closeChar();
    Map<String, String> fields = new HashMap<>();
    boolean blanks = false;
    while (true) {
      blank();
      if (at < end && content.charAt(at) == close) {
        break;
      }
      int fieldAt = at;
      String field = fieldName("a field name or \"" + close + "\"");
      blank();
      expect('=');
      String value = value();
      if (fields.putIfAbsent(field, value) != null) {
        // as BibTeX does ("I'm ignoring …'s extra field"): the first value stands
        problem(
            lineOf(fieldAt),
            what()
                + ": the field '"
                + field
                + "' is given again; the first value is used, this one is not (remove one)");
      }
      blanks |= value.isBlank();
      if (at < end && content.charAt(at) == close) {
        break;
      } else if (at == end || content.charAt(at) != ',') {
        throw new Unexpected(at, "\",\" or \"#\" or \"" + close + "\"");
      }
      at++;
    }
    if (blanks) {
      fields.values().removeIf(String::isBlank);
    }
    flush();
    reading = entries.test(new Entry(block.line(), block.type(), key, fields));
  }

  /** {@code @string{name = value}}: a macro for the blocks after it. */
  private void readString() throws Unexpected {
    at = block.open() + 1;
    blank();
    String macro = name("a @string name");
    blank();
    expect('=');
    String value = value();
    if (at == end || content.charAt(at) != closeChar()) {
      throw new Unexpected(at, "\"#\" or \"" + closeChar() + "\"");
    }
    macros.put(macro.toLowerCase(Locale.ROOT), value);
  }

  /** A value: parts joined with {@code #}; the blanks after it are skipped. */
  private String value() throws Unexpected {
    blank();
    String value = part();
    blank();
    if (at == end || content.charAt(at) != '#') {
      return value;
    }
    StringBuilder joined = new StringBuilder(value);
    while (at < end && content.charAt(at) == '#') {
      at++;
      blank();
      joined.append(part());
      blank();
    }
    return joined.toString();
  }

  /**
   * {@code {…}}, {@code "…"} (a quote inside braces does not end it), a number, or a macro's name.
   * A backslash does not keep a brace from counting, as in BibTeX.
   */
  private String part() throws Unexpected {
    char first = at < end ? content.charAt(at) : 0;
    if (first == '{' || first == '"') {
      int depth = first == '{' ? 1 : 0;
      boolean newline = false;
      for (int i = at + 1; i < end; i++) {
        char c = content.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        } else if (c == '\n') {
          newline = true;
        }
        if (depth < 0) {
          throw new Unexpected(i, "\"\\\"\"");
        } else if (depth == 0 && (first == '{' || c == '"')) {
          String value = newline ? unindent(at + 1, i) : content.substring(at + 1, i);
          at = i + 1;
          return value;
        }
      }
      throw new Unexpected(end, null);
    }
    int wordAt = at;
    String word = name(VALUE);
    boolean number = true;
    for (int i = 0; i < word.length() && number; i++) {
      number = word.charAt(i) >= '0' && word.charAt(i) <= '9';
    }
    if (number) {
      return word;
    }
    String value = macros.get(word.toLowerCase(Locale.ROOT));
    if (value == null) {
      // as BibTeX does, warn and go on; the word stands for itself ("neurips")
      problem(
          lineOf(wordAt),
          "@string{" + word + "} is not defined (before this entry); its name is used as the text");
      return word;
    }
    return value;
  }

  /**
   * The text from {@code from} to {@code to} without the spaces and tabs that begin its lines (as
   * jbibtex gave values).
   */
  private String unindent(int from, int to) {
    StringBuilder value = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      value.append(content.charAt(i));
      if (content.charAt(i) == '\n') {
        while (i + 1 < to && isBlank(content.charAt(i + 1))) {
          i++;
        }
      }
    }
    return value.toString();
  }

  /** A field or macro name, a number, or a problem that says {@code expected}. */
  private String name(String expected) throws Unexpected {
    int from = at;
    while (at < end && isNameChar(content.charAt(at))) {
      at++;
    }
    if (at == from) {
      throw new Unexpected(at, expected);
    }
    return content.substring(from, at);
  }

  /** A field name, in lower case: the same few names come again and again, and are made once. */
  private String fieldName(String expected) throws Unexpected {
    int from = at;
    int hash = 0;
    while (at < end && isNameChar(content.charAt(at))) {
      hash = 31 * hash + content.charAt(at++);
    }
    int slot = (hash ^ (hash >>> 7)) & (names.length - 1);
    String known = names[slot];
    if (known == null
        || known.length() != at - from
        || !content.regionMatches(from, known, 0, known.length())) {
      at = from;
      names[slot] = name(expected);
      lowerNames[slot] = names[slot].toLowerCase(Locale.ROOT);
    }
    return lowerNames[slot];
  }

  /** What BibTeX reads as part of a name: anything but spaces and {@code "#%'(),={}}. */
  private static boolean isNameChar(char c) {
    return c > ' ' ? "\"#%'(),={}".indexOf(c) < 0 : false;
  }

  private void expect(char c) throws Unexpected {
    if (at == end || content.charAt(at) != c) {
      throw new Unexpected(at, "\"" + c + "\"");
    }
    at++;
  }

  /** Skips spaces, line ends and {@code %} comments (to the end of the line). */
  private void blank() {
    while (at < end) {
      char c = content.charAt(at);
      if (c == '%') {
        while (at < end && content.charAt(at) != '\n' && content.charAt(at) != '\r') {
          at++;
        }
      } else if (c <= ' ' && Character.isWhitespace(c)) {
        at++;
      } else {
        return;
      }
    }
  }

  /** The delimiter that closes the block being read. */
  private char closeChar() {
    return content.charAt(block.open()) == '{' ? '}' : ')';
  }

  private String delimiter() {
    return content.charAt(block.open()) == '{' ? "brace" : "parenthesis";
  }

  /** What was found at {@code offset}, for a message: a name, or one character. */
  private String found(int offset) {
    int to = offset;
    while (to < end && isNameChar(content.charAt(to))) {
      to++;
    }
    return to > offset ? content.substring(offset, to) : String.valueOf(content.charAt(offset));
  }

  /** The line of an offset in the block being read (or of the next block's start). */
  private int lineOf(int offset) {
    return block.line() + count(block.offset(), offset, '\n');
  }

  private int column(int offset) {
    int lineStart = offset;
    while (lineStart > 0 && content.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    return offset - lineStart + 1;
  }

  /** "@type{key", for messages about the block being read ("@string" for a macro). */
  private String what() {
    return "@" + block.type() + (block.lowerType().equals("string") ? "" : "{" + keyOf());
  }

  /** The key of the block being read, as far as it can be told. */
  private String keyOf() {
    Matcher key = ENTRY_KEY.matcher(content).region(block.open(), block.next());
    return key.lookingAt() ? key.group(1) : "";
  }

  private int count(int from, int to, char c) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (content.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private void problem(int line, String message) {
    pending.add(new Problem(line, message));
  }

  private void flush() {
    pending.forEach(p -> problems.accept(p.line(), p.message()));
    pending.clear();
  }
}
