package io.github.papertrail.report;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.CitationValidator;
import io.github.papertrail.check.Location;
import io.github.papertrail.check.Problem;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.ProblemText;
import io.github.papertrail.check.Severity;
import io.github.papertrail.check.Suppressions;
import io.github.papertrail.check.UncitedMentions;
import io.github.papertrail.config.FrontEnd;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.index.IndexedMention;
import io.github.papertrail.mention.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code check} goal's logic: every problem of every citation, each marked failing or not by
 * the build's rules. Malformed identifiers and wrong titles always fail; unknown identifiers fail
 * unless allowed or {@code failOnUnknown} is off; conflicts fail only with {@code failOnConflict}.
 * A problem that a {@code @SuppressWarnings} in scope of its element covers, as the compiler
 * recorded it in the citation index ({@link Suppressions}), is neither reported nor failing, only
 * counted: the check matches the tag of the problem it finds against every suppression in scope, so
 * a suppression holds even when the build's catalogs find another problem than the compiler's.
 */
public final class CitationCheck {

  /**
   * One problem of one citation, as the validator found it, and the severity the build's rules give
   * it: the rules decide what fails, so they sit beside the problem rather than rewrite it.
   */
  public record Finding(Citation citation, Problem problem, Severity severity) {
    /** Whether the finding fails the build. */
    public boolean failing() {
      return severity == Severity.ERROR;
    }

    /** {@code com.acme.Lora#merge(int) (com/acme/Lora.java:12): [PaperUnknownId] …}. */
    public String format() {
      Citation c = citation;
      return new Location(c.element(), c.source(), c.line(), null) + ": " + message();
    }

    /** {@code [PaperUnknownId] …}: what {@link #format()} says after the location. */
    public String message() {
      return ProblemText.render(problem, FrontEnd.MAVEN.catalogsAdvice());
    }
  }

  /**
   * A paper an element's Javadoc names and none of its {@code @Paper}s cites, as the compiler
   * recorded it in the index, at the severity the build gives it.
   */
  public record MentionFinding(IndexedMention mention, Problem problem) {
    public boolean failing() {
      return problem.severity() == Severity.ERROR;
    }

    /** {@code com.acme.Lora (com/acme/Lora.java:7): [PaperUncitedMention] …}. */
    public String format() {
      IndexedMention m = mention;
      return new Location(m.element(), m.source(), m.line(), null) + ": " + message();
    }

    /** {@code [PaperUncitedMention] …}: what {@link #format()} says after the location. */
    public String message() {
      return ProblemText.render(problem, null);
    }
  }

  /**
   * The uncited mentions as findings, in index order; none when {@code severity} is null (off). A
   * mention whose identifier no longer parses is left out, and so is one suppressed in code ({@link
   * #suppressedMentions}).
   */
  public static List<MentionFinding> mentions(
      List<IndexedMention> mentions, Catalogs catalogs, Severity severity) {
    if (severity == null) {
      return List.of();
    }
    UncitedMentions check = new UncitedMentions(catalogs, severity);
    List<MentionFinding> findings = new ArrayList<>();
    for (IndexedMention m : mentions) {
      Identifier id = identifier(m);
      if (id != null && !suppressed(m)) {
        Mention mention = new Mention(id, m.written() == null ? m.id() : m.written(), 0, lineOf(m));
        findings.add(new MentionFinding(m, check.problem(m.element(), mention, m.line() != null)));
      }
    }
    return findings;
  }

  /**
   * How many of the uncited mentions {@link #mentions} would report a {@code @SuppressWarnings}
   * ({@code "papertrail"} or {@code "PaperUncitedMention"}) silenced; none when the check is off.
   */
  public static long suppressedMentions(List<IndexedMention> mentions, Severity severity) {
    return severity == null
        ? 0
        : mentions.stream().filter(m -> identifier(m) != null && suppressed(m)).count();
  }

  private static boolean suppressed(IndexedMention m) {
    return Suppressions.covers(m.suppressed(), ProblemKind.UNCITED_MENTION);
  }

  private static Identifier identifier(IndexedMention m) {
    return m.id() == null ? null : Identifier.parse(m.id()).identifier().orElse(null);
  }

  private static int lineOf(IndexedMention m) {
    return m.line() == null ? 0 : m.line();
  }

  /**
   * The findings in citation order, how many fail the build, and how many problems a {@code
   * SuppressWarnings} in the code silenced.
   */
  public record Result(int checked, List<Finding> findings, int suppressed) {
    public long failing() {
      return findings.stream().filter(Finding::failing).count();
    }
  }

  /**
   * The rules. {@code allow} holds identifiers accepted though no catalog has them, in any form.
   */
  public record Rules(boolean failOnUnknown, boolean failOnConflict, Set<String> allow) {}

  private CitationCheck() {}

  /** The check without suppressions: every problem found is a finding. */
  public static Result run(List<Citation> citations, Catalogs catalogs, Rules rules) {
    return run(citations, catalogs, rules, Map.of());
  }

  /**
   * @param suppressions the {@code @SuppressWarnings} values papertrail obeys in scope of each
   *     element, by element as citations name it, as the citation index records them: the same for
   *     every citation of an element
   */
  public static Result run(
      List<Citation> citations,
      Catalogs catalogs,
      Rules rules,
      Map<String, List<String>> suppressions) {
    Set<String> allowed = normalize(rules.allow());
    int suppressed = 0;
    CitationValidator validator = new CitationValidator(catalogs, Severity.ERROR);
    List<Finding> findings = new ArrayList<>();
    for (Citation citation : citations) {
      for (Problem problem : validator.validate(citation.id(), citation.title()).problems()) {
        boolean failing =
            switch (problem.kind()) {
              case MALFORMED_ID, TITLE_MISMATCH -> true;
              case UNKNOWN_ID -> rules.failOnUnknown();
              case CONFLICT -> rules.failOnConflict();
              default -> true; // not a citation problem: the validator returns none of the others
            };
        if (problem.kind() == ProblemKind.UNKNOWN_ID && allowed.contains(normal(citation.id()))) {
          continue;
        }
        if (Suppressions.covers(
            suppressions.getOrDefault(citation.element(), List.of()), problem.kind())) {
          suppressed++;
          continue;
        }
        findings.add(new Finding(citation, problem, failing ? Severity.ERROR : Severity.WARNING));
      }
    }
    return new Result(citations.size(), findings, suppressed);
  }

  private static Set<String> normalize(Set<String> ids) {
    Set<String> normal = new java.util.HashSet<>();
    for (String id : ids) {
      normal.add(normal(id));
    }
    return normal;
  }

  private static String normal(String id) {
    return Identifier.parse(id.strip()).identifier().map(Identifier::normalForm).orElse(id.strip());
  }
}
