package io.github.papertrail.agent;

import java.util.List;

/**
 * One annotated element the transformer instrumented: what its {@code @Paper} annotations say, read
 * from the class file by ASM when the class was loaded, so that nothing is read by reflection at
 * run time.
 *
 * @param element named as the citation index names it: {@code com.acme.Lora}, {@code
 *     com.acme.Lora#merge(int)}
 * @param kind {@code type}, {@code method} or {@code constructor}
 * @param citations the element's {@code @Paper} annotations, in source order
 */
record Site(String element, String kind, List<Citation> citations) {

  Site {
    citations = List.copyOf(citations);
  }

  /** One {@code @Paper} as written; empty strings for members left at their default. */
  record Citation(String paper, String title, String role, String section, String note) {}
}
