package io.github.papertrail.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The papers whose code has run so far, for programs that write them into their own metadata (a
 * model card, a run's manifest):
 *
 * <pre>{@code
 * for (PaperUse paper : PapersUsed.snapshot()) {
 *   card.cite(paper.paper(), paper.distinctElements());
 * }
 * }</pre>
 *
 * <p>Without the agent nothing is ever recorded and the snapshot is empty, so code that has this
 * class on its class path (the agent jar, or a dependency on papertrail-agent) may call it
 * unconditionally.
 */
public final class PapersUsed {

  private PapersUsed() {}

  /**
   * An immutable copy of what ran so far: papers in the order of their first use, each with its
   * elements in the order of their first use. An element citing two papers is listed under both.
   */
  public static List<PaperUse> snapshot() {
    Map<String, List<UsedElement>> byPaper = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    List<Site> used = Recorder.usedSites();
    for (int i = 0; i < used.size(); i++) {
      Site site = used.get(i);
      for (Site.Citation citation : site.citations()) {
        List<UsedElement> elements =
            byPaper.computeIfAbsent(citation.paper(), paper -> new ArrayList<>());
        titles.merge(citation.paper(), citation.title(), (old, now) -> old.isEmpty() ? now : old);
        UsedElement element =
            new UsedElement(
                site.element(),
                site.kind(),
                citation.role(),
                citation.section(),
                citation.note(),
                i + 1);
        if (elements.stream().noneMatch(e -> e.element().equals(element.element()))) {
          elements.add(element);
        }
      }
    }
    List<PaperUse> papers = new ArrayList<>();
    byPaper.forEach(
        (paper, elements) ->
            papers.add(new PaperUse(paper, titles.get(paper), elements.get(0).order(), elements)));
    return List.copyOf(papers);
  }
}
