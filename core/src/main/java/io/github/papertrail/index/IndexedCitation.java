package io.github.papertrail.index;

import java.util.Comparator;
import java.util.List;

/**
 * One {@code @Paper} of a module as the citation index records it.
 *
 * @param element what carries it: {@code com.acme.Lora}, {@code com.acme.Lora#merge(int)}, {@code
 *     com.acme.Lora#rank}, {@code com.acme} (a package), a module name
 * @param kind the element's kind as javac names it: CLASS, METHOD, CONSTRUCTOR, FIELD, PACKAGE, …
 * @param source the source file relative to its source root ({@code com/acme/Lora.java}), when
 *     known
 * @param line the 1-based line of the identifier in the source, when known
 * @param id the identifier as written
 * @param normalized its normal form, null when malformed
 * @param version its arXiv version, when written
 * @param entry the catalog key it resolves to, null when unknown
 * @param owner the type (or package or module) whose recompilation replaces this record
 * @param suppressed the {@code @SuppressWarnings} values papertrail recognises on the element and
 *     the elements around it ({@code papertrail}, {@code PaperConflict}, …), sorted; empty when
 *     none. The compiler reported no problem they cover, and {@code check} reports none either.
 */
public record IndexedCitation(
    String element,
    String kind,
    String source,
    Integer line,
    String id,
    String normalized,
    Integer version,
    String entry,
    String role,
    String section,
    String note,
    String title,
    String owner,
    List<String> suppressed) {

  public IndexedCitation {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** The index's order: by element, then line, then identifier. */
  public static final Comparator<IndexedCitation> ORDER =
      Comparator.comparing(IndexedCitation::element)
          .thenComparing(IndexedCitation::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(IndexedCitation::id);
}
