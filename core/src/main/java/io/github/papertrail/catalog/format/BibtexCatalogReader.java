package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.ReferenceValue;
import org.jbibtex.StringUtil;
import org.jbibtex.StringValue;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads a BibTeX or biblatex file (as Google Scholar, DBLP, Zotero and Better BibTeX, or a
 * hand-kept {@code refs.bib} has it) into catalog entries with jbibtex. The key is the BibTeX key;
 * ids come from {@code eprint} (with {@code archivePrefix}), {@code doi} and {@code url}; the venue
 * from {@code booktitle}, {@code journal} or {@code journaltitle}; the year from {@code year} or
 * {@code date}; tags from {@code keywords}. A {@code crossref} gives an entry the fields it lacks
 * from its parent, wherever that is in the file.
 *
 * <p>jbibtex stops at the first error. The file is given to it some hundred entries at a time; only
 * a chunk it rejects is read again one {@code @…} block at a time, so that a malformed entry is
 * reported with its line and skipped while the others load.
 */
public final class BibtexCatalogReader {

  /** The key of an entry block, for messages about an entry jbibtex cannot read. */
  private static final Pattern ENTRY_KEY = Pattern.compile("[{(]\\s*([^,\\s}]*)");

  /**
   * What jbibtex reads in place of each entry's key, numbered so that no two are alike; the entry
   * keeps its key as written (jbibtex accepts fewer characters than BibTeX, and drops an entry
   * whose key it has seen).
   */
  private static final String KEY_STAND_IN = "papertrailKeyStandIn";

  /**
   * The name a braced or quoted value is given to jbibtex as, numbered: jbibtex's lexer makes one
   * token and one string of each character of a value, which was most of the time a large file
   * took; a name is one token. The values are cut out exactly as jbibtex's own lexer would.
   */
  private static final String VALUE_STAND_IN = "papertrailValue";

  /** How many blocks jbibtex reads at once: a chunk it rejects is read again block by block. */
  private static final int CHUNK = 256;

