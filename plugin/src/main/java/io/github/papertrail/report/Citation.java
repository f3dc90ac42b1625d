package io.github.papertrail.report;

/**
 * One {@code @Paper} found in a module, as the reports show it.
 *
 * @param module the module's name (its artifactId), for reactor reports
 * @param element {@code com.acme.Lora}, {@code com.acme.Lora#merge(int)}, {@code
 *     com.acme.Lora#rank}, a package
 * @param kind CLASS, INTERFACE, ENUM, RECORD, METHOD, CONSTRUCTOR, FIELD, PACKAGE, MODULE, …
 * @param source the source file relative to its source root, when the citation index gives it
 * @param line the line of the identifier in that file, when known
 * @param id the identifier as written
 * @param role IMPLEMENTS, ADAPTS, USES, EVALUATES or MENTIONS
 * @param section where in the paper, or null
 * @param note free text, or null
 * @param title the citation's {@code title=}, or null
 */
public record Citation(
    String module,
    String element,
    String kind,
    String source,
    Integer line,
    String id,
    String role,
    String section,
    String note,
    String title) {

  /** The class (or package, or module) the citation belongs to: the element before {@code #}. */
  public String className() {
    int hash = element.indexOf('#');
    return hash < 0 ? element : element.substring(0, hash);
  }

  /**
   * The member after {@code #} ({@code merge(int)}, {@code rank}), or null for the class itself.
   */
  public String member() {
    int hash = element.indexOf('#');
    return hash < 0 ? null : element.substring(hash + 1);
  }
}
