package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.check.ProblemKind;
import io.github.papertrail.check.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline's matching (new, fixed, as multisets), its file and the file's errors. */
class BaselineTest {

  @TempDir Path dir;

  static CheckProblem problem(String element, String id, int line) {
    return new CheckProblem(
        ProblemKind.UNKNOWN_ID,
        Severity.ERROR,
        element,
        "METHOD",
        id,
        "com/acme/Lora.java",
        line,
        "[PaperUnknownId] " + id);
  }

  static final CheckProblem MERGE = problem("com.acme.Lora#merge()", "2106.09658", 10);
  static final CheckProblem SPLIT = problem("com.acme.Lora#split()", "2106.09658", 20);

  static BaselineEntry entry(CheckProblem problem) {
    return problem.key();
  }

  @Test
  void aProblemNotInTheBaselineIsNewAndAnEntryNoProblemUsesIsFixed() {
    Baseline baseline = Baseline.ofEntries(List.of(entry(MERGE), entry(SPLIT)));
    CheckProblem added = problem("com.acme.Lora#scale()", "1234.56789", 30);
    Baseline.Match match = baseline.match(List.of(added, MERGE));
    assertEquals(List.of(false, true), match.accepted());
    assertEquals(1, match.acceptedCount());
    assertEquals(List.of(entry(SPLIT)), match.fixed());
  }

  @Test
  void theSameProblemTwiceNeedsTwoEntries() {
    CheckProblem again = problem("com.acme.Lora#merge()", "2106.09658", 14);
    Baseline once = Baseline.ofEntries(List.of(entry(MERGE)));
    assertEquals(List.of(true, false), once.match(List.of(MERGE, again)).accepted());
    assertEquals(
        List.of(false, true),
        once.match(List.of(again, MERGE)).accepted(),
        "the earlier line is the one accepted");

    Baseline twice = Baseline.ofEntries(List.of(entry(MERGE), entry(MERGE)));
    assertEquals(List.of(true, true), twice.match(List.of(MERGE, again)).accepted());
    Baseline.Match one = twice.match(List.of(again));
    assertEquals(List.of(true), one.accepted());
    assertEquals(List.of(entry(MERGE)), one.fixed(), "one of the two occurrences is fixed");
  }

  @Test
  void aMovedProblemIsStillAccepted() {
    Baseline baseline = Baseline.of(List.of(MERGE));
    CheckProblem moved = problem("com.acme.Lora#merge()", "2106.09658", 13);
    assertEquals(List.of(true), baseline.match(List.of(moved)).accepted());
  }

  @Test
  void theFileRoundTripsAndIsTheSameWhateverTheOrder() throws Exception {
    byte[] one = Baseline.of(List.of(MERGE, SPLIT, MERGE)).toJson();
    byte[] other = Baseline.of(List.of(SPLIT, MERGE, MERGE)).toJson();
    assertArrayEquals(one, other);
    Path file = Files.write(dir.resolve("papertrail-baseline.json"), one);
    Baseline read = Baseline.read(file);
    assertEquals(List.of(entry(MERGE), entry(MERGE), entry(SPLIT)), read.entries());
    assertArrayEquals(one, read.toJson());
    String text = new String(one, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"version\": 1"), text);
    assertTrue(!text.contains("\"line\"") && !text.contains("Lora.java"), "no file, no line");
  }

  BaselineException readBad(String text) throws IOException {
    Path file = Files.writeString(dir.resolve("papertrail-baseline.json"), text);
    return assertThrows(BaselineException.class, () -> Baseline.read(file));
  }

  @Test
  void aSyntaxErrorNamesTheFileLineAndColumn() throws Exception {
    BaselineException e =
        readBad(
            "{\n  \"version\": 1,\n  \"problems\": [\n    {\"tag\": \"PaperUnknownId\",, }\n  ]\n}\n");
    assertTrue(
        e.getMessage().startsWith(dir.resolve("papertrail-baseline.json") + ":4:30: "),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("rerun papertrail:baseline to write it anew"), e.getMessage());
  }

  @Test
  void aMissingOrUnknownFieldNamesItsPlace() throws Exception {
    BaselineException missing =
        readBad(
            "{\n  \"version\": 1,\n  \"problems\": [\n    {\"tag\": \"PaperUnknownId\", \"element\":"
                + " \"a.B\"}\n  ]\n}\n");
    assertTrue(missing.getMessage().contains("papertrail-baseline.json:4:"), missing.getMessage());
    assertTrue(
        missing.getMessage().contains(": missing field \"identifier\""), missing.getMessage());

    BaselineException unknown =
        readBad("{\n  \"version\": 1,\n  \"problems\": [],\n  \"problem\": []\n}\n");
    assertTrue(
        unknown.getMessage().contains("papertrail-baseline.json:4:3: ")
            && unknown.getMessage().contains("unknown field \"problem\""),
        unknown.getMessage());

    BaselineException inEntry =
        readBad(
            "{\"version\": 1, \"problems\": [\n  {\"tag\": \"A\", \"element\": \"b\", \"identifier\":"
                + " \"c\"},\n  {\"tag\": \"A\", \"element\": \"b\", \"identifer\": \"c\"}\n]}\n");
    assertTrue(
        inEntry
            .getMessage()
            .contains("papertrail-baseline.json:3:48: missing field \"identifier\""),
        inEntry.getMessage());
  }

  @Test
  void anUnknownFieldInTheSecondEntryIsFoundThere() throws Exception {
    BaselineException e =
        readBad(
            "{\"version\": 1, \"problems\": [\n"
                + "  {\"tag\": \"A\", \"element\": \"b\", \"identifier\": \"c\"},\n"
                + "  {\"tag\": \"A\", \"element\": \"b\", \"identifier\": \"c\", \"line\": 3}\n"
                + "]}\n");
    assertTrue(
        e.getMessage().contains("papertrail-baseline.json:3:51: unknown field \"line\""),
        e.getMessage());
  }

  @Test
  void anotherVersionIsRefused() throws Exception {
    BaselineException e = readBad("{\"version\": 2, \"problems\": []}");
    assertTrue(
        e.getMessage().contains(":1:")
            && e.getMessage()
                .contains("version 2 is not the baseline format this papertrail reads"),
        e.getMessage());
  }
}
