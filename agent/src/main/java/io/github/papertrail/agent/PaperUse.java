package io.github.papertrail.agent;

import java.util.List;

/**
 * One paper the run used, with the elements that cite it, in the order they were first used.
 *
 * @param paper the identifier as the {@code @Paper} wrote it ({@code 2106.09685}, {@code
 *     hu2021lora})
 * @param title the citation's own {@code title}, empty if none gave one (the catalog's title is
 *     added by the files the agent writes, not here)
 * @param firstUse the {@link UsedElement#order()} of its first element
 * @param elements never empty
 */
public record PaperUse(String paper, String title, int firstUse, List<UsedElement> elements) {

  public PaperUse {
    elements = List.copyOf(elements);
  }

  /** How many distinct elements citing this paper ran. */
  public int distinctElements() {
    return elements.size();
  }
}
