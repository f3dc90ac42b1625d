package io.github.papertrail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that the annotated code implements, adapts, uses, evaluates or mentions a research paper.
 *
 * <pre>{@code
 * @Paper("2106.09685")                                          // LoRA, by arXiv id
 * final class LoraAdapter { ... }
 *
 * @Paper(value = "2305.14314", role = Role.ADAPTS, section = "3.1", note = "4-bit NF4 only")
 * Tensor quantize(Tensor w) { ... }
 *
 * @Paper(value = "2106.09685", title = "LoRA: Low-Rank Adaptation of Large Language Models")
 * }</pre>
 *
 * <p>The identifier may be an arXiv id (new or old style, with or without version, {@code arXiv:}
 * prefix or arxiv.org URL), a DOI, {@code openreview:ID}, {@code acl:ID}, a URL of those sites, or
 * the key of a catalog entry. papertrail's annotation processor checks every citation against the
 * catalogs at compile time. Retained at run time, so tools can read citations from class files.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.CONSTRUCTOR,
  ElementType.FIELD,
  ElementType.PACKAGE,
  ElementType.MODULE
})
@Repeatable(Paper.List.class)
public @interface Paper {

  /**
   * The paper's identifier in any accepted form, e.g. {@code "2106.09685"} or {@code "hu2021lora"}.
   */
  String value();

  /** How this code relates to the paper. */
  Role role() default Role.IMPLEMENTS;

  /**
   * Where in the paper: a section, equation or algorithm, e.g. {@code "3.1"} or {@code "Eq. 4"}.
   */
  String section() default "";

  /** Free text, e.g. what this implementation leaves out. */
  String note() default "";

  /**
   * The paper's title, optional. When given it must match the catalog's title, which catches a
   * valid identifier of the wrong paper.
   */
  String title() default "";

  /** The container that makes {@link Paper} repeatable. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({
    ElementType.TYPE,
    ElementType.METHOD,
    ElementType.CONSTRUCTOR,
    ElementType.FIELD,
    ElementType.PACKAGE,
    ElementType.MODULE
  })
  @interface List {
    Paper[] value();
  }
}
