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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads a BibTeX file (as Google Scholar, DBLP, Zotero or a hand-kept {@code refs.bib} has it) into
 * catalog entries with jbibtex. The key is the BibTeX key; ids come from {@code eprint} (with
 * {@code archivePrefix}), {@code doi} and {@code url}; the venue from {@code booktitle} or {@code
 * journal}. jbibtex stops at the first error, so the file is read one {@code @…} block at a time: a
 * malformed entry is reported with its line and skipped while the others load.
 */
public final class BibtexCatalogReader {

  /** Where a block starts: a line beginning with {@code @type{} or {@code @type(}. */
  private static final Pattern BLOCK =
      Pattern.compile("^[ \\t]*@[ \\t]*([A-Za-z]+)[ \\t]*([{(])", Pattern.MULTILINE);

  /** The key of an entry block, for messages about an entry jbibtex cannot read. */
  private static final Pattern ENTRY_KEY = Pattern.compile("[{(]\\s*([^,\\s}]*)");

  /** What jbibtex reads in place of a key it cannot read; the entry keeps the key as written. */
  private static final String KEY_STAND_IN = "papertrailKeyStandIn";

  private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  /**
   * Where a block starts: its offset in the file, its 1-based line, the offset of its opening
   * delimiter.
   */
  private record Start(int offset, int line, int open) {}

  private final String name;
  private final List<String> problems = new ArrayList<>();

  /**
   * @string definitions of the blocks read so far; later blocks may use them.
   */
  private final List<BibTeXString> macros = new ArrayList<>();

  private BibtexCatalogReader(String name) {
    this.name = name;
  }

  /**
   * @param name the file name, for sources and messages ("refs.bib:42: …")
   * @throws CatalogException when no entry at all can be read, with the problems found
   */
  public static CatalogLoad read(String name, String content) {
    BibtexCatalogReader reader = new BibtexCatalogReader(name);
    Map<String, CatalogEntry> byKey = new LinkedHashMap<>();
    Map<String, Integer> lineOfKey = new HashMap<>();
    List<Start> starts = new ArrayList<>();
    Matcher m = BLOCK.matcher(content);
    int line = 1;
    int counted = 0;
    while (m.find()) {
      line += count(content, counted, m.start(), '\n');
      counted = m.start();
      starts.add(new Start(m.start(), line, m.start(2)));
    }
    for (int i = 0; i < starts.size(); i++) {
      Start start = starts.get(i);
      Start next = i + 1 < starts.size() ? starts.get(i + 1) : null;
      String block =
          content.substring(start.offset(), next == null ? content.length() : next.offset());
      CatalogEntry entry =
          reader.block(
              block, start.line(), start.open() - start.offset(), next == null ? -1 : next.line());
      if (entry == null) {
        continue;
      }
      Integer first = lineOfKey.putIfAbsent(entry.key(), start.line());
      if (first != null) {
        reader.problem(
            start.line(),
            "the key '"
                + entry.key()
                + "' is already used by the entry on line "
                + first
                + "; this entry is skipped");
      } else {
        byKey.put(entry.key(), entry);
      }
    }
    if (byKey.isEmpty()) {
      throw new CatalogException(
          name
              + ": no BibTeX entry could be read"
              + (reader.problems.isEmpty()
                  ? "; expected entries such as @article{key, title = {…}, …}"
                  : ": " + String.join("; ", reader.problems)));
    }
    return new CatalogLoad(List.copyOf(byKey.values()), reader.problems);
  }

  /**
   * One block: an entry becomes a catalog entry (or a problem), an @string a macro; @comment
   * and @preamble are skipped.
   */
  private CatalogEntry block(String block, int line, int open, int nextLine) {
    String type = block.substring(1, open).strip().toLowerCase(Locale.ROOT);
    if (type.equals("comment") || type.equals("preamble")) {
      return null;
    }
    Matcher key = ENTRY_KEY.matcher(block).region(open, block.length());
    String what =
        "@"
            + block.substring(1, open).strip()
            + (key.lookingAt() && !type.equals("string") ? "{" + key.group(1) : "");
    int end = closing(block, open);
    if (end < 0) {
      problem(
          line,
          what
              + " has no closing "
              + (block.charAt(open) == '{' ? "brace" : "parenthesis")
              + (nextLine > 0
                  ? " before the next entry on line " + nextLine
                  : " before the end of the file")
              + "; it is skipped");
      return null;
    }
    String body = block.substring(open + 1, end);
    String rawKey = type.equals("string") ? null : keyOf(body);
    BibTeXDatabase database;
    try {
      // jbibtex reads only braces: @article( … ) is given to it as @article{ … }, same length, same
      // lines
      if (rawKey != null) {
        // BibTeX's key is everything up to the first comma ("s{\o}gaard2021we", as Google Scholar
        // writes it); jbibtex accepts fewer characters, so it reads a stand-in on the same line
        body = body.replaceFirst(Pattern.quote(rawKey), KEY_STAND_IN);
      }
      String text = block.substring(0, open) + "{" + body + "}";
      database = parser(line).parse(new StringReader(text));
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
      return null;
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
      return null;
    }
    CatalogEntry entry = null;
    for (BibTeXObject object : database.getObjects()) {
      if (object instanceof BibTeXString string) {
        macros.add(string);
      } else if (object instanceof BibTeXEntry bibEntry) {
        entry = entry(bibEntry, line, rawKey);
      }
    }
    return entry;
  }

