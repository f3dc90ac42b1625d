package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import io.github.papertrail.catalog.Titles;
import io.github.papertrail.seeds.Keys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the readers of item lists (CSL-JSON items, CFF references) share: problems located at an
 * item or field ({@code refs.json:12:5: …}), keys made for items that have none, one key per entry,
 * and the entries' shape.
 */
final class ItemCatalog implements Tree.Problems {

  /** A problem and where it is, to report them in file order. */
  private record Problem(int line, int column, String message) {}

  /**
   * One item read, before its key is settled.
   *
   * @param key the item's own key, or null to make one from its authors, year and title
   * @param what how messages name the item: {@code item 3 ('smith2020')}, {@code reference 3}
   * @param at where the item starts
   * @param keyProblem why the item's key is made, a format for the key made ({@code %s}), to warn
   *     once it is known; null for none
   */
  record Draft(
      String key,
      String what,
      Tree.Node at,
      String keyProblem,
      String title,
      List<String> authors,
      Boolean moreAuthors,
      Integer authorCount,
      Integer year,
      String date,
      String venue,
      Kind kind,
      List<String> tags,
      String abstractText,
      Ids ids,
      List<String> otherIds) {}

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]|20)\\d\\d(?!\\d)");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private final String name;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * @param name the file's name, for sources and messages
   */
  ItemCatalog(String name) {
    this.name = name;
  }

  @Override
  public void add(int line, int column, String message) {
    problems.add(new Problem(line, column, message));
  }

  /** A problem located where the node starts. */
  void problem(Tree.Node at, String message) {
    add(at.line(), at.column(), message);
  }

  /** The problems so far in file order, each as {@code name:line:column: message}. */
  private List<String> problems() {
    return problems.stream()
        .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
        .map(p -> name + ":" + p.line() + ":" + p.column() + ": " + p.message())
        .toList();
  }

  /** The first year (1800 to 2099) written in the text, or null. */
  static Integer year(String text) {
    Matcher year = text == null ? null : YEAR.matcher(text);
    return year != null && year.find() ? Integer.valueOf(year.group()) : null;
  }

  /**
   * The date as ISO {@code YYYY-MM} or {@code YYYY-MM-DD} from its parts, or {@code YYYY} alone
   * when the month or day is not one; null without a year.
   */
  static String isoDate(Integer year, Integer month, Integer day) {
    if (year == null) {
      return null;
    }
    if (month == null || month < 1 || month > 12) {
      return String.format("%04d", year);
    }
    return day == null || day < 1 || day > 31
        ? String.format("%04d-%02d", year, month)
        : String.format("%04d-%02d-%02d", year, month, day);
  }

  /** An ISO date written as text ({@code 2021-06-17}, {@code 2021-6}, {@code 2021}), or null. */
  static String isoDate(String text) {
    Matcher date = text == null ? null : DATE.matcher(text.strip());
    if (date == null || !date.matches()) {
      return null;
    }
    return isoDate(
        Integer.valueOf(date.group(1)),
        date.group(2) == null ? null : Integer.valueOf(date.group(2)),
        date.group(3) == null ? null : Integer.valueOf(date.group(3)));
  }

  /**
   * The entries of the drafts, in their order: a draft without a key gets one made as the seeds'
   * keys are ({@link Keys}: first author's surname, year, first significant title word, then more
   * words or a letter until it is unique, also against the keys the file gives); a key used before
   * is a problem and its draft is skipped.
   *
   * @param sameAsEarlier whether a draft without a key that has the title and ids of an earlier one
   *     is left out quietly (a CFF's preferred citation repeated among its references)
   * @param expected for the message when no entry can be read: what the file should hold
   * @throws CatalogException when no entry at all can be read, with the problems found
   */
  CatalogLoad load(List<Draft> drafts, boolean sameAsEarlier, String expected) {
    List<Draft> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Draft draft : drafts) {
      if (!sameAsEarlier
          || draft.key() != null
          || seen.add(Titles.normalize(draft.title()) + " " + draft.ids().all())) {
        kept.add(draft);
      }
    }
    Set<String> given = new HashSet<>();
    kept.stream().map(Draft::key).forEach(given::add);
    List<Keys.Parts> parts = new ArrayList<>();
    for (Draft draft : kept) {
      if (draft.key() == null) {
        parts.add(Keys.parts(draft.title(), draft.authors(), draft.year()));
      }
    }
    List<String> made = new ArrayList<>();
    for (String key : Keys.assign(parts)) {
      String unique = key;
      for (char letter = 'b'; given.contains(unique); letter++) {
        unique = key + letter;
      }
      given.add(unique);
      made.add(unique);
    }
    List<CatalogEntry> entries = new ArrayList<>();
    Map<String, Draft> byKey = new HashMap<>();
    int next = 0;
    for (Draft draft : kept) {
      String key = draft.key() != null ? draft.key() : made.get(next++);
      Draft first = byKey.putIfAbsent(key, draft);
      if (first != null) {
        problem(
            draft.at(),
            draft.what()
                + ": the key '"
                + key
                + "' is already used by the entry on line "
                + first.at().line()
                + "; this one is skipped, give it another");
        continue;
      }
      if (draft.keyProblem() != null) {
        problem(draft.at(), draft.what() + " " + String.format(draft.keyProblem(), key));
      }
      entries.add(entry(key, draft));
    }
    if (entries.isEmpty()) {
      throw new CatalogException(
          name
              + ": no entry could be read"
              + (problems.isEmpty()
                  ? "; expected " + expected
                  : ": " + String.join("; ", problems())));
    }
    return new CatalogLoad(entries, problems());
  }

  private CatalogEntry entry(String key, Draft draft) {
    return new CatalogEntry(
        key,
        draft.title(),
        null,
        draft.ids(),
        draft.otherIds(),
        draft.authors(),
        draft.moreAuthors(),
        draft.authorCount(),
        draft.year(),
        draft.date(),
        draft.venue(),
        null,
        draft.kind(),
        draft.tags(),
        draft.abstractText(),
        List.of(new Source(name, draft.at().line(), null, null, null)),
        null);
  }
}
