package io.github.papertrail.index;

import java.util.Comparator;
import java.util.List;

/**
 * A paper an element's Javadoc links or names and none of its {@code @Paper}s cites, as the
 * citation index records it for the {@code check} goal, which reads class files and has no Javadoc.
 *
 * @param element what the Javadoc documents, named as citations name it
 * @param source the source file relative to its source root, when known
 * @param line the 1-based line of the mention in the source, when known
 * @param id the paper's identifier as {@code @Paper} would cite it ({@code 2106.09685v1}, {@code
 *     10.1145/…}, {@code openreview:…})
 * @param normalized its normal form
 * @param written the mention as the Javadoc writes it
 * @param owner the type (or package) whose recompilation replaces this record
 * @param suppressed the {@code @SuppressWarnings} values papertrail recognises on the element and
 *     the elements around it, sorted; empty when none. With {@code papertrail} or {@code
 *     PaperUncitedMention} among them neither the compiler nor {@code check} reports the mention.
 */
public record IndexedMention(
    String element,
    String source,
    Integer line,
    String id,
    String normalized,
    String written,
    String owner,
    List<String> suppressed) {

  public IndexedMention {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** The index's order: by element, then line, then identifier. */
  public static final Comparator<IndexedMention> ORDER =
      Comparator.comparing(IndexedMention::element)
          .thenComparing(IndexedMention::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(IndexedMention::normalized);
}
