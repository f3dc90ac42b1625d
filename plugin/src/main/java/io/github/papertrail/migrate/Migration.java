package io.github.papertrail.migrate;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Titles;
import io.github.papertrail.check.Suggestions;
import io.github.papertrail.codegen.ConstantsGenerator;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import io.github.papertrail.seeds.Keys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What {@code papertrail:migrate} proposes for a set of parsed source files, worked out without
 * writing anything: the paper references of every comment ({@link ReferenceFinder}), each resolved
 * against the catalogs in use by identifier or by title, the {@code @Paper} to add on the
 * declaration the comment documents, the catalog entries to write for papers no catalog holds, what
 * needs a person, and the edited text of each file.
 */
public final class Migration {

  /** The annotation's simple and qualified names. */
  static final String PAPER = "Paper";

  static final String IMPORT = "import " + SourceParser.PAPER + ";";

  /** How a reference found its catalog entry. */
  public enum ResolvedBy {
    /** Its identifier is the entry's, or a new entry was made for it. */
    IDENTIFIER,
    /** Its title is the entry's title, and no other entry's. */
    TITLE
  }

  /**
   * One {@code @Paper} to add.
   *
   * @param value what the annotation says: the form a constant for the entry would hold
   * @param newEntry whether the entry is one this run writes to the generated catalog
   */
  public record Annotation(
      SourceFile file,
      Declaration declaration,
      Reference reference,
      CatalogEntry entry,
      String value,
      ResolvedBy resolvedBy,
      boolean newEntry) {

    /** The annotation's code, {@code @Paper("1711.05101")}. */
    public String code() {
      return "@"
          + (file.paperNameTaken() ? SourceParser.PAPER : PAPER)
          + "(\""
          + value.replace("\\", "\\\\").replace("\"", "\\\"")
          + "\")";
    }
  }

  /**
   * A reference that migrate does not annotate: no identifier and no title that names one entry, or
   * no declaration to put it on.
   *
   * @param element the declaration it is on, or null
   * @param text the reference as written
   * @param reason why, and what to do
   */
  public record NeedsPerson(
      SourceFile file, int line, String element, String text, String reason) {}

  /**
   * The whole proposal.
   *
   * @param files every file read, in the order given, parsed or not
   * @param references every paper reference found on a declaration or off one
   * @param annotations the {@code @Paper}s to add, in file and source order
   * @param newEntries the entries to write to the generated catalog, in the order first met
   * @param needsPerson what a person has to look at, in file and source order
   * @param alreadyCited references whose paper the declaration already cites
   * @param edited each file that changes, and its new text
   * @param untitled the keys of the new entries whose title no comment gives: their title is their
   *     identifier until a person writes it
   */
  public record Plan(
      List<SourceFile> files,
      int references,
      List<Annotation> annotations,
      List<CatalogEntry> newEntries,
      List<NeedsPerson> needsPerson,
      int alreadyCited,
      Map<SourceFile, String> edited,
      Set<String> untitled) {

    /** The files that could not be read or parsed. */
    public List<SourceFile> skipped() {
      return files.stream().filter(f -> !f.parsed()).toList();
    }
  }

  /** One reference on one declaration (or on none), as found. */
  private record Found(SourceFile file, Declaration declaration, Reference reference) {}

  private final Catalogs catalogs;
  private final Map<String, List<String>> keysByTitle = new HashMap<>();

  /** The new entries by key, in the order made; an entry grows when another id joins it. */
  private final Map<String, CatalogEntry> newEntries = new LinkedHashMap<>();

  /** The key of the new entry each identifier (normal form) resolved to. */
  private final Map<String, String> newKeyById = new HashMap<>();

  private final Set<String> keysTaken = new HashSet<>();
  private final Set<String> untitled = new HashSet<>();

  private Migration(Catalogs catalogs) {
    this.catalogs = catalogs;
    for (CatalogEntry entry : catalogs.entries()) {
      indexTitle(entry);
      keysTaken.add(entry.key());
    }
  }

  /**
   * A test of whether a comment refers to a paper, for {@link SourceParser#parseAll(List,
   * java.nio.charset.Charset, java.util.function.Predicate)}: a file none of whose comments does
   * need not be parsed. A Javadoc or block comment is read as the plan reads it, once per distinct
   * text (the license header every file repeats is read once, and its link is no paper); a {@code
   * //} comment only needs to hold a link, an identifier, a quote or italics, since the plan reads
   * a run of them as one comment.
   */
  public static java.util.function.Predicate<Comment> refersToAPaper() {
    Map<String, Boolean> seen = new HashMap<>();
    return comment -> {
      if (!ReferenceFinder.mayRefer(comment)) {
        return false;
      }
      if (comment.kind() == Comment.Kind.LINE) {
        return true;
      }
      return seen.computeIfAbsent(comment.text(), t -> !ReferenceFinder.find(comment).isEmpty());
    };
  }

