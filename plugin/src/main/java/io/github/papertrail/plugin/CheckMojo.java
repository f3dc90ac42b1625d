package io.github.papertrail.plugin;

import io.github.papertrail.config.FrontEnd;
import io.github.papertrail.report.CitationCheck;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every {@code @Paper} of the module's compiled classes against the bundled catalog and the
 * {@code catalogs}: logs every problem with its class or member, source line and suggestion, then
 * fails once with the count.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractClassesMojo {

  /** Fail the build on an identifier that no catalog holds. */
  @Parameter(property = "papertrail.failOnUnknown", defaultValue = "true")
  private boolean failOnUnknown;

  /** Fail the build on a citation of an entry the catalog flags with a conflict. */
  @Parameter(property = "papertrail.failOnConflict", defaultValue = "false")
  private boolean failOnConflict;

  /**
   * Identifiers accepted though no catalog holds them, in any form ({@code 1706.03762}, {@code
   * arXiv:1706.03762}).
   */
  @Parameter private List<String> allow = List.of();

  @Override
  protected void executeGoal() throws MojoFailureException {
    if (!hasClasses()) {
      return;
    }
    CitationCheck.Result result =
        CitationCheck.run(
            citations(),
            loadCatalogs(),
            new CitationCheck.Rules(failOnUnknown, failOnConflict, Set.copyOf(allow)));
    for (CitationCheck.Finding finding : result.findings()) {
      if (finding.failing()) {
        getLog().error(finding.format());
      } else {
        getLog().warn(finding.format());
      }
    }
    long failing = result.failing();
    getLog()
        .info(
            "papertrail: "
                + result.checked()
                + " citations checked, "
                + result.findings().size()
                + " problem"
                + (result.findings().size() == 1 ? "" : "s")
                + ", "
                + failing
                + " failing the build");
    if (failing > 0) {
      throw new MojoFailureException(
          "papertrail: "
              + failing
              + " citation problem"
              + (failing == 1 ? "" : "s")
              + " (listed above) fail the build. Fix the identifiers, add the papers to a catalog ("
              + FrontEnd.MAVEN.catalogsAdvice()
              + "), or accept them with <allow>.");
    }
  }
}