  /**
   * A parser that knows the earlier @string macros and reports an undefined one instead of failing
   * the entry.
   */
  private BibTeXParser parser(int line) throws ParseException {
    BibTeXParser parser =
        new BibTeXParser() {
          @Override
          public void checkStringResolution(Key key, BibTeXString string) {
            if (string == null) {
              // as BibTeX does, warn and go on; the word stands for itself ("neurips")
              problem(
                  line,
                  "@string{"
                      + key.getValue()
                      + "} is not defined (before this entry); its name is used as the text");
            }
          }

          @Override
          public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // each block is parsed alone, so a crossref never resolves here; the entry keeps its
            // own fields
          }
        };
    macros.forEach(parser::addMacro);
    return parser;
  }

  /**
   * The entry's key when jbibtex cannot read it (braces, a backslash, quotes…), else null: BibTeX
   * takes everything before the first comma.
   */
  private static String keyOf(String body) {
    int comma = body.indexOf(',');
    if (comma < 0) {
      return null;
    }
    String key = body.substring(0, comma).strip();
    if (key.isEmpty() || key.indexOf('\n') >= 0 || key.indexOf('=') >= 0) {
      return null; // no key: jbibtex says so in its own words
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c < 0x80 && (Character.isLetterOrDigit(c) || "_-.:/+".indexOf(c) >= 0))) {
        return key;
      }
    }
    return null;
  }

  private CatalogEntry entry(BibTeXEntry bib, int line, String rawKey) {
    String key =
        rawKey != null ? rawKey : bib.getKey() == null ? "" : bib.getKey().getValue().strip();
    String title = field(bib, "title") == null ? null : LatexText.decode(field(bib, "title"));
    if (key.isEmpty() || title == null || title.isEmpty()) {
      problem(
          line,
          "@"
              + bib.getType().getValue()
              + "{"
              + key
              + " has no "
              + (key.isEmpty() ? "key" : "title")
              + "; it is skipped");
      return null;
    }
    List<String> authors = new ArrayList<>();
    boolean more = false;
    if (field(bib, "author") != null) {
      for (String author : LatexText.names(field(bib, "author"))) {
        if (author.equalsIgnoreCase("others")) {
          more = true;
        } else {
          authors.add(author);
        }
      }
    }
    String venue =
        field(bib, "booktitle") != null ? field(bib, "booktitle") : field(bib, "journal");
    Integer year = null;
    if (field(bib, "year") != null) {
      Matcher y = YEAR.matcher(field(bib, "year"));
      year = y.find() ? Integer.valueOf(y.group()) : null;
    }
    List<String> otherIds = new ArrayList<>();
    Ids ids = ids(bib, line, otherIds);
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
        null,
        venue == null ? null : LatexText.decode(venue),
        null,
        Kind.PAPER,
        null,
        null,
        List.of(new Source(name, line, null, null, null)),
        null);
  }

  /**
   * eprint (with archivePrefix arXiv, or a bare arXiv id), doi, url, then an arXiv id in the
   * journal: first per scheme wins.
   */
  private Ids ids(BibTeXEntry bib, int line, List<String> otherIds) {
    IdCollector found = new IdCollector(problem -> problem(line, problem));
    String eprint = field(bib, "eprint");
    if (eprint != null) {
      String archive =
          field(bib, "archiveprefix") != null
              ? field(bib, "archiveprefix")
              : field(bib, "eprinttype");
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
      found.add(field(bib, field), field, true);
    }
    // Exporters also write the id into the venue or a note: Google Scholar's "arXiv preprint
    // arXiv:…", DBLP's CoRR volume "abs/…", Zotero's note "arXiv:… [cs]", a url command in
    // howpublished
    for (String field :
        new String[] {"journal", "journaltitle", "volume", "booktitle", "note", "howpublished"}) {
      found.inText(field(bib, field), field);
    }
    return found.ids(otherIds);
  }

  /** A field's text, any case of its name, or null. */
  private static String field(BibTeXEntry entry, String name) {
    Value value = entry.getField(new Key(name));
    if (value == null) {
      return null;
    }
    String text = value.toUserString();
    return text == null || text.isBlank() ? null : text;
  }

  /**
   * The offset of the delimiter that closes the one at {@code open}, or -1: braces and parentheses
   * counted as BibTeX does.
   */
  private static int closing(String block, int open) {
    char opening = block.charAt(open);
    int braces = 0;
    int parens = 0;
    for (int i = open; i < block.length(); i++) {
      char c = block.charAt(i);
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
    problems.add(name + ":" + line + ": " + message);
  }
}
