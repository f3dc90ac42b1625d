package io.github.papertrail.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The jars a module puts on javac's processor path ({@code <annotationProcessorPaths>} of the
 * maven-compiler-plugin), as coordinates: the processor finds a team's catalog jar there, so the
 * goals look there too and check against the same catalogs javac did. papertrail's own artifacts
 * are left out (the bundled catalog is always in use), and so is a path without a version (one the
 * compiler plugin takes from dependency management): list the catalog jar with its version.
 */
final class ProcessorPathCatalogs {

  static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";
  private static final String OWN_GROUP = "io.github.papertrail";

  private ProcessorPathCatalogs() {}

  /**
   * {@code groupId:artifactId:version} of each path, in the order written: the plugin's own
   * configuration first, then its {@code default-compile} execution's.
   */
  static List<String> coordinates(MavenProject project) {
    Plugin compiler = project == null ? null : project.getPlugin(COMPILER);
    if (compiler == null) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    add(compiler.getConfiguration(), found);
    for (PluginExecution execution : compiler.getExecutions()) {
      if ("default-compile".equals(execution.getId())) {
        add(execution.getConfiguration(), found);
      }
    }
    return new ArrayList<>(found);
  }

  private static void add(Object configuration, Set<String> found) {
    if (!(configuration instanceof Xpp3Dom dom)
        || dom.getChild("annotationProcessorPaths") == null) {
      return;
    }
    for (Xpp3Dom path : dom.getChild("annotationProcessorPaths").getChildren()) {
      String group = text(path, "groupId");
      String artifact = text(path, "artifactId");
      String version = text(path, "version");
      if (group != null && artifact != null && version != null && !OWN_GROUP.equals(group)) {
        found.add(group + ":" + artifact + ":" + version);
      }
    }
  }

  private static String text(Xpp3Dom parent, String name) {
    Xpp3Dom child = parent.getChild(name);
    String value = child == null ? null : child.getValue();
    return value == null || value.isBlank() ? null : value.strip();
  }
}
