package io.github.papertrail.plugin;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.Severity;
import io.github.papertrail.io.AtomicFiles;
import io.github.papertrail.report.Baseline;
import io.github.papertrail.report.CheckProblem;
import io.github.papertrail.report.CitationCheck;
import io.github.papertrail.scan.ClassFileCitations;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the baseline for adopting papertrail in a codebase that already has problems: every
 * problem {@code check} finds now, by tag, element and identifier, so that {@code check} then fails
 * only on new ones. Run after compiling: {@code mvn compile papertrail:baseline}.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends AbstractClassesMojo {

  /** The file to write, which {@code check} reads with the same parameter. */
  @Parameter(
      property = "papertrail.baseline",
      defaultValue = "${project.basedir}/papertrail-baseline.json")
  private File baseline;

  /**
   * Whether uncited mentions ({@code [PaperUncitedMention]}) are problems: {@code warning} or
   * {@code error} lists them, {@code off} does not; as {@code check} takes it.
   */
  @Parameter(property = "papertrail.mentions", defaultValue = "warning")
  private String mentions;

  /** Identifiers accepted though no catalog holds them, as {@code check} takes them. */
  @Parameter private List<String> allow = List.of();

  @Override
  protected void executeGoal() throws MojoFailureException {
    if (hasClasses()) {
      write(problems(mentionSeverity(mentions), loadCatalogs()));
    }
  }

  /** Every problem check reports now, whether it fails the build or not. */
  private List<CheckProblem> problems(Severity mentionSeverity, Catalogs catalogs) {
    return CheckProblem.of(
        CitationCheck.run(
                citations(), catalogs, new CitationCheck.Rules(true, false, Set.copyOf(allow)))
            .findings(),
        CitationCheck.mentions(
            ClassFileCitations.uncitedMentions(classesDirectory().toPath()),
            catalogs,
            mentionSeverity));
  }

  private void write(List<CheckProblem> problems) throws MojoFailureException {
    try {
      AtomicFiles.write(baseline.toPath(), Baseline.of(problems).toJson());
    } catch (IOException e) {
      throw new MojoFailureException(
          "papertrail: cannot write the baseline " + baseline + ": " + e.getMessage());
    }
    getLog()
        .info(
            "papertrail: "
                + problems.size()
                + " problem"
                + (problems.size() == 1 ? "" : "s")
                + " written to "
                + baseline
                + "; papertrail:check fails only on problems not listed there");
  }
}
