package io.github.papertrail.plugin;

import io.github.papertrail.io.AtomicFiles;
import io.github.papertrail.report.Baseline;
import io.github.papertrail.report.BaselineEntry;
import io.github.papertrail.report.BaselineException;
import io.github.papertrail.report.CheckProblem;
import io.github.papertrail.report.CitationCheck;
import io.github.papertrail.report.RepositoryPaths;
import io.github.papertrail.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * What {@code check} writes and reads besides its log: the SARIF file for code scanning, written on
 * every run, and the baseline, whose problems it then leaves out of what fails the build.
 */
final class CheckFiles {

  /** The problems the baseline does not accept: what the check logs and fails on. */
  record New(CitationCheck.Result result, List<CitationCheck.MentionFinding> mentions) {}

  private final Path basedir;
  private final List<String> sourceRoots;
  private final Path executionRoot;
  private final Log log;

  /** For the goal's module, where Maven runs, and its log. */
  CheckFiles(AbstractPapertrailMojo goal) {
    MavenProject project = goal.project;
    this.basedir = goal.baseDirectory();
    this.sourceRoots = project == null ? List.of() : project.getCompileSourceRoots();
    this.executionRoot = goal.executionRoot();
    this.log = goal.getLog();
  }

  /**
   * Matches the problems against the baseline when the file exists, logs the accepted ones in one
   * line and the entries no problem used up, writes the SARIF file, and returns the rest.
   *
   * @throws MojoFailureException for a baseline that cannot be read, or a SARIF file that cannot be
   *     written
   */
  New apply(
      File baseline,
      File sarif,
      CitationCheck.Result result,
      List<CitationCheck.MentionFinding> mentions)
      throws MojoFailureException {
    List<CheckProblem> problems = CheckProblem.of(result.findings(), mentions);
    Baseline.Match match = null;
    if (baseline != null && baseline.isFile()) {
      try {
        match = Baseline.read(baseline.toPath()).match(problems);
      } catch (BaselineException e) {
        throw new MojoFailureException("papertrail: " + e.getMessage());
      }
      logBaseline(match, shown(baseline));
    }
    writeSarif(sarif, problems, match == null ? null : match.accepted());
    if (match == null) {
      return new New(result, mentions);
    }
    List<CitationCheck.Finding> findings = new ArrayList<>();
    for (int i = 0; i < result.findings().size(); i++) {
      if (!match.accepted().get(i)) {
        findings.add(result.findings().get(i));
      }
    }
    List<CitationCheck.MentionFinding> newMentions = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (!match.accepted().get(result.findings().size() + i)) {
        newMentions.add(mentions.get(i));
      }
    }
    return new New(
        new CitationCheck.Result(result.checked(), findings, result.suppressed()), newMentions);
  }

  private void logBaseline(Baseline.Match match, String file) {
    long accepted = match.acceptedCount();
    if (accepted > 0) {
      log.info(
          "papertrail: "
              + accepted
              + " problem"
              + (accepted == 1 ? "" : "s")
              + " listed in "
              + file
              + " (the baseline) "
              + (accepted == 1 ? "does" : "do")
              + " not fail the build");
    }
    List<BaselineEntry> fixed = match.fixed();
    if (!fixed.isEmpty()) {
      log.warn(
          "papertrail: fixed since the baseline: "
              + fixed.stream().map(BaselineEntry::toString).collect(Collectors.joining(", "))
              + ": remove them from "
              + file
              + " or rerun papertrail:baseline");
    }
  }

  private void writeSarif(File sarif, List<CheckProblem> problems, List<Boolean> accepted)
      throws MojoFailureException {
    RepositoryPaths paths =
        new RepositoryPaths(
            RepositoryPaths.root(basedir, executionRoot),
            sourceRoots.stream().map(Path::of).toList());
    try {
      AtomicFiles.write(
          sarif.toPath(), SarifReport.write(problems, accepted, paths::uri, version()));
      log.debug("papertrail: code scanning results in " + sarif);
    } catch (IOException e) {
      throw new MojoFailureException(
          "papertrail: cannot write the SARIF file " + sarif + ": " + e.getMessage());
    }
  }

  /**
   * The plugin's version, from the {@code pom.properties} Maven packs into its jar; null when run
   * from classes (the tests), and the SARIF file then names none.
   */
  static String version() {
    try (InputStream in =
        CheckFiles.class.getResourceAsStream(
            "/META-INF/maven/io.github.papertrail/papertrail-maven-plugin/pom.properties")) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  /** The file as the user would type it: relative to where Maven runs, when it is below. */
  private String shown(File file) {
    Path path = file.toPath().toAbsolutePath().normalize();
    Path root = executionRoot.toAbsolutePath().normalize();
    return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
  }
}