  private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  /**
   * One end of a biblatex date (ISO 8601, with EDTF's uncertain and approximate marks): 2021,
   * 2021-06, 2021-06-17, 2021-06-17T10:00:00.
   */
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T[\\d:.]+(?:Z|[+-][\\d:]+)?)?)?)?[?~%]?");

  /**
   * Fields an entry does not take from its crossref parent: biblatex's defaults (ids, crossref,
   * xref, entryset, …, sortkey), the titles (the parent's title is the child's booktitle), and what
   * belongs to the parent itself: its identifiers, links and abstract.
   */
  private static final Set<String> NOT_INHERITED =
      Set.of(
          "ids",
          "crossref",
          "xref",
          "entryset",
          "entrysubtype",
          "execute",
          "label",
          "options",
          "presort",
          "related",
          "relatedoptions",
          "relatedstring",
          "relatedtype",
          "shorthand",
          "shorthandintro",
          "sortkey",
          "title",
          "subtitle",
          "titleaddon",
          "shorttitle",
          "sorttitle",
          "indextitle",
          "indexsorttitle",
          "doi",
          "eprint",
          "eprinttype",
          "archiveprefix",
          "eprintclass",
          "primaryclass",
          "url",
          "pdf",
          "isbn",
          "issn",
          "abstract",
          "file",
          "urldate",
          "biburl",
          "bibsource",
          "timestamp");

  /**
   * Where a block starts: its offset in the file, its 1-based line, its type as written, the offset
   * of its opening delimiter; the offset and line of the next block (the file's length and -1 after
   * the last).
   */
  private record Block(int offset, int line, String type, int open, int next, int nextLine) {

    String lowerType() {
      return type.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A block jbibtex is given: its closing delimiter, and for an entry where its key is and what
   * jbibtex reads there (null when the block has no key jbibtex could be given); whether the key
   * has characters jbibtex does not accept in a key (braces, a backslash, quotes, accents…).
   */
  private record Readable(
      Block block, int end, int keyStart, int keyEnd, String standIn, boolean oddKey) {

    boolean isString() {
      return block.lowerType().equals("string");
    }
  }

  /**
   * An entry as read: its block, type (lower case), key as written, and fields (names in lower
   * case, values as jbibtex gives them).
   */
  private record Read(Block block, String type, String key, Map<String, String> fields) {}

  private record Problem(int line, String message) {}

  private final String name;
  private final String content;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Problems found while jbibtex reads a chunk: kept only if the chunk is read, else found again
   * block by block.
   */
  private List<Problem> pending;

  /**
   * The values cut out of the text jbibtex is reading, by the name that stands for each; null when
   * it reads the text as written.
   */
  private Map<String, String> values;

  /** Whether values may be cut out: not if the file itself has a word like their stand-in. */
  private final boolean cutValues;

  /** The line the text jbibtex is reading starts on. */
  private int textLine;

  /** Keys of entries that could not be read, and their lines: a crossref to one says so. */
  private final Map<String, Integer> unreadable = new HashMap<>();

  /**
   * Whether the file has a crossref: then every entry is kept as read until the file is read (a
   * parent may come after its child); else each becomes a catalog entry as soon as it is read.
   */
  private final boolean crossrefs;

  /** The entries read, in file order, when the file has crossrefs. */
  private final List<Read> read = new ArrayList<>();

  private final List<CatalogEntry> entries = new ArrayList<>();
  private final Map<String, Integer> lineOfKey = new HashMap<>();

  /**
   * One parser for the file: it keeps the @string definitions of the blocks read so far, which
   * later blocks may use.
   */
  private final BibTeXParser parser;

  private BibtexCatalogReader(String name, String content) {
    this.name = name;
    this.content = content;
    this.cutValues =
        !Pattern.compile(VALUE_STAND_IN, Pattern.LITERAL | Pattern.CASE_INSENSITIVE)
            .matcher(content)
            .find();
    this.crossrefs =
        Pattern.compile("crossref", Pattern.LITERAL | Pattern.CASE_INSENSITIVE)
            .matcher(content)
            .find();
    try {
      this.parser =
          new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
              if (string == null && (values == null || !values.containsKey(key.getValue()))) {
                // as BibTeX does, warn and go on; the word stands for itself ("neurips")
                problem(
                    textLine + token.beginLine - 1,
                    "@string{"
                        + key.getValue()
                        + "} is not defined (before this entry); its name is used as the text");
              }
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
              // crossrefs are resolved over the whole file once it is read (inherit)
            }
          };
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param name the file name, for sources and messages ("refs.bib:42: …")
   * @throws CatalogException when no entry at all can be read, with the problems found
   */
  public static CatalogLoad read(String name, String content) {
    BibtexCatalogReader reader = new BibtexCatalogReader(name, content);
    List<Block> blocks = blocks(content);
    List<Readable> chunk = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Readable readable = reader.readable(blocks.get(i));
      if (readable != null) {
        chunk.add(readable);
      }
      if (chunk.size() == CHUNK || i + 1 == blocks.size()) {
        reader.parse(chunk, blocks.subList(from, i + 1));
        chunk.clear();
        from = i + 1;
      }
    }
    List<CatalogEntry> entries = reader.entries();
    List<String> problems =
        reader.problems.stream()
            .sorted(Comparator.comparingInt(Problem::line))
            .map(p -> name + ":" + p.line() + ": " + p.message())
            .toList();
    if (entries.isEmpty()) {
      throw new CatalogException(
          name
              + ": no BibTeX entry could be read"
              + (problems.isEmpty()
                  ? "; expected entries such as @article{key, title = {…}, …}"
                  : ": " + String.join("; ", problems)));
    }
    return new CatalogLoad(entries, problems);
  }

  /**
   * Where each block starts, in file order: a line that begins with {@code @type{} or {@code
   * @type(} (spaces and tabs allowed before and after the type).
   */
  private static List<Block> blocks(String content) {
    List<int[]> starts = new ArrayList<>();
    int line = 1;
    int counted = 0;
    for (int at = content.indexOf('@'); at >= 0; at = content.indexOf('@', at + 1)) {
      int start = at;
      while (start > 0 && isBlank(content.charAt(start - 1))) {
        start--;
      }
      if (start > 0 && "\n\r\u0085\u2028\u2029".indexOf(content.charAt(start - 1)) < 0) {
        continue;
      }
      int type = at + 1;
      while (type < content.length() && isBlank(content.charAt(type))) {
        type++;
      }
      int typeEnd = type;
      while (typeEnd < content.length() && isAsciiLetter(content.charAt(typeEnd))) {
        typeEnd++;
      }
      int open = typeEnd;
      while (open < content.length() && isBlank(content.charAt(open))) {
        open++;
      }
      if (typeEnd == type
          || open == content.length()
          || (content.charAt(open) != '{' && content.charAt(open) != '(')) {
        continue;
      }
      line += count(content, counted, start, '\n');
      counted = start;
      starts.add(new int[] {start, line, type, typeEnd, open});
    }
    List<Block> blocks = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      int[] s = starts.get(i);
      int[] next = i + 1 < starts.size() ? starts.get(i + 1) : null;
      blocks.add(
          new Block(
              s[0],
              s[1],
              content.substring(s[2], s[3]),
              s[4],
              next == null ? content.length() : next[0],
              next == null ? -1 : next[1]));
    }
    return blocks;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The block as jbibtex is to read it, or null: @comment and @preamble are skipped, a block
   * without its closing delimiter is a problem.
   */
  private Readable readable(Block block) {
    String type = block.lowerType();
    if (type.equals("comment") || type.equals("preamble")) {
      return null;
    }
    if (type.equals("include")) {
      problem(
          block.line(),
          "@include is not read: a catalog is one file; put the entries in this file, or list the"
              + " other file as a catalog of its own");
      return null;
    }
    int end = closing(content, block.open(), block.next());
    if (end < 0) {
      problem(
          block.line(),
          what(block)
              + " has no closing "
              + (content.charAt(block.open()) == '{' ? "brace" : "parenthesis")
              + (block.nextLine() > 0
                  ? " before the next entry on line " + block.nextLine()
                  : " before the end of the file")
              + "; it is skipped");
      unreadable.putIfAbsent(keyOf(block, block.next()), block.line());
      return null;
    }
    if (type.equals("string")) {
      return new Readable(block, end, -1, -1, null, false);
    }
    // BibTeX's key is everything up to the first comma ("s{\\o}gaard2021we", as Google Scholar
    // writes it)
    int comma = content.indexOf(',', block.open() + 1);
    if (comma < 0 || comma > end) {
      return new Readable(block, end, -1, -1, null, false);
    }
    int keyStart = block.open() + 1;
    while (keyStart < comma && Character.isWhitespace(content.charAt(keyStart))) {
      keyStart++;
    }
    int keyEnd = comma;
    while (keyEnd > keyStart && Character.isWhitespace(content.charAt(keyEnd - 1))) {
      keyEnd--;
    }
    for (int i = keyStart; i < keyEnd; i++) {
      char c = content.charAt(i);
      if (c == '\n' || c == '=') {
        return new Readable(
            block, end, -1, -1, null, false); // no key: jbibtex says so in its own words
      }
    }
    if (keyStart == keyEnd) {
      return new Readable(block, end, -1, -1, null, false);
    }
    boolean odd = false;
    for (int i = keyStart; i < keyEnd && !odd; i++) {
      char c = content.charAt(i);
      odd = !(c < 0x80 && (Character.isLetterOrDigit(c) || "_-.:/+".indexOf(c) >= 0));
    }
    return new Readable(block, end, keyStart, keyEnd, KEY_STAND_IN + block.offset(), odd);
  }

  /**
   * jbibtex reads the readable blocks of a chunk of the file in one go; if it cannot, it reads them
   * one at a time, so that the bad ones are found and reported with their lines.
   */
  private void parse(List<Readable> chunk, List<Block> all) {
    if (chunk.isEmpty()) {
      return;
    }
    values = cutValues ? new HashMap<>() : null;
    StringBuilder text =
        new StringBuilder(all.get(all.size() - 1).next() - all.get(0).offset() + 64);
    int r = 0;
    for (Block block : all) {
      if (r < chunk.size() && chunk.get(r).block() == block) {
        append(text, chunk.get(r++), true);
      } else {
        newlines(text, block.offset(), block.next());
      }
    }
    pending = new ArrayList<>();
    textLine = all.get(0).line();
    BibTeXDatabase database = null;
    try {
      database = parser.parse(new StringReader(text.toString()));
    } catch (ParseException | TokenMgrException | IllegalArgumentException e) {
      // one of them is malformed: found below, block by block
    }
    List<Problem> found = pending;
    pending = null;
    if (database != null && database.getObjects().size() == chunk.size()) {
      problems.addAll(found);
      List<BibTeXObject> objects = database.getObjects();
      for (int i = 0; i < chunk.size(); i++) {
        accept(chunk.get(i), objects.get(i));
      }
      values = null;
      return;
    }
    values = null;
    for (Readable readable : chunk) {
      parseAlone(readable);
    }
  }

  /** One block alone: an entry or @string, or a problem with its line. */
  private void parseAlone(Readable readable) {
    Block block = readable.block();
    int line = block.line();
    StringBuilder text = new StringBuilder();
    append(text, readable, false);
    textLine = line;
    String what = what(block);
    BibTeXDatabase database;
    try {
      database = parser.parse(new StringReader(text.toString()));
    } catch (ParseException e) {
      Token found = e.currentToken == null ? null : e.currentToken.next;
      if (found == null || found.kind == 0) {
        problem(line, what + " ends before it is complete; it is skipped");
      } else {
        String expected = expected(e);
        problem(
            line + found.beginLine - 1,
            what
                + " (line "
                + line
                + "): found \""
                + found.image
                + "\" at column "
                + found.beginColumn
                + (expected.isEmpty() ? "" : " where " + expected + " was expected")
                + "; the entry is skipped");
      }
      unreadable(readable);
      return;
    } catch (TokenMgrException | IllegalArgumentException e) {
      // a lexical error ("line 3, column 9"), or anything else jbibtex rejects: one entry lost, not
      // the file
      Matcher at = LINE_COLUMN.matcher(String.valueOf(e.getMessage()));
      int errorLine = at.find() ? line + Integer.parseInt(at.group(1)) - 1 : line;
      problem(
          errorLine,
          what
              + " (line "
              + line
              + "): "
              + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip()
              + "; the entry is skipped");
      unreadable(readable);
      return;
    }
    for (BibTeXObject object : database.getObjects()) {
      accept(readable, object);
    }
  }

  /** What jbibtex read from a block: a macro for the blocks after it, or an entry. */
  private void accept(Readable readable, BibTeXObject object) {
    if (object instanceof BibTeXString string) {
      // for the blocks after it, its text: the names that stood for values are gone with the chunk
      parser.addMacro(
          new BibTeXString(
              string.getKey(), new StringValue(text(string.getValue()), StringValue.Style.BRACED)));
    } else if (object instanceof BibTeXEntry bib) {
      Map<String, String> fields = new HashMap<>();
      for (Map.Entry<Key, Value> field : bib.getFields().entrySet()) {
        String text = text(field.getValue());
        if (text != null && !text.isBlank()) {
          fields.put(field.getKey().getValue().toLowerCase(Locale.ROOT), text);
        }
      }
      String key =
          readable.standIn() == null
              ? null
              : content.substring(readable.keyStart(), readable.keyEnd());
      Read entry =
          new Read(
              readable.block(), bib.getType().getValue().toLowerCase(Locale.ROOT), key, fields);
      if (crossrefs) {
        read.add(entry);
      } else {
        add(entry, fields, false);
      }
    }
  }

  /** A value's text, as jbibtex's toUserString gives it, with the values cut out put back. */
  private String text(Value value) {
    if (values == null) {
      return value.toUserString();
    } else if (value instanceof ReferenceValue reference) {
      if (reference.getString() != null) {
        return text(reference.getString().getValue());
      }
      String cut = values.get(reference.getValue().getString());
      return cut != null ? cut : reference.toUserString();
    } else if (value instanceof ConcateValue concatenation) {
      return text(concatenation.getLeft()) + text(concatenation.getRight());
    } else if (value instanceof CrossReferenceValue crossref) {
      return text(crossref.getValue());
    }
    return value.toUserString();
  }

  private void unreadable(Readable readable) {
    if (readable.standIn() != null) {
      unreadable.putIfAbsent(
          content.substring(readable.keyStart(), readable.keyEnd()), readable.block().line());
    }
  }

  /**
   * The block as jbibtex reads it: {@code @type( … )} as {@code @type{ … }} (jbibtex reads only
   * braces), the key as its stand-in, same lines; then the lines up to the next block, empty (text
   * between entries is a comment to BibTeX, and an error to jbibtex). In a chunk, every key as a
   * stand-in of its own (jbibtex keeps only the first entry of a key) and each braced or quoted
   * value as a name that stands for it (see {@link #VALUE_STAND_IN}); alone, only a key jbibtex
   * cannot read, so that its messages have the columns of the file.
   */
  private void append(StringBuilder text, Readable readable, boolean chunk) {
    Block block = readable.block();
    text.append(content, block.offset(), block.open()).append('{');
    int from = block.open() + 1;
    boolean cut = chunk && cutValues;
    if (readable.standIn() != null && (chunk || readable.oddKey())) {
      text.append(content, from, readable.keyStart()).append(readable.standIn());
      from = readable.keyEnd();
    }
    if (!cut || !appendCut(text, from, readable.end())) {
      text.append(content, from, readable.end());
    }
    text.append('}');
    newlines(text, readable.end() + 1, block.next());
  }

  /**
   * Appends the text from {@code from} to {@code to} with each value in braces or quotes (after
   * {@code =} or {@code #}) as a name standing for it, and its lines; false, with nothing appended,
   * when the text has a brace or quote elsewhere or a value that does not end: jbibtex then reads
   * it as written and says what is wrong. A value ends where jbibtex's lexer ends it: at the brace
   * that closes it (a brace after a backslash is not counted) or at a quote outside braces.
   */
  private boolean appendCut(StringBuilder text, int from, int to) {
    int mark = text.length();
    int copied = from;
    char last = 0;
    int i = from;
    while (i < to) {
      char c = content.charAt(i);
      if (c == '%') { // a comment, to the end of the line
        while (i < to && content.charAt(i) != '\n' && content.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '{' || c == '"') {
        int end = last == '=' || last == '#' ? valueEnd(i, to) : -1;
        if (end < 0) {
          text.setLength(mark);
          return false;
        }
        String name = VALUE_STAND_IN + values.size();
        values.put(name, StringUtil.removeIndent(content.substring(i + 1, end)));
        text.append(content, copied, i).append(name);
        newlines(text, i + 1, end);
        i = end + 1;
        copied = i;
        last = 'v';
      } else {
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
          last = c;
        }
        i++;
      }
    }
    text.append(content, copied, to);
    return true;
  }

  /** The offset of the brace or quote that ends the value opened at {@code open}, or -1. */
  private int valueEnd(int open, int to) {
    char delimiter = content.charAt(open) == '{' ? '}' : '"';
    int braces = delimiter == '}' ? 1 : 0;
    for (int i = open + 1; i < to; i++) {
      char c = content.charAt(i);
      if (i == open + 1 || content.charAt(i - 1) != '\\') {
        if (c == '{') {
          braces++;
        } else if (c == '}') {
          braces--;
        }
      }
      if (c == delimiter && braces == 0) {
        return i;
      }
    }
    return -1;
  }

  private void newlines(StringBuilder text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (content.charAt(i) == '\n') {
        text.append('\n');
      }
    }
  }

  /** "@type{key", for messages about a block ("@string" for a macro). */
  private String what(Block block) {
    Matcher key = ENTRY_KEY.matcher(content).region(block.open(), block.next());
    return "@"
        + block.type()
        + (key.lookingAt() && !block.lowerType().equals("string") ? "{" + key.group(1) : "");
  }

  /** The key of a block jbibtex could not read, as far as it can be told: up to the first comma. */
  private String keyOf(Block block, int end) {
    Matcher key = ENTRY_KEY.matcher(content).region(block.open(), end);
    return key.lookingAt() ? key.group(1) : "";
  }

  /**
   * The entries read, in file order: a key already used is a problem; a crossref is resolved over
   * the whole file (its parent may come after it).
   */
  private List<CatalogEntry> entries() {
    Map<String, Read> byKey = new HashMap<>();
    Map<String, Read> byLowerKey = new HashMap<>();
    Set<String> parents = new HashSet<>();
    for (Read entry : read) {
      if (entry.key() != null) {
        byKey.putIfAbsent(entry.key(), entry);
        byLowerKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
      }
      String crossref = entry.fields().get("crossref");
      if (crossref != null) {
        parents.add(crossref.strip().toLowerCase(Locale.ROOT));
      }
    }
    for (Read entry : read) {
      Map<String, String> fields =
          entry.fields().containsKey("crossref")
              ? inherit(entry, byKey, byLowerKey, new LinkedHashSet<>())
              : entry.fields();
      add(
          entry,
          fields,
          entry.key() != null && parents.contains(entry.key().toLowerCase(Locale.ROOT)));
    }
    return entries;
  }

  /** The entry as a catalog entry, unless it cannot be one or its key is taken (a problem). */
  private void add(Read entry, Map<String, String> fields, boolean parent) {
    CatalogEntry built = entry(entry, fields, parent);
    if (built == null) {
      return;
    }
    int line = entry.block().line();
    Integer first = lineOfKey.putIfAbsent(built.key(), line);
    if (first != null) {
      problem(
          line,
          "the key '"
              + built.key()
              + "' is already used by the entry on line "
              + first
              + "; this entry is skipped");
    } else {
      entries.add(built);
    }
  }

  /**
   * The entry's fields with those it lacks taken from its crossref parent (and the parent's
   * parent), as biblatex does by default: the parent's {@code title} is the child's {@code
   * booktitle} ({@code journaltitle} from a {@code @periodical}, {@code maintitle} from an
   * {@code @mv…} entry); every other field but {@link #NOT_INHERITED} as it is. The entry's own
   * fields win.
   */
  private Map<String, String> inherit(
      Read entry, Map<String, Read> byKey, Map<String, Read> byLowerKey, Set<Read> path) {
    String crossref = entry.fields().get("crossref");
    if (crossref == null) {
      return entry.fields();
    }
    String parentKey = crossref.strip();
    Read parent = byKey.get(parentKey);
    if (parent == null) {
      parent = byLowerKey.get(parentKey.toLowerCase(Locale.ROOT));
    }
    String what = "@" + entry.block().type() + "{" + entry.key();
    if (parent == null) {
      Integer line = unreadable.get(parentKey);
      problem(
          entry.block().line(),
          what
              + ": crossref '"
              + parentKey
              + "' "
              + (line != null
                  ? "is the entry on line " + line + ", which could not be read"
                  : "is not in this file")
              + "; its own fields are used");
      return entry.fields();
    }
    path.add(entry);
    if (path.contains(parent)) {
      problem(
          entry.block().line(),
          what
              + ": crossref '"
              + parentKey
              + "' leads back to this entry; its own fields are used");
      return entry.fields();
    }
    Map<String, String> from = inherit(parent, byKey, byLowerKey, path);
    Map<String, String> fields = new HashMap<>(entry.fields());
    String titleAs =
        parent.type().equals("periodical")
            ? "journaltitle"
            : parent.type().startsWith("mv") ? "maintitle" : "booktitle";
    for (Map.Entry<String, String> field : from.entrySet()) {
      if (!NOT_INHERITED.contains(field.getKey())) {
        fields.putIfAbsent(field.getKey(), field.getValue());
      }
    }
    if (from.containsKey("title")) {
      fields.putIfAbsent(titleAs, from.get("title"));
    }
    return fields;
  }

  /**
   * The catalog entry of an entry read, or null (and a problem) when it has no key or title; a
   * crossref parent without a title has served its purpose and is left out without one.
   */
  private CatalogEntry entry(Read read, Map<String, String> fields, boolean parent) {
    int line = read.block().line();
    String key = read.key() == null ? "" : read.key();
    String title = fields.get("title") == null ? null : LatexText.decode(fields.get("title"));
    if (key.isEmpty() || title == null || title.isEmpty()) {
      if (!key.isEmpty() && parent) {
        return null;
      }
      problem(
          line,
          "@"
              + read.block().type()
              + "{"
              + key
              + " has no "
              + (key.isEmpty() ? "key" : "title")
              + "; it is skipped");
      return null;
    }
    List<String> authors = new ArrayList<>();
    boolean more = false;
    if (fields.get("author") != null) {
      for (String author : LatexText.names(fields.get("author"))) {
        if (author.equalsIgnoreCase("others")) {
          more = true;
        } else {
          authors.add(author);
        }
      }
    }
    String venue = fields.get("booktitle");
    venue = venue != null ? venue : fields.get("journal");
    venue = venue != null ? venue : fields.get("journaltitle");
    Integer year = null;
    if (fields.get("year") != null) {
      Matcher y = YEAR.matcher(fields.get("year"));
      year = y.find() ? Integer.valueOf(y.group()) : null;
    }
    String date = fields.get("date") == null ? null : date(fields.get("date"), line);
    if (year == null && date != null) {
      year = Integer.valueOf(date.substring(0, 4));
    }
    List<String> otherIds = new ArrayList<>();
    Ids ids = ids(read.fields(), line, otherIds);
    return new CatalogEntry(
        key,
        title,
        null,
        ids,
        otherIds,
        authors,
        more ? Boolean.TRUE : null,
        null,
        year,
        date,
        venue == null ? null : LatexText.decode(venue),
        null,
        Kind.PAPER,
        tags(fields.get("keywords")),
        fields.get("abstract") == null ? null : LatexText.decode(fields.get("abstract")),
        List.of(new Source(name, line, null, null, null)),
        null);
  }

  /**
   * A biblatex date as precise as it is written (2021, 2021-06, 2021-06-17), the start of a range
   * (2020/2021, 2021-06-01/2021-06-04, ../2021), or null and a problem.
   */
  private String date(String value, int line) {
    String text = value.strip();
    int slash = text.indexOf('/');
    String start = slash < 0 ? text : text.substring(0, slash).strip();
    if ((start.isEmpty() || start.equals("..")) && slash >= 0) {
      start = text.substring(slash + 1).strip(); // an open start: the end is all there is
    }
    Matcher m = DATE.matcher(start);
    if (m.matches()) {
      try {
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
          return m.group(1);
        }
        int month = Integer.parseInt(m.group(2));
        if (month > 12 && m.group(3) == null) {
          return m.group(1); // a season (2021-21 is spring): the year
        }
        LocalDate.of(year, month, m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        return m.group(3) == null ? m.group(1) + "-" + m.group(2) : start.substring(0, 10);
      } catch (DateTimeException e) {
        // not a day of the calendar: reported below
      }
    }
    problem(
        line,
        "date '"
            + value.strip()
            + "' is not a date as biblatex writes it (2021-06-17, 2021-06, 2021, or a range such"
            + " as 2020/2021); it is left out");
    return null;
  }

  /**
   * Keywords as tags: biblatex and Zotero separate them with commas ("Computer Science - Machine
   * Learning, Statistics - Machine Learning"), some exports with semicolons.
   */
  private static List<String> tags(String keywords) {
    if (keywords == null) {
      return null;
    }
    Set<String> tags = new LinkedHashSet<>();
    for (String keyword : keywords.split("[,;]")) {
      String tag = LatexText.decode(keyword);
      if (!tag.isEmpty()) {
        tags.add(tag);
      }
    }
    return List.copyOf(tags);
  }

  /**
   * eprint (with archivePrefix arXiv, or a bare arXiv id), doi, url, then an arXiv id in the
   * journal: first per scheme wins.
   */
  private Ids ids(Map<String, String> fields, int line, List<String> otherIds) {
    IdCollector found = new IdCollector(problem -> problem(line, problem));
    String eprint = fields.get("eprint");
    if (eprint != null) {
      String archive =
          fields.get("archiveprefix") != null
              ? fields.get("archiveprefix")
              : fields.get("eprinttype");
      boolean arxiv = archive != null && archive.strip().equalsIgnoreCase("arxiv");
      Identifier id = found.parse(eprint, "eprint", arxiv);
      if (id != null && id.scheme() == Scheme.ARXIV) {
        found.add(id);
      } else if (arxiv) {
        problem(
            line,
            "eprint '"
                + eprint.strip()
                + "' with archivePrefix arXiv is not an arXiv id; it is left out");
      }
    }
    for (String field : new String[] {"doi", "url", "pdf"}) {
      found.add(fields.get(field), field, true);
    }
    // Exporters also write the id into the venue or a note: Google Scholar's "arXiv preprint
    // arXiv:…", DBLP's CoRR volume "abs/…", Zotero's note "arXiv:… [cs]", a url command in
    // howpublished
    for (String field :
        new String[] {"journal", "journaltitle", "volume", "booktitle", "note", "howpublished"}) {
      found.inText(fields.get(field), field);
    }
    return found.ids(otherIds);
  }

  /**
   * The offset of the delimiter that closes the one at {@code open}, or -1: braces and parentheses
   * counted as BibTeX does.
   */
  private static int closing(String content, int open, int limit) {
    char opening = content.charAt(open);
    int braces = 0;
    int parens = 0;
    for (int i = open; i < limit; i++) {
      char c = content.charAt(i);
      if (c == '{') {
        braces++;
      } else if (c == '}') {
        braces--;
      } else if (c == '(' && braces == 0) {
        parens++;
      } else if (c == ')' && braces == 0) {
        parens--;
      }
      if (opening == '{' ? braces == 0 : parens == 0 && braces == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String expected(ParseException e) {
    if (e.expectedTokenSequences == null || e.tokenImage == null) {
      return "";
    }
    List<String> tokens = new ArrayList<>();
    for (int[] sequence : e.expectedTokenSequences) {
      String token = sequence.length == 0 ? null : e.tokenImage[sequence[0]];
      if (token != null && !tokens.contains(token)) {
        tokens.add(token);
      }
    }
    return String.join(" or ", tokens);
  }

  private static int count(String text, int from, int to, char c) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private void problem(int line, String message) {
    (pending != null ? pending : problems).add(new Problem(line, message));
  }
}
