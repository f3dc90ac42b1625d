package io.github.papertrail.migrate;

import io.github.papertrail.mention.Mention;
import io.github.papertrail.mention.PaperMentions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Paper references in a comment (interim: identifiers only). */
final class ReferenceFinder {

  private ReferenceFinder() {}

  static List<Reference> find(Comment comment) {
    List<Reference> refs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : PaperMentions.find(comment.body(), comment.line())) {
      if (seen.add(m.id().normalForm())) {
        refs.add(
            new Reference(m.id(), m.written(), m.line(), null, List.of(), null, null, m.written()));
      }
    }
    return refs;
  }
}
