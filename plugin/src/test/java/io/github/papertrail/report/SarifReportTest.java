package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The SARIF log of constructed problems: what code scanning reads, valid, stable. */
class SarifReportTest {

  static final Function<String, String> UNDER_ML_CORE =
      source -> source == null ? null : "ml-core/src/main/java/" + source;

  static CheckProblem unknown(String element, Integer line) {
    return new CheckProblem(
        ProblemKind.UNKNOWN_ID,
        Severity.ERROR,
        element,
        "METHOD",
        "2106.09658",
        "com/acme/Lora.java",
        line,
        "[PaperUnknownId] 2106.09658 is not in the bundled seed catalog.");
  }

  static final CheckProblem CONFLICT =
      new CheckProblem(
          ProblemKind.CONFLICT,
          Severity.WARNING,
          "com.acme.Adapters",
          "CLASS",
          "2409.04206",
          "com/acme/Adapters.java",
          null,
          "[PaperConflict] fastforward2024 is flagged.");

  static final CheckProblem NO_SOURCE =
      new CheckProblem(
          ProblemKind.MALFORMED_ID,
          Severity.ERROR,
          "com.acme",
          "PACKAGE",
          "2106.09685.pdf",
          null,
          null,
          "[PaperMalformedId] \"2106.09685.pdf\" is not a paper identifier.");

  static JsonNode sarif(List<CheckProblem> problems, List<Boolean> accepted) {
    return Schemas.json(
        new String(
            SarifReport.write(problems, accepted, UNDER_ML_CORE, "0.1.0-SNAPSHOT"),
            StandardCharsets.UTF_8));
  }

