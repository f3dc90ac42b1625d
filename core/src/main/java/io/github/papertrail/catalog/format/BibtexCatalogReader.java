package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import io.github.papertrail.catalog.format.BibtexSyntax.Entry;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
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

/**
 * Reads a BibTeX or biblatex file (as Google Scholar, DBLP, Zotero and Better BibTeX, or a
 * hand-kept {@code refs.bib} has it) into catalog entries. The key is the BibTeX key; ids come from
 * {@code eprint} (with {@code archivePrefix}), {@code doi} and {@code url}; the venue from {@code
 * booktitle}, {@code journal} or {@code journaltitle}; the year from {@code year} or {@code date};
 * tags from {@code keywords}. A {@code crossref} gives an entry the fields it lacks from its
 * parent, wherever that is in the file.
 *
 * <p>{@link BibtexSyntax} reads the structure: a malformed entry is reported with its line and
 * skipped while the others load. LaTeX in the text is decoded by {@link LatexText}.
 */
public final class BibtexCatalogReader {

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

  private record Problem(int line, String message) {}

  private final String name;

  private final List<Problem> problems = new ArrayList<>();

  /** Keys of entries that could not be read, and their lines: a crossref to one says so. */
  private final Map<String, Integer> unreadable = new HashMap<>();

  /**
   * Whether entries are kept as read until the file is read, for crossrefs (a parent may come after
   * its child); else each becomes a catalog entry as soon as it is read, until one has a crossref.
   */
  private final boolean crossrefs;

  /** Whether an entry has a crossref but the entries before it were not kept. */
  private boolean readAgain;

  /** The entries read, in file order, when the file has crossrefs. */
  private final List<Entry> read = new ArrayList<>();

  private final List<CatalogEntry> entries = new ArrayList<>();
  private final Map<String, Integer> lineOfKey = new HashMap<>();

  private BibtexCatalogReader(String name, boolean crossrefs) {
    this.name = name;
    this.crossrefs = crossrefs;
  }

  /**
   * @param name the file name, for sources and messages ("refs.bib:42: …")
   * @throws CatalogException when no entry at all can be read, with the problems found
   */
  public static CatalogLoad read(String name, String content) {
    BibtexCatalogReader reader = new BibtexCatalogReader(name, false);
    BibtexSyntax.read(content, reader::take, reader::problem, reader.unreadable);
    if (reader.readAgain) {
      reader = new BibtexCatalogReader(name, true);
      BibtexSyntax.read(content, reader::take, reader::problem, reader.unreadable);
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
   * An entry read: kept for crossrefs, or made a catalog entry at once; false when the file is to
   * be read again keeping every entry.
   */
  private boolean take(Entry entry) {
    if (crossrefs) {
      read.add(entry);
    } else if (entry.fields().containsKey("crossref")) {
      readAgain = true;
      return false;
    } else {
      add(entry, entry.fields(), false);
    }
    return true;
  }

  /**
   * The entries read, in file order: a key already used is a problem; a crossref is resolved over
   * the whole file (its parent may come after it).
   */
  private List<CatalogEntry> entries() {
    Map<String, Entry> byKey = new HashMap<>();
    Map<String, Entry> byLowerKey = new HashMap<>();
    Set<String> parents = new HashSet<>();
    for (Entry entry : read) {
      if (entry.key() != null) {
        byKey.putIfAbsent(entry.key(), entry);
        byLowerKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
      }
      String crossref = entry.fields().get("crossref");
      if (crossref != null) {
        parents.add(crossref.strip().toLowerCase(Locale.ROOT));
      }
    }
    for (Entry entry : read) {
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
  private void add(Entry entry, Map<String, String> fields, boolean parent) {
    CatalogEntry built = entry(entry, fields, parent);
    if (built == null) {
      return;
    }
    int line = entry.line();
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
      Entry entry, Map<String, Entry> byKey, Map<String, Entry> byLowerKey, Set<Entry> path) {
    String crossref = entry.fields().get("crossref");
    if (crossref == null) {
      return entry.fields();
    }
    String parentKey = crossref.strip();
    Entry parent = byKey.get(parentKey);
    if (parent == null) {
      parent = byLowerKey.get(parentKey.toLowerCase(Locale.ROOT));
    }
    String what = "@" + entry.type() + "{" + entry.key();
    if (parent == null) {
      Integer line = unreadable.get(parentKey);
      problem(
          entry.line(),
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
          entry.line(),
          what
              + ": crossref '"
              + parentKey
              + "' leads back to this entry; its own fields are used");
      return entry.fields();
    }
    Map<String, String> from = inherit(parent, byKey, byLowerKey, path);
    Map<String, String> fields = new HashMap<>(entry.fields());
    String titleAs =
        parent.lowerType().equals("periodical")
            ? "journaltitle"
            : parent.lowerType().startsWith("mv") ? "maintitle" : "booktitle";
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
  private CatalogEntry entry(Entry read, Map<String, String> fields, boolean parent) {
    int line = read.line();
    String key = read.key() == null ? "" : read.key();
    String title = fields.get("title") == null ? null : LatexText.decode(fields.get("title"));
    if (key.isEmpty() || title == null || title.isEmpty()) {
      if (!key.isEmpty() && parent) {
        return null;
      }
      problem(
          line,
          "@"
              + read.type()
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
        venue == null ? null : IdCollector.venue(LatexText.decode(venue)),
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

  private void problem(int line, String message) {
    problems.add(new Problem(line, message));
  }
}
