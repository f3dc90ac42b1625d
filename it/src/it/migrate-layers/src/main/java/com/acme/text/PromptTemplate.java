package com.acme.text;

/**
 * Fills a prompt template. The virtual-token form ({@link #virtualTokens}) reserves slots for
 * trained prefix vectors, as in https://aclanthology.org/2021.acl-long.353/; the syntax of the
 * templates is in the <a href="https://acme-ml.github.io/nn/docs/prompts.html">prompt guide</a>.
 */
public final class PromptTemplate {

  private final String template;

  /** Number of trained prefix vectors put before the text; 0 for a plain template. */
  final int virtualTokens;

  public PromptTemplate(String template, int virtualTokens) {
    this.template = template;
    this.virtualTokens = virtualTokens;
  }

  public String fill(String input) {
    return "<v>".repeat(virtualTokens) + template.replace("{input}", input);
  }
}
