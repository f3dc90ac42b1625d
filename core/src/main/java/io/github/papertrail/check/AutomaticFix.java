package io.github.papertrail.check;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import java.util.List;

/**
 * The fix of a problem that a tool may write into the source unasked ({@code papertrail:check
 * -Dpapertrail.patch}): the one fix there is when nothing else could have been meant. A wrong
 * automatic fix is worse than none, so there are only three cases, each needing exactly one fix on
 * the problem ({@link Problem#uniqueFix()}):
 *
 * <ul>
 *   <li>{@link ProblemKind#MALFORMED_ID} whose input the identifier grammar reads as a sloppy form
 *       of one valid identifier (a look-alike character, {@code 2106.09685.pdf}, a missing {@code
 *       https://}), when a catalog holds that identifier: its normal form (a repair no catalog
 *       knows may not be the paper meant: {@code 2305.1829} reads as {@code 2305.01829});
 *   <li>{@link ProblemKind#UNKNOWN_ID} one edit (a character wrong, missing or extra, or two
 *       neighbours swapped) from one catalog entry's identifier of the same scheme, with no other
 *       entry within the distance that "did you mean" suggests at (a quarter of the identifier's
 *       length, from one to three edits), and, when the citation has a {@code title=}, that entry's
 *       title: that entry's identifier in the scheme written;
 *   <li>{@link ProblemKind#TITLE_MISMATCH} whose {@code title=} is the title (case, accents and
 *       punctuation aside) of exactly one other catalog entry: that entry's identifier in the
 *       scheme written; the title stays.
 * </ul>
 *
 * Everything else (several suggestions, a far typo, a key found inside another, a conflict) is left
 * to a person.
 */
public final class AutomaticFix {

  private AutomaticFix() {}

  /**
   * The one fix of {@code problem}, found by checking a citation against {@code catalogs}, or null.
   * Its {@link Fix#replacement()} replaces the identifier ({@link Attribute#VALUE}) in every case.
   *
   * @param title the citation's {@code title=}, or null or blank when it has none
   */
  public static Fix of(Problem problem, String title, Catalogs catalogs) {
    Fix fix = problem.uniqueFix();
    if (fix == null || fix.attribute() != Attribute.VALUE || problem.written() == null) {
      return null;
    }
    boolean titled = title != null && !title.isBlank();
    return switch (problem.kind()) {
      case MALFORMED_ID -> fix.key() != null ? fix : null;
      case UNKNOWN_ID -> {
        Identifier id = Identifier.parse(problem.written()).identifier().orElse(null);
        CatalogEntry near = id == null ? null : Suggestions.onlyOneEditAway(id, catalogs);
        yield near != null
                && near.key().equals(fix.key())
                && (!titled || CitationValidator.titleMatches(near, title))
            ? fix
            : null;
      }
      case TITLE_MISMATCH -> titled ? namedByTitle(problem.written(), title, fix, catalogs) : null;
      default -> null;
    };
  }

  /**
   * The fix citing the entry whose title is {@code title}, when it is the only such entry and the
   * one the problem suggests.
   */
  private static Fix namedByTitle(String written, String title, Fix fix, Catalogs catalogs) {
    List<CatalogEntry> same =
        catalogs.entries().stream()
            .filter(entry -> CitationValidator.titleMatches(entry, title))
            .limit(2)
            .toList();
    if (same.size() != 1 || !same.get(0).key().equals(fix.key())) {
      return null;
    }
    ParsedId parsed = Identifier.parse(written);
    Scheme scheme = parsed.identifier().map(Identifier::scheme).orElse(null);
    return CitationValidator.fix(same.get(0), scheme);
  }
}
