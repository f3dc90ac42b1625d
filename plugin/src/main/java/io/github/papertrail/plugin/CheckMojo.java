package io.github.papertrail.plugin;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.Severity;
import io.github.papertrail.config.FrontEnd;
import io.github.papertrail.index.IndexedMention;
import io.github.papertrail.report.CitationCheck;
import io.github.papertrail.scan.ClassFileCitations;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every {@code @Paper} of the module's compiled classes against the bundled catalog and the
 * {@code catalogs}: logs every problem with its class or member, source line and suggestion, then
 * fails once with the count. A problem a {@code @SuppressWarnings} in the code silences (as the
 * citation index records it) is only counted in the summary line.
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
   * How a paper that an element's Javadoc links or names, and that none of its {@code @Paper}s
   * cites, is reported: {@code warning} (the default), {@code error} (fails the build) or {@code
   * off}. The compiler finds them (the processor or the javac plugin, with its {@code mentions}
   * option not off) and records them in the citation index; class files keep no Javadoc.
   */
  @Parameter(property = "papertrail.mentions", defaultValue = "warning")
  private String mentions;

  /**
   * Identifiers accepted though no catalog holds them, in any form ({@code 1706.03762}, {@code
   * arXiv:1706.03762}).
   */
  @Parameter private List<String> allow = List.of();

  /**
   * Write {@code target/papertrail/fixes.patch} with the fixes of the problems that have exactly
   * one (see the README), for {@code git apply}; the build still fails.
   */
  @Parameter(property = "papertrail.patch", defaultValue = "false")
  private boolean patch;

  /** The sources' encoding, which the patch keeps. */
  @Parameter(defaultValue = "${project.build.sourceEncoding}")
  private String encoding;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  private File buildDirectory;

  /**
   * The problems {@code papertrail:baseline} listed, which do not fail the build; used when the
   * file exists.
   */
  @Parameter(
      property = "papertrail.baseline",
      defaultValue = "${project.basedir}/papertrail-baseline.json")
  private File baseline;

  /** The SARIF 2.1.0 file for code scanning, written on every run. */
  @Parameter(
      property = "papertrail.sarif",
      defaultValue = "${project.build.directory}/papertrail/papertrail.sarif")
  private File sarif;

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    if (!hasClasses()) {
      return;
    }
    Severity mentionSeverity = mentionSeverity(mentions);
    Catalogs catalogs = loadCatalogs();
    CitationCheck.Result result =
        CitationCheck.run(
            citations(),
            catalogs,
            new CitationCheck.Rules(failOnUnknown, failOnConflict, Set.copyOf(allow)),
            ClassFileCitations.suppressions(classesDirectory().toPath()));
    List<IndexedMention> uncited = ClassFileCitations.uncitedMentions(classesDirectory().toPath());
    List<CitationCheck.MentionFinding> drift =
        CitationCheck.mentions(uncited, catalogs, mentionSeverity);
    long suppressed =
        result.suppressed() + CitationCheck.suppressedMentions(uncited, mentionSeverity);
    if (patch) {
      // every problem with one fix, those the baseline accepts too: fixing them costs nothing
      CheckFixes.write(
          result.findings(),
          catalogs,
          project,
          executionRoot(),
          buildDirectory,
          encoding,
          getLog());
    }
    CheckFiles.New unlisted = new CheckFiles(this).apply(baseline, sarif, result, drift);
    result = unlisted.result();
    drift = unlisted.mentions();
    for (CitationCheck.Finding finding : result.findings()) {
      log(finding.failing(), finding.format());
    }
    for (CitationCheck.MentionFinding finding : drift) {
      log(finding.failing(), finding.format());
    }
    long failing = result.failing();
    long failingMentions = drift.stream().filter(CitationCheck.MentionFinding::failing).count();
    int problems = result.findings().size() + drift.size();
    getLog()
        .info(
            "papertrail: "
                + result.checked()
                + " citations checked, "
                + problems
                + " problem"
                + (problems == 1 ? "" : "s")
                + ", "
                + (failing + failingMentions)
                + " failing the build"
                + (suppressed == 0 ? "" : ", " + suppressed + " suppressed in code"));
    if (failing > 0) {
      throw new MojoFailureException(
          "papertrail: "
              + failing
              + " citation problem"
              + (failing == 1 ? "" : "s")
              + " (listed above) fail the build. Fix the identifiers, add the papers to a catalog ("
              + FrontEnd.MAVEN.catalogsAdvice()
              + "), or accept them with <allow>."
              + mentionsFailing(failingMentions));
    }
    if (failingMentions > 0) {
      throw new MojoFailureException("papertrail:" + mentionsFailing(failingMentions));
    }
  }

  private static String mentionsFailing(long count) {
    return count == 0
        ? ""
        : " "
            + count
            + " paper"
            + (count == 1 ? "" : "s")
            + " named in Javadoc and cited by no @Paper (listed above) fail the build"
            + " (<mentions>error</mentions>): cite them with @Paper or remove them.";
  }

  private void log(boolean failing, String text) {
    if (failing) {
      getLog().error(text);
    } else {
      getLog().warn(text);
    }
  }
}
