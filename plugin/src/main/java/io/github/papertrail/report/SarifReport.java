package io.github.papertrail.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code check} goal's problems as a SARIF 2.1.0 log, the format GitHub code scanning (and
 * other viewers) read: one rule per {@link ProblemKind}, one result per problem, placed in its
 * source file relative to the repository's root ({@code %SRCROOT%}) and fingerprinted without its
 * line, so that an alert survives code moving above it. The same problems give the same bytes: no
 * time, no absolute path, results sorted, keys in a fixed order.
 */
public final class SarifReport {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The base the results' paths are relative to. */
  static final String SRCROOT = "%SRCROOT%";

  /** The key of the line-free fingerprint in {@code partialFingerprints}. */
  static final String FINGERPRINT = "papertrailFingerprint/v1";

  private static final Pattern SEMVER =
      Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SarifReport() {}

  /**
   * The SARIF log of the problems.
   *
   * @param problems as the check found them, in any order
   * @param accepted for each problem, whether the baseline accepts it; null when no baseline is in
   *     use (the results then carry no {@code baselineState})
   * @param uris the path relative to the repository's root of a source file the index names
   *     relative to its source root, or null when it is not known
   * @param version papertrail's version, or null when not known
   */
  public static byte[] write(
      List<CheckProblem> problems,
      List<Boolean> accepted,
      Function<String, String> uris,
      String version) {
    ObjectNode log = NODES.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "papertrail");
    if (version != null) {
      driver.put("version", version);
      if (SEMVER.matcher(version).matches()) {
        driver.put("semanticVersion", version);
      }
    }
    ArrayNode rules = driver.putArray("rules");
    for (ProblemKind kind : ProblemKind.values()) {
      rules.add(rule(kind));
    }
    run.putObject("originalUriBaseIds")
        .putObject(SRCROOT)
        .putObject("description")
        .put(
            "text",
            "The repository's root: the nearest folder above the module that holds .git, else the"
                + " folder Maven ran in.");
    ArrayNode results = run.putArray("results");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> CheckProblem.ORDER.compare(problems.get(a), problems.get(b)));
    Map<BaselineEntry, Integer> seen = new HashMap<>();
    for (int i : order) {
      CheckProblem problem = problems.get(i);
      int occurrence = seen.merge(problem.key(), 1, Integer::sum) - 1;
      ObjectNode result = result(problem, uris.apply(problem.source()), occurrence);
      if (accepted != null) {
        result.put("baselineState", accepted.get(i) ? "unchanged" : "new");
      }
      results.add(result);
    }
    return Json.write(log);
  }

  private static ObjectNode rule(ProblemKind kind) {
    String text = plain(kind.description());
    ObjectNode rule = NODES.objectNode();
    rule.put("id", kind.tag());
    rule.put("name", kind.tag());
    rule.putObject("shortDescription").put("text", text);
    rule.putObject("fullDescription").put("text", "[" + kind.tag() + "]: " + text + ".");
    ObjectNode help = rule.putObject("help");
    help.put(
        "text",
        "[" + kind.tag() + "]: " + text + ". Every papertrail message starts with its tag.");
    help.put(
        "markdown",
        "`["
            + kind.tag()
            + "]`: "
            + kind.description()
            + ". Every papertrail message starts with"
            + " its tag.");
    rule.putObject("defaultConfiguration").put("level", level(kind.defaultSeverity()));
    return rule;
  }

  /** The descriptions are Markdown with code spans only: plain text without the backticks. */
  static String plain(String markdown) {
    return markdown.replace("`", "");
  }

  static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  private static ObjectNode result(CheckProblem problem, String uri, int occurrence) {
    ObjectNode result = NODES.objectNode();
    result.put("ruleId", problem.kind().tag());
    result.put("ruleIndex", problem.kind().ordinal());
    result.put("level", level(problem.severity()));
    result.putObject("message").put("text", problem.message());
    ObjectNode location = result.putArray("locations").addObject();
    if (uri != null) {
      ObjectNode physical = location.putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", uri);
      artifact.put("uriBaseId", SRCROOT);
      if (problem.line() != null && problem.line() > 0) {
        physical.putObject("region").put("startLine", problem.line());
      }
    }
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", problem.element());
    String kind = logicalKind(problem.elementKind());
    if (kind != null) {
      logical.put("kind", kind);
    }
    result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(problem, occurrence));
    return result;
  }

  /** SARIF's name for the kind of element a citation is on, or null when none fits or unknown. */
  static String logicalKind(String elementKind) {
    if (elementKind == null) {
      return null;
    }
    return switch (elementKind) {
      case "CLASS", "INTERFACE", "ENUM", "RECORD", "ANNOTATION_TYPE" -> "type";
      case "METHOD", "CONSTRUCTOR" -> "function";
      case "FIELD", "ENUM_CONSTANT", "RECORD_COMPONENT" -> "member";
      case "PACKAGE" -> "namespace";
      case "MODULE" -> "module";
      default -> null;
    };
  }

  /**
   * What the problem is and where in the code, not on which line: tag, element and identifier, and
   * which of the problems with those three it is (they count in file and line order).
   */
  static String fingerprint(CheckProblem problem, int occurrence) {
    BaselineEntry key = problem.key();
    String text = key.tag() + '\0' + key.element() + '\0' + key.identifier() + '\0' + occurrence;
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
