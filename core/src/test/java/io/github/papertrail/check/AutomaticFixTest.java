package io.github.papertrail.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.format.CatalogSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which problems have the one fix a tool may write unasked, and which are left to a person. */
class AutomaticFixTest {

  static final Catalogs BUNDLED = Catalogs.of(CatalogFiles.bundled(), "the bundled seed catalog");

  @TempDir Path dir;

  /** The problems of one citation, each with its automatic fix's replacement or null. */
  static List<String> fixes(Catalogs catalogs, String written, String title) {
    return new CitationValidator(catalogs, Severity.ERROR)
        .validate(written, title).problems().stream()
            .map(p -> p.kind() + "=" + replacement(AutomaticFix.of(p, title, catalogs)))
            .toList();
  }

  private static String replacement(Fix fix) {
    return fix == null ? null : fix.replacement();
  }

  @ParameterizedTest
  @CsvSource({
    // the grammar's repairs: a file name, a look-alike Cyrillic О, a full-width digit, a URL
    "2106.09685.pdf, 2106.09685",
    "2106.\u041e9685, 2106.09685",
    "2106.\uff109685, 2106.09685",
    "arxiv.org/abs/2305.18290, 2305.18290",
  })
  void aLookAlikeFormGetsTheNormalForm(String written, String fixed) {
    List<String> problems = fixes(BUNDLED, written, null);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("MALFORMED_ID=" + fixed, problems.get(0));
  }

  @Test
  void aSwappedPairOfDigitsGetsTheOnlyEntryOneEditAway() {
    assertEquals(List.of("UNKNOWN_ID=2106.09685"), fixes(BUNDLED, "2106.09658", null));
    assertEquals(List.of("UNKNOWN_ID=2305.18290"), fixes(BUNDLED, "2305.19290", null));
  }

  @Test
  void aRepairNoCatalogHoldsIsNotWritten() {
    // the grammar pads a short number (2305.01829), which is not the paper meant (2305.18290)
    Problem padded =
        new CitationValidator(BUNDLED, Severity.ERROR)
            .validate("2305.1829", null)
            .problems()
            .get(0);
    assertEquals("2305.01829", padded.uniqueFix().replacement());
    assertNull(AutomaticFix.of(padded, null, BUNDLED));
  }

  @Test
  void aTypoWhoseTitleNamesItsEntryIsFixedAndOneNamingAnotherIsNot() {
    assertEquals(
        List.of("UNKNOWN_ID=2106.09685"),
        fixes(BUNDLED, "2106.09658", "LoRA: Low-Rank Adaptation of Large Language Models"));
    List<String> other = fixes(BUNDLED, "2106.09658", "Attention Is All You Need");
    assertEquals(1, other.size(), other::toString);
    assertEquals("UNKNOWN_ID=null", other.get(0));
  }

  @Test
  void aTypoTwoEditsAwayIsNotFixed() {
    List<String> problems = fixes(BUNDLED, "2106.90658", null);
    assertEquals(List.of("UNKNOWN_ID=null"), problems);
    // the validator still suggests it: the nearest entry is not close enough to write unasked
    Problem problem =
        new CitationValidator(BUNDLED, Severity.ERROR)
            .validate("2106.90658", null)
            .problems()
            .get(0);
    assertEquals("2106.09685", problem.uniqueFix().replacement());
  }

  @Test
  void aTitleOfAnotherEntryGetsThatEntrysIdentifier() {
    String dpo =
        BUNDLED
            .lookup(io.github.papertrail.id.Identifier.parse("2305.18290").orElseThrow())
            .get(0)
            .title();
    assertEquals(List.of("TITLE_MISMATCH=2305.18290"), fixes(BUNDLED, "2106.09685", dpo));
    // the title stays: case and punctuation aside, it is the other entry's
    assertEquals(
        List.of("TITLE_MISMATCH=2305.18290"), fixes(BUNDLED, "hu2021lora", dpo.toLowerCase()));
  }

  @Test
  void aTitleLikeAnotherButNotItIsNotFixed() {
    List<String> problems =
        fixes(BUNDLED, "2106.09685", "Direct Preference Optimization for Language Models");
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("TITLE_MISMATCH=null", problems.get(0));
  }

  @Test
  void twoEntriesOneEditAwayOrOneWithinTheSuggestionDistanceLeaveItToAPerson() throws IOException {
    Path bib =
        Files.writeString(
            dir.resolve("near.bib"),
            entry("one", "2401.11111")
                + entry("two", "2401.11113")
                + entry("three", "2402.22222")
                + entry("four", "2402.22133"));
    Catalogs catalogs = only(bib);
    // 2401.11112 is one edit from both one and two: two suggestions, no fix
    assertEquals(List.of("UNKNOWN_ID=null"), fixes(catalogs, "2401.11112", null));
    // 2402.22223 is one edit from three and two from four: one suggestion, still no fix
    Problem near =
        new CitationValidator(catalogs, Severity.ERROR)
            .validate("2402.22223", null)
            .problems()
            .get(0);
    assertEquals("2402.22222", near.uniqueFix().replacement());
    assertNull(AutomaticFix.of(near, null, catalogs));
    // 2402.22322 is one edit from three only, and no other entry is within two
    assertEquals(List.of("UNKNOWN_ID=2402.22222"), fixes(catalogs, "2402.22322", null));
  }

  @Test
  void twoEntriesWithTheTitleLeaveItToAPerson() throws IOException {
    Path bib =
        Files.writeString(
            dir.resolve("twins.bib"),
            entry("one", "2401.11111", "Shared Title of Two Papers")
                + entry("two", "2402.22222", "Shared Title of Two Papers")
                + entry("three", "2403.33333", "Third Paper Alone"));
    Catalogs catalogs = only(bib);
    List<String> problems = fixes(catalogs, "2403.33333", "Shared Title of Two Papers");
    assertEquals(List.of("TITLE_MISMATCH=null"), problems);
  }

  @Test
  void aKeyInsideAnotherIsNoTypo() {
    // "lora" is suggested (hu2021lora holds it), but it is no single edit
    List<String> problems = fixes(BUNDLED, "lora", null);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("UNKNOWN_ID=null", problems.get(0));
  }

  /** A catalog of the file's entries alone, without the bundled one. */
  private static Catalogs only(Path file) {
    CatalogSource source = CatalogSource.of(file);
    return Catalogs.merge(
        List.of(new Catalogs.Part(source.toString(), source.name(), source.read())));
  }

  private static String entry(String key, String arxiv) {
    return entry(key, arxiv, "Paper " + key);
  }

  private static String entry(String key, String arxiv, String title) {
    return "@misc{"
        + key
        + ",\n  title={"
        + title
        + "},\n  eprint={"
        + arxiv
        + "},\n"
        + "  archivePrefix={arXiv},\n  year={2024}\n}\n\n";
  }
}
