package io.github.papertrail.plugin;

import io.github.papertrail.report.Citation;
import io.github.papertrail.scan.DependencyCitations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;

/**
 * The citations that a project's resolved dependencies carry, each under its artifact's
 * coordinates.
 */
final class DependencyJars {

  private DependencyJars() {}

  /**
   * @param excluded {@code groupId:artifactId} of artifacts to leave out (the reactor's own
   *     modules)
   */
  static List<Citation> citations(Set<Artifact> artifacts, Set<String> excluded) {
    List<Artifact> sorted = new ArrayList<>(artifacts);
    sorted.sort(Comparator.comparing(Artifact::getGroupId).thenComparing(Artifact::getArtifactId));
    List<Citation> citations = new ArrayList<>();
    for (Artifact artifact : sorted) {
      if (artifact.getFile() == null
          || excluded.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
        continue;
      }
      String coordinates =
          artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getBaseVersion();
      citations.addAll(DependencyCitations.read(coordinates, artifact.getFile().toPath()));
    }
    return citations;
  }
}
