package io.github.papertrail.check;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Titles;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks one citation against the catalogs: a pure function from (identifier as written, title) to
 * the entry it names and the problems found. The annotation processor, the javac plugin and the
 * Maven plugin all print what this returns.
 */
public final class CitationValidator {

  private static final int SUGGESTIONS = 3;

  /**
   * @param id the identifier, when well-formed
   * @param entry the catalog entry it names, when exactly one is found
   */
  public record Result(Identifier id, CatalogEntry entry, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final Catalogs catalogs;
  private final Severity unknownSeverity;

  /**
   * Results of citations without a title, by identifier as written: code cites the same papers
   * again and again.
   */
  private final Map<String, Result> untitled = new ConcurrentHashMap<>();

  /**
   * @param unknownSeverity how an identifier that no catalog holds is reported
   */
  public CitationValidator(Catalogs catalogs, Severity unknownSeverity) {
    this.catalogs = catalogs;
    this.unknownSeverity = unknownSeverity;
  }

  /**
   * @param written the identifier as the citation writes it
   * @param title the citation's {@code title=}, or null or empty when it gives none
   */
  public Result validate(String written, String title) {
    if (title == null || title.isBlank()) {
      Result known = untitled.get(written);
      if (known == null) {
        known = check(written, null);
        untitled.put(written, known);
      }
      return known;
    }
    return check(written, title);
  }

  private Result check(String written, String title) {
    boolean hasTitle = title != null && !title.isBlank();
    ParsedId parsed = Identifier.parse(written);
    if (parsed instanceof ParsedId.Malformed malformed) {
      return new Result(null, null, List.of(malformed(written, malformed)));
    }
    Identifier id = parsed.orElseThrow();
    List<Problem> problems = new ArrayList<>();
    List<CatalogEntry> entries = catalogs.lookup(id);
    if (entries.isEmpty()) {
      problems.add(unknown(written, id, hasTitle ? title : null));
      return new Result(id, null, problems);
    }
    CatalogEntry entry = entries.get(0);
    if (entries.size() > 1) {
      List<CatalogEntry> titled =
          hasTitle ? entries.stream().filter(e -> titleMatches(e, title)).toList() : List.of();
      String message =
          id.citeForm()
              + " names "
              + entries.size()
              + " catalog entries, "
              + describeAll(entries)
              + ": the catalog's sources give this id to different papers.";
      problems.add(
          titled.size() == 1
              ? problem(
                  ProblemKind.CONFLICT,
                  written,
                  Attribute.VALUE,
                  message,
                  List.of(byKey(titled.get(0))),
                  null)
              : problem(
                  ProblemKind.CONFLICT,
                  written,
                  Attribute.VALUE,
                  message,
                  entries.stream().map(CitationValidator::byKey).toList(),
                  "Cite the paper you mean by its key"));
      if (titled.size() != 1) {
        return new Result(id, null, problems);
      }
      entry = titled.get(0);
    } else if (hasTitle && !titleMatches(entry, title)) {
      List<Fix> others =
          Suggestions.similarTitles(title, catalogs, SUGGESTIONS).stream()
              .map(other -> fix(other, null))
              .toList();
      problems.add(
          problem(
              ProblemKind.TITLE_MISMATCH,
              written,
              Attribute.TITLE,
              "title \""
                  + title
                  + "\" does not match "
                  + id.citeForm()
                  + ", which is "
                  + entry.key()
                  + ": \""
                  + entry.title()
                  + "\".",
              others,
              "Fix the identifier or the title"));
    }
    if (entry.hasConflicts() && entries.size() == 1) {
      problems.add(
          problem(
              ProblemKind.CONFLICT,
              written,
              Attribute.VALUE,
              entry.key()
                  + " (\""
                  + entry.title()
                  + "\") is flagged in the catalog: "
                  + String.join("; ", entry.conflicts())
                  + ".",
              List.of(),
              "Check that " + id.citeForm() + " is the paper you mean"));
    }
    return new Result(id, entry, problems);
  }

  private Problem problem(
      ProblemKind kind,
      String written,
      Attribute attribute,
      String message,
      List<Fix> fixes,
      String advice) {
    Severity severity = kind == ProblemKind.UNKNOWN_ID ? unknownSeverity : kind.defaultSeverity();
    return new Problem(
        kind, severity, written, attribute, null, cut(Identifier.shown(message)), fixes, advice);
  }

  /** A run without spaces longer than this is a pasted value, not words: the message cuts it. */
  static final int LONGEST_RUN = 120;

  /**
   * The message with every run of more than {@link #LONGEST_RUN} non-space characters cut to its
   * first 60 and its length, so that a 100,000-character value does not fill the build log; the
   * problem keeps the value whole in {@link Problem#written()}.
   */
  static String cut(String message) {
    StringBuilder out = null;
    int start = 0;
    for (int i = 0; i <= message.length(); i++) {
      if (i == message.length() || Character.isWhitespace(message.charAt(i))) {
        if (i - start > LONGEST_RUN) {
          if (out == null) {
            out = new StringBuilder(message.substring(0, start));
          }
          out.append(message, start, start + 60)
              .append("…[")
              .append(i - start)
              .append(" characters]");
        } else if (out != null) {
          out.append(message, start, i);
        }
        if (out != null && i < message.length()) {
          out.append(message.charAt(i));
        }
        start = i + 1;
      }
    }
    return out == null ? message : out.toString();
  }

  private Problem malformed(String written, ParsedId.Malformed malformed) {
    String message =
        "\"" + malformed.input() + "\" is not a paper identifier: " + malformed.reason() + ".";
    if (malformed.suggestion() == null) {
      return problem(
          ProblemKind.MALFORMED_ID,
          written,
          Attribute.VALUE,
          message,
          List.of(),
          "Write an arXiv id (2106.09685), a DOI (10.1145/…), openreview:ID, acl:ID, a paper URL or a catalog key");
    }
    List<CatalogEntry> known = catalogs.lookup(malformed.suggestion());
    String replacement = malformed.suggestion().citeForm();
    Fix fix =
        known.size() == 1
            ? new Fix(
                Attribute.VALUE,
                replacement,
                known.get(0).key(),
                known.get(0).title(),
                known.get(0).year())
            : new Fix(Attribute.VALUE, replacement, null, null, null);
    return problem(ProblemKind.MALFORMED_ID, written, Attribute.VALUE, message, List.of(fix), null);
  }

  private Problem unknown(String written, Identifier id, String title) {
    List<CatalogEntry> near = new ArrayList<>(Suggestions.nearestIds(id, catalogs, SUGGESTIONS));
    if (title != null) {
      for (CatalogEntry entry : Suggestions.similarTitles(title, catalogs, SUGGESTIONS)) {
        if (!near.contains(entry)) {
          near.add(entry);
        }
      }
    }
    return problem(
        ProblemKind.UNKNOWN_ID,
        written,
        Attribute.VALUE,
        id.citeForm() + " is not in " + catalogs.describe() + ".",
        near.stream().map(entry -> fix(entry, id.scheme())).toList(),
        "Fix the identifier, or add the paper to a catalog");
  }

  /**
   * A fix that cites the entry by its identifier of the {@code preferred} scheme where it has one,
   * else as {@link CatalogEntry#citeAs()}.
   */
  static Fix fix(CatalogEntry entry, Scheme preferred) {
    String citeAs = entry.citeAs();
    if (preferred != null && preferred != Scheme.KEY) {
      for (String id : entry.allIds()) {
        Identifier parsed = Identifier.parse(id).orElseThrow();
        if (parsed.scheme() == preferred) {
          citeAs = parsed.citeForm();
          break;
        }
      }
    }
    return new Fix(Attribute.VALUE, citeAs, entry.key(), entry.title(), entry.year());
  }

  private static Fix byKey(CatalogEntry entry) {
    return new Fix(Attribute.VALUE, entry.key(), entry.key(), entry.title(), entry.year());
  }

  static boolean titleMatches(CatalogEntry entry, String title) {
    if (Titles.same(entry.title(), title)) {
      return true;
    }
    return entry.otherTitles().stream().anyMatch(other -> Titles.same(other, title));
  }

  private static String describeAll(List<CatalogEntry> entries) {
    return String.join(
        ", ", entries.stream().map(entry -> ProblemText.describe(fix(entry, null))).toList());
  }
}
