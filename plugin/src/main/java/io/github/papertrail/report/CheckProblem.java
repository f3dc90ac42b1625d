package io.github.papertrail.report;

import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One problem the {@code check} goal found, a citation's or an uncited mention's, as the files it
 * writes see it: the SARIF log places it, the baseline keys it by {@link #key()}.
 *
 * @param kind what is wrong
 * @param severity as the build's rules give it
 * @param element the cited or documented element ({@code com.acme.Lora#merge(int)})
 * @param elementKind CLASS, METHOD, FIELD, PACKAGE, … when the citation says, else null
 * @param identifier the identifier as the citation writes it, or as the mention would be cited
 * @param source the source file relative to its source root, or null when unknown
 * @param line the 1-based line in it, or null when unknown
 * @param message what the log prints after the location: {@code [PaperUnknownId] …}
 */
public record CheckProblem(
    ProblemKind kind,
    Severity severity,
    String element,
    String elementKind,
    String identifier,
    String source,
    Integer line,
    String message) {

  /**
   * The order of the SARIF results and of the baseline's matching: by file, line, then what is
   * wrong; a problem without a file comes first.
   */
  static final Comparator<CheckProblem> ORDER =
      Comparator.comparing(CheckProblem::source, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(CheckProblem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(CheckProblem::key)
          .thenComparing(CheckProblem::message);

  /** What identifies the problem across edits that move it: no file, no line. */
  public BaselineEntry key() {
    return new BaselineEntry(kind.tag(), element, identifier == null ? "" : identifier);
  }

  /** The citations' findings, then the mentions', in that order, as the check found them. */
  public static List<CheckProblem> of(
      List<CitationCheck.Finding> findings, List<CitationCheck.MentionFinding> mentions) {
    List<CheckProblem> problems = new ArrayList<>();
    for (CitationCheck.Finding f : findings) {
      Citation c = f.citation();
      problems.add(
          new CheckProblem(
              f.problem().kind(),
              f.severity(),
              c.element(),
              c.kind(),
              c.id(),
              c.source(),
              c.line(),
              f.message()));
    }
    for (CitationCheck.MentionFinding m : mentions) {
      problems.add(
          new CheckProblem(
              m.problem().kind(),
              m.problem().severity(),
              m.mention().element(),
              null,
              m.mention().id(),
              m.mention().source(),
              m.mention().line(),
              m.message()));
    }
    return problems;
  }
}
