package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {

  @TempDir Path dir;

  @Test
  void fourFormatsByTheNamesUsersWrite() {
    assertEquals(
        List.of("html", "markdown", "json", "bibtex"),
        ReportFormats.ALL.stream().map(ReportFormat::name).toList());
    assertEquals(
        List.of("references.html", "references.md", "references.json", "references.bib"),
        ReportFormats.ALL.stream().map(ReportFormat::fileName).toList());
    assertEquals(
        List.of(ReportFormats.HTML, ReportFormats.JSON),
        ReportFormats.named(List.of("html", "json")));
    assertEquals(
        List.of(ReportFormats.JSON, ReportFormats.HTML),
        ReportFormats.named(List.of(" JSON ", "html", "json", "")));
  }

  @Test
  void unknownFormatsAreNamedWithTheAcceptedOnes() {
    IllegalArgumentException one =
        assertThrows(
            IllegalArgumentException.class, () -> ReportFormats.named(List.of("html", "pdf")));
    assertEquals(
        "unknown report format 'pdf'; the accepted formats are html, markdown, json, bibtex",
        one.getMessage());
    IllegalArgumentException two =
        assertThrows(
            IllegalArgumentException.class, () -> ReportFormats.named(List.of("md", "csl-json")));
    assertEquals(
        "unknown report formats 'md', 'csl-json'; the accepted formats are html, markdown, json, bibtex",
        two.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> ReportFormats.named(List.of(" ")));
    assertEquals(
        "no report format given; the accepted formats are html, markdown, json, bibtex",
        none.getMessage());
  }

  @Test
  void writesOnlyTheChosenFormats() throws IOException {
    Map<String, Path> written =
        ReportFiles.write(
            ReportFixtures.demo(),
            ReportFixtures.links(),
            ReportFormats.named(List.of("html", "json")),
            dir);
    assertEquals(List.of("references.html", "references.json"), List.copyOf(written.keySet()));
    assertEquals(List.of("references.html", "references.json"), files());
    assertEquals(
        ReportFormats.JSON.render(ReportFixtures.demo(), ReportFixtures.links()),
        Files.readString(dir.resolve("references.json")));
    assertEquals(
        dir.resolve("references.html").toUri().toString(), ReportFiles.whereWritten(written));
  }

  @Test
  void byDefaultWritesAllFourInOrder() throws IOException {
    Map<String, Path> written =
        ReportFiles.write(ReportFixtures.core(), ReportFixtures.links(), dir);
    assertEquals(
        List.of("references.html", "references.md", "references.json", "references.bib"),
        List.copyOf(written.keySet()));
    for (ReportFormat format : ReportFormats.ALL) {
      assertEquals(
          format.render(ReportFixtures.core(), ReportFixtures.links()),
          Files.readString(written.get(format.fileName())));
    }
  }

  @Test
  void withoutThePageTheLogNamesEveryFile() throws IOException {
    Map<String, Path> written =
        ReportFiles.write(
            ReportFixtures.core(),
            SourceLinks.none(),
            ReportFormats.named(List.of("bibtex", "markdown")),
            dir);
    assertEquals(
        dir.resolve("references.bib").toUri() + ", " + dir.resolve("references.md").toUri(),
        ReportFiles.whereWritten(written));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