  /**
   * The plan for these files against these catalogs.
   *
   * @param files in the order the plan lists them (sorted by path, for a deterministic plan)
   */
  public static Plan plan(List<SourceFile> files, Catalogs catalogs) {
    return new Migration(catalogs).run(files);
  }

  private Plan run(List<SourceFile> files) {
    List<Found> found = new ArrayList<>();
    List<NeedsPerson> needsPerson = new ArrayList<>();
    for (SourceFile file : files) {
      if (file.parsed()) {
        find(file, found, needsPerson);
      }
    }
    Map<String, Details> details = details(found);

    List<Found> resolvedFound = new ArrayList<>();
    List<String> resolved = new ArrayList<>();
    List<ResolvedBy> how = new ArrayList<>();
    for (Found f : found) {
      if (f.declaration() == null) {
        continue;
      }
      Reference ref = f.reference();
      ResolvedBy by = ResolvedBy.IDENTIFIER;
      String entry = null; // its key
      String reason = null;
      if (ref.id() != null) {
        List<CatalogEntry> named = catalogs.lookup(ref.id());
        Details d = details.get(ref.id().normalForm());
        List<String> sameTitle = d.title == null ? List.of() : byTitle(d.title);
        if (named.size() == 1) {
          entry = named.get(0).key();
        } else if (named.size() > 1) {
          reason =
              ref.id().citeForm()
                  + " names "
                  + named.size()
                  + " catalog entries ("
                  + keys(named)
                  + "): cite the right one by its key";
        } else if (newKeyById.containsKey(ref.id().normalForm())) {
          entry = newKeyById.get(ref.id().normalForm());
        } else if (sameTitle.size() == 1) {
          entry = sameTitle.get(0);
          by = ResolvedBy.TITLE;
          if (newEntries.containsKey(entry)) {
            // the paper a comment elsewhere gave another identifier: one entry with both
            newEntries.put(entry, withId(newEntries.get(entry), ref.id()));
            newKeyById.put(ref.id().normalForm(), entry);
            by = ResolvedBy.IDENTIFIER;
          }
        } else {
          entry = newEntry(ref.id(), d).key();
          newKeyById.put(ref.id().normalForm(), entry);
        }
      } else {
        List<String> keys = byTitle(ref.title());
        if (keys.isEmpty()) {
          keys = nearlyByTitle(ref.title());
        }
        if (keys.size() == 1) {
          entry = keys.get(0);
          by = ResolvedBy.TITLE;
        } else if (keys.size() > 1) {
          reason =
              "the title is the title of "
                  + keys.size()
                  + " catalog entries ("
                  + String.join(", ", keys)
                  + "): cite the right one by its key";
        } else {
          List<CatalogEntry> near = Suggestions.similarTitles(ref.title(), catalogs, 3);
          reason =
              "no catalog entry has this title and the comment gives no identifier: "
                  + (near.isEmpty()
                      ? "add the paper to a catalog, then run migrate again"
                      : "if it is "
                          + near.stream()
                              .map(e -> e.key() + " (\"" + e.title() + "\")")
                              .collect(Collectors.joining(" or "))
                          + ", cite that key; else add the paper to a catalog");
        }
      }
      if (entry == null) {
        needsPerson.add(
            new NeedsPerson(f.file(), ref.line(), f.declaration().name(), shownText(ref), reason));
      } else {
        resolvedFound.add(f);
        resolved.add(entry);
        how.add(by);
      }
    }

    List<CatalogEntry> newEntries = List.copyOf(this.newEntries.values());
    List<CatalogEntry> all = new ArrayList<>(catalogs.entries());
    all.addAll(newEntries);
    Map<String, CatalogEntry> byKey = new HashMap<>();
    for (CatalogEntry e : all) {
      byKey.putIfAbsent(e.key(), e);
    }
    Catalogs inUse =
        newEntries.isEmpty()
            ? catalogs
            : Catalogs.of(Catalog.of(all, catalogs.describe()), catalogs.describe());
    Map<String, String> keyByConstant = constantNames(byKey.keySet());

    List<Annotation> annotations = new ArrayList<>();
    Map<Declaration, Set<String>> cited = new IdentityHashMap<>();
    int alreadyCited = 0;
    for (int i = 0; i < resolvedFound.size(); i++) {
      Found f = resolvedFound.get(i);
      CatalogEntry entry = byKey.get(resolved.get(i));
      Set<String> keys =
          cited.computeIfAbsent(f.declaration(), d -> citedKeys(d, inUse, keyByConstant));
      if (keys.contains(entry.key())) {
        alreadyCited++;
        continue;
      }
      keys.add(entry.key());
      if (f.declaration().paperList()) {
        String value = ConstantsGenerator.citeValue(entry, inUse);
        needsPerson.add(
            new NeedsPerson(
                f.file(),
                f.reference().line(),
                f.declaration().name(),
                f.reference().text(),
                "the declaration holds @Paper.List, which Java forbids beside more @Paper: add"
                    + " @Paper(\""
                    + value
                    + "\") into the list by hand ("
                    + entry.key()
                    + ")"));
        continue;
      }
      annotations.add(
          new Annotation(
              f.file(),
              f.declaration(),
              f.reference(),
              entry,
              ConstantsGenerator.citeValue(entry, inUse),
              how.get(i),
              this.newEntries.containsKey(entry.key())));
    }
    Map<SourceFile, Integer> order = new IdentityHashMap<>();
    for (SourceFile file : files) {
      order.putIfAbsent(file, order.size());
    }
    needsPerson.sort(
        (a, b) ->
            a.file() == b.file()
                ? Integer.compare(a.line(), b.line())
                : Integer.compare(order.get(a.file()), order.get(b.file())));
    return new Plan(
        List.copyOf(files),
        found.size(),
        List.copyOf(annotations),
        newEntries,
        List.copyOf(needsPerson),
        alreadyCited,
        edits(annotations),
        newEntries.stream()
            .filter(e -> untitled.contains(e.key()))
            .map(CatalogEntry::key)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  /** The references of a file's comments, each on the declaration that owns its comment. */
  private static void find(SourceFile file, List<Found> found, List<NeedsPerson> needsPerson) {
    Set<Comment> owned = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Declaration declaration : file.declarations()) {
      List<Comment> comments = new ArrayList<>();
      if (declaration.javadoc() != null) {
        comments.add(declaration.javadoc());
      }
      comments.addAll(declaration.comments());
      Set<String> seen = new HashSet<>();
      owned.addAll(comments);
      for (Comment comment : joinLineComments(comments)) {
        for (Reference ref : ReferenceFinder.find(comment)) {
          String same = ref.id() != null ? ref.id().normalForm() : "title:" + ref.title();
          if (seen.add(same)) {
            found.add(new Found(file, declaration, ref));
          }
        }
      }
    }
    for (Comment comment : file.comments()) {
      if (!owned.contains(comment)) {
        for (Reference ref : ReferenceFinder.find(comment)) {
          found.add(new Found(file, null, ref));
          needsPerson.add(
              new NeedsPerson(
                  file,
                  ref.line(),
                  null,
                  shownText(ref),
                  "the comment documents no declaration (it is outside any, or a blank line"
                      + " parts it from the next): add @Paper by hand where it belongs"));
        }
      }
    }
  }

  /**
   * The comments with each run of {@code //} comments on consecutive lines, one under the other, as
   * one comment: a reference written over several {@code //} lines is read whole.
   */
  static List<Comment> joinLineComments(List<Comment> comments) {
    List<Comment> joined = new ArrayList<>(comments.size());
    for (int i = 0; i < comments.size(); i++) {
      Comment first = comments.get(i);
      int j = i;
      while (first.kind() == Comment.Kind.LINE
          && j + 1 < comments.size()
          && comments.get(j + 1).kind() == Comment.Kind.LINE
          && comments.get(j + 1).line() == comments.get(j).line() + 1
          && comments.get(j + 1).column() == first.column()) {
        j++;
      }
      if (j == i) {
        joined.add(first);
        continue;
      }
      StringBuilder text = new StringBuilder("/*");
      for (int k = i; k <= j; k++) {
        text.append(k == i ? "" : "\n").append(comments.get(k).body().replace("*/", "* /"));
      }
      Comment last = comments.get(j);
      joined.add(
          new Comment(
              Comment.Kind.BLOCK,
              first.offset(),
              last.end(),
              first.line(),
              first.column(),
              text.append("*/").toString()));
      i = j;
    }
    return joined;
  }

  /** What all the comments of the code base say about one paper. */
  private static final class Details {
    String title;
    List<String> authors = List.of();
    Integer year;
    String venue;
  }

  /**
   * Per identifier, the details merged from every reference to it: the first title, the longest
   * author list, the first year and venue. A body comment that gives only {@code arXiv:…} thus gets
   * the title a Javadoc elsewhere gives.
   */
  private static Map<String, Details> details(List<Found> found) {
    Map<String, Details> details = new HashMap<>();
    for (Found f : found) {
      Reference ref = f.reference();
      if (ref.id() == null) {
        continue;
      }
      Details d = details.computeIfAbsent(ref.id().normalForm(), k -> new Details());
      if (d.title == null) {
        d.title = ref.title();
      }
      if (ref.authors().size() > d.authors.size()) {
        d.authors = ref.authors();
      }
      if (d.year == null) {
        d.year = ref.year();
      }
      if (d.venue == null) {
        d.venue = ref.venue();
      }
    }
    return details;
  }

  private void indexTitle(CatalogEntry entry) {
    List<String> titles = new ArrayList<>();
    titles.add(entry.title());
    titles.addAll(entry.otherTitles());
    Set<String> forms = new LinkedHashSet<>();
    for (String title : titles) {
      if (title != null) {
        forms.add(Titles.normalize(title));
        forms.add(Titles.normalize(Titles.withoutName(title)));
      }
    }
    for (String form : forms) {
      if (!form.isEmpty()) {
        List<String> keys = keysByTitle.computeIfAbsent(form, k -> new ArrayList<>(1));
        if (!keys.contains(entry.key())) {
          keys.add(entry.key());
        }
      }
    }
  }

  /** The keys of the catalog entries whose title is this one, as {@link Titles#same} compares. */
  private List<String> byTitle(String title) {
    Set<String> keys = new TreeSet<>();
    keys.addAll(keysByTitle.getOrDefault(Titles.normalize(title), List.of()));
    keys.addAll(keysByTitle.getOrDefault(Titles.normalize(Titles.withoutName(title)), List.of()));
    return List.copyOf(keys);
  }

  /**
   * The key of the one catalog entry whose title is nearly this one, as the suggestions match
   * titles (word overlap), when no other entry comes near: at least {@link #NEARLY} alike, the next
   * one less than 0.6. Empty otherwise.
   */
  private List<String> nearlyByTitle(String title) {
    CatalogEntry only = null;
    double onlySimilarity = 0;
    for (CatalogEntry entry : catalogs.entries()) {
      double similarity = Titles.similarity(title, entry.title());
      for (String other : entry.otherTitles()) {
        similarity = Math.max(similarity, Titles.similarity(title, other));
      }
      if (similarity >= 0.6) {
        if (only != null) {
          return List.of();
        }
        only = entry;
        onlySimilarity = similarity;
      }
    }
    return only != null && onlySimilarity >= NEARLY ? List.of(only.key()) : List.of();
  }

  /** How alike a title must be to one entry's, and to no other, to be taken without doubt. */
  static final double NEARLY = 0.85;

  /** A catalog entry for a paper no catalog holds, from what the comments say of it. */
  private CatalogEntry newEntry(Identifier id, Details d) {
    Ids ids = Ids.of(id);
    Integer year = d.year != null ? d.year : arxivYear(id);
    year = year != null ? year : aclYear(id);
    String title = d.title;
    String key;
    if (title != null) {
      key = Keys.assign(List.of(Keys.parts(title, d.authors, year))).get(0);
    } else {
      // No comment gives the title: the identifier stands in for it, and a person is told.
      title = shown(id);
      String surname = Keys.parts(title, d.authors, year).surname();
      key =
          surname != null && year != null
              ? surname + year
              : id.normalForm().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
    String unique = key;
    for (char suffix = 'b'; keysTaken.contains(unique); suffix++) {
      unique = key + suffix;
    }
    keysTaken.add(unique);
    if (d.title == null) {
      untitled.add(unique);
    }
    CatalogEntry entry =
        new CatalogEntry(
            unique,
            title,
            List.of(),
            ids,
            List.of(),
            d.authors,
            null,
            null,
            year,
            null,
            d.venue,
            null,
            Kind.PAPER,
            List.of(),
            null,
            List.of(),
            List.of());
    indexTitle(entry);
    newEntries.put(unique, entry);
    return entry;
  }

  /** The new entry with one more identifier, joined as the catalog merge joins entries. */
  private static CatalogEntry withId(CatalogEntry e, Identifier id) {
    return Catalogs.join(
        e,
        new CatalogEntry(
            e.key(),
            e.title(),
            List.of(),
            Ids.of(id),
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            e.kind(),
            List.of(),
            null,
            List.of(),
            List.of()));
  }

  /**
   * The reference as a person reads it in the list: its text, with the title first when the text
   * (cut to its first 200 characters) does not show it.
   */
  static String shownText(Reference ref) {
    String text = ref.text() == null ? "" : ref.text();
    if (ref.title() != null && !text.contains(ref.title())) {
      return "\"" + ref.title() + "\" in: " + text;
    }
    return text;
  }

  /**
   * The year an ACL Anthology id holds: 2021 for {@code 2021.acl-long.353}, 2016 for {@code
   * P16-1162} (a two-digit year from 50 on is 19xx), or null.
   */
  static Integer aclYear(Identifier id) {
    if (id.scheme() != Scheme.ACL) {
      return null;
    }
    String v = id.value();
    if (v.length() >= 5
        && v.charAt(4) == '.'
        && v.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(v.substring(0, 4));
    }
    if (v.length() >= 3
        && Character.isLetter(v.charAt(0))
        && Character.isDigit(v.charAt(1))
        && Character.isDigit(v.charAt(2))) {
      int yy = Integer.parseInt(v.substring(1, 3));
      return yy >= 50 ? 1900 + yy : 2000 + yy;
    }
    return null;
  }

  /** The year of a new-style arXiv id (2017 for 1711.05101), or null. */
  static Integer arxivYear(Identifier id) {
    if (id.scheme() != Scheme.ARXIV) {
      return null;
    }
    String value = id.value();
    int slash = value.indexOf('/');
    String digits = slash >= 0 ? value.substring(slash + 1) : value;
    if (digits.length() < 4 || !Character.isDigit(digits.charAt(0))) {
      return null;
    }
    int yy = Integer.parseInt(digits.substring(0, 2));
    return yy >= 91 ? 1900 + yy : 2000 + yy;
  }

  /** Constant field names (as the constants goal writes them) to keys. */
  private static Map<String, String> constantNames(Set<String> keys) {
    Map<String, String> byName = new HashMap<>();
    ConstantsGenerator.fieldNames(List.copyOf(new TreeSet<>(keys)))
        .forEach((key, name) -> byName.put(name, key));
    return byName;
  }

  /**
   * The keys of the papers a declaration's {@code @Paper}s cite: an identifier or key looked up, a
   * constant ({@code Papers.HU2021LORA}) by its field name.
   */
  private static Set<String> citedKeys(
      Declaration declaration, Catalogs inUse, Map<String, String> keyByConstant) {
    Set<String> keys = new HashSet<>();
    for (String value : declaration.papers()) {
      ParsedId parsed = Identifier.parse(value);
      if (parsed instanceof ParsedId.Valid valid) {
        inUse.lookup(valid.id()).forEach(e -> keys.add(e.key()));
      }
      String constant = value.substring(value.lastIndexOf('.') + 1);
      if (keyByConstant.containsKey(constant)) {
        keys.add(keyByConstant.get(constant));
      }
    }
    return keys;
  }

  /** Each changed file's new text: the annotations, and the import where one is needed. */
  private static Map<SourceFile, String> edits(List<Annotation> annotations) {
    Map<SourceFile, List<Annotation>> byFile = new LinkedHashMap<>();
    for (Annotation a : annotations) {
      byFile.computeIfAbsent(a.file(), f -> new ArrayList<>()).add(a);
    }
    Map<SourceFile, String> edited = new LinkedHashMap<>();
    for (Map.Entry<SourceFile, List<Annotation>> e : byFile.entrySet()) {
      SourceFile file = e.getKey();
      List<int[]> order = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Annotation a : e.getValue()) {
        Insertion at = a.declaration().insertion();
        order.add(new int[] {at.offset(), texts.size()});
        texts.add(at.text(a.code()));
      }
      if (!file.paperImported() && !file.paperNameTaken()) {
        order.add(new int[] {file.importPoint().offset(), texts.size()});
        texts.add(file.importPoint().text(IMPORT));
      }
      // by offset; at one offset, in the order added (annotations of one declaration in order)
      order.sort(
          (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      StringBuilder out = new StringBuilder(file.text().length() + 64 * texts.size());
      int done = 0;
      for (int[] o : order) {
        out.append(file.text(), done, o[0]).append(texts.get(o[1]));
        done = o[0];
      }
      out.append(file.text(), done, file.text().length());
      edited.put(file, out.toString());
    }
    return edited;
  }

  private static String keys(List<CatalogEntry> entries) {
    return entries.stream().map(CatalogEntry::key).collect(Collectors.joining(", "));
  }

  private static String shown(Identifier id) {
    return id.scheme() == Scheme.ARXIV ? "arXiv:" + id.value() : id.citeForm();
  }
}