  @Test
  void theLogIsValidAgainstTheSchemaAndPlacesEachResult() {
    JsonNode log =
        sarif(List.of(unknown("com.acme.Lora#merge(int)", 12), CONFLICT, NO_SOURCE), null);
    assertEquals(List.of(), Schemas.errors(Schemas.SARIF, log));
    JsonNode run = log.get("runs").get(0);
    assertEquals("papertrail", run.at("/tool/driver/name").asText());
    assertEquals("0.1.0-SNAPSHOT", run.at("/tool/driver/semanticVersion").asText());
    JsonNode results = run.get("results");
    assertEquals(3, results.size());
    // sorted: no file first, then by file
    assertEquals("PaperMalformedId", results.get(0).get("ruleId").asText());
    assertEquals(
        "com.acme",
        results.get(0).at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    assertTrue(results.get(0).at("/locations/0/physicalLocation").isMissingNode());
    assertEquals("namespace", results.get(0).at("/locations/0/logicalLocations/0/kind").asText());

    JsonNode conflict = results.get(1);
    assertEquals("PaperConflict", conflict.get("ruleId").asText());
    assertEquals("warning", conflict.get("level").asText());
    assertEquals(
        "ml-core/src/main/java/com/acme/Adapters.java",
        conflict.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertTrue(
        conflict.at("/locations/0/physicalLocation/region").isMissingNode(), "no line known");

    JsonNode lora = results.get(2);
    assertEquals("error", lora.get("level").asText());
    assertEquals(12, lora.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(
        "%SRCROOT%", lora.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    assertTrue(run.at("/originalUriBaseIds/%SRCROOT%").isObject());
    assertEquals(
        "[PaperUnknownId] 2106.09658 is not in the bundled seed catalog.",
        lora.at("/message/text").asText());
    assertTrue(lora.get("baselineState") == null, "no baseline, no baselineState");
    int index = lora.get("ruleIndex").asInt();
    assertEquals("PaperUnknownId", run.at("/tool/driver/rules/" + index + "/id").asText());
  }

  @Test
  void everyProblemKindIsARuleWithItsDefaultLevelAndPlainDescription() {
    JsonNode rules = sarif(List.of(), null).at("/runs/0/tool/driver/rules");
    assertEquals(ProblemKind.values().length, rules.size());
    for (ProblemKind kind : ProblemKind.values()) {
      JsonNode rule = rules.get(kind.ordinal());
      assertEquals(kind.tag(), rule.get("id").asText());
      assertEquals(
          kind.defaultSeverity() == Severity.ERROR ? "error" : "warning",
          rule.at("/defaultConfiguration/level").asText());
      assertFalse(rule.at("/shortDescription/text").asText().contains("`"), kind.tag());
      assertTrue(rule.at("/help/markdown").asText().contains(kind.description()), kind.tag());
    }
  }

  @Test
  void noProblemsIsAnEmptyResultsArray() {
    JsonNode results = sarif(List.of(), null).at("/runs/0/results");
    assertTrue(results.isArray());
    assertEquals(0, results.size());
  }

  @Test
  void theSameProblemsInAnotherOrderGiveTheSameBytes() {
    List<CheckProblem> problems =
        List.of(unknown("com.acme.Lora#merge(int)", 12), CONFLICT, NO_SOURCE);
    List<CheckProblem> reversed = new ArrayList<>(problems);
    java.util.Collections.reverse(reversed);
    byte[] once = SarifReport.write(problems, null, UNDER_ML_CORE, null);
    assertArrayEquals(once, SarifReport.write(reversed, null, UNDER_ML_CORE, null));
    String text = new String(once, StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"), "\\n line ends");
    assertTrue(text.endsWith("}\n"));
  }

  static String fingerprint(JsonNode result) {
    return result.at("/partialFingerprints/" + SarifReport.FINGERPRINT.replace("/", "~1")).asText();
  }

  @Test
  void movingACitationDownThreeLinesKeepsItsFingerprint() {
    JsonNode before = sarif(List.of(unknown("com.acme.Lora#merge(int)", 12)), null);
    JsonNode after = sarif(List.of(unknown("com.acme.Lora#merge(int)", 15)), null);
    String fingerprint = fingerprint(before.at("/runs/0/results/0"));
    assertEquals(32, fingerprint.length(), fingerprint);
    assertEquals(fingerprint, fingerprint(after.at("/runs/0/results/0")));
    assertEquals(
        15, after.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt());
  }

  @Test
  void theSameProblemTwiceInAModuleGetsTwoFingerprints() {
    JsonNode log =
        sarif(
            List.of(
                unknown("com.acme.Lora#merge(int)", 12), unknown("com.acme.Lora#merge(int)", 13)),
            null);
    JsonNode results = log.at("/runs/0/results");
    assertNotEquals(fingerprint(results.get(0)), fingerprint(results.get(1)));
    JsonNode other = sarif(List.of(unknown("com.acme.Lora#split()", 12)), null);
    assertNotEquals(fingerprint(results.get(0)), fingerprint(other.at("/runs/0/results/0")));
  }

  @Test
  void withABaselineEachResultSaysWhetherItIsNew() {
    JsonNode results =
        sarif(List.of(unknown("com.acme.Lora#merge(int)", 12), CONFLICT), List.of(true, false))
            .at("/runs/0/results");
    assertEquals("new", results.get(0).get("baselineState").asText(), "Adapters sorts first");
    assertEquals("unchanged", results.get(1).get("baselineState").asText());
  }

  @Test
  void theSchemaRejectsALineZeroAResultWithoutRuleIdAndANumberFingerprint() {
    JsonNode valid = sarif(List.of(unknown("com.acme.Lora#merge(int)", 12)), null);
    assertEquals(List.of(), Schemas.errors(Schemas.SARIF, valid));

    JsonNode lineZero = valid.deepCopy();
    ((ObjectNode) lineZero.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    assertFalse(Schemas.errors(Schemas.SARIF, lineZero).isEmpty(), "line 0");

    JsonNode noRule = valid.deepCopy();
    ((ObjectNode) noRule.at("/runs/0/results/0")).remove("ruleId");
    assertFalse(Schemas.errors(Schemas.SARIF, noRule).isEmpty(), "no ruleId");

    JsonNode numberPrint = valid.deepCopy();
    ((ObjectNode) numberPrint.at("/runs/0/results/0/partialFingerprints")).put("x", 1);
    assertFalse(Schemas.errors(Schemas.SARIF, numberPrint).isEmpty(), "a number fingerprint");

    JsonNode absolute = valid.deepCopy();
    ((ObjectNode) absolute.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation"))
        .put("uri", "/home/someone/ml-core/src/main/java/com/acme/Lora.java");
    assertFalse(Schemas.errors(Schemas.SARIF, absolute).isEmpty(), "an absolute path");

    JsonNode badVersion = valid.deepCopy();
    ((ObjectNode) badVersion).put("version", "2.0.0");
    assertFalse(Schemas.errors(Schemas.SARIF, badVersion).isEmpty(), "version 2.0.0");
  }
}
