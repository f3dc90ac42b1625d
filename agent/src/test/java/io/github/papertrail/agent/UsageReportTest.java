package io.github.papertrail.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.format.CatalogFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageReportTest {

  private static final List<PaperUse> PAPERS =
      List.of(
          new PaperUse(
              "team2024fast",
              "",
              1,
              List.of(
                  new UsedElement("com.acme.Fast", "type", "IMPLEMENTS", "2", "", 1),
                  new UsedElement("com.acme.Fast#run(int)", "method", "USES", "", "hot", 3))),
          new PaperUse(
              "9999.99999",
              "Nobody's paper",
              2,
              List.of(new UsedElement("com.acme.Slow#go()", "method", "EXTENDS", "", "", 2))));

  private static UsageReport report(Path dir) throws Exception {
    Path bib = dir.resolve("refs.bib");
    Files.writeString(
        bib,
        "@article{team2024fast,\n  title = {Fast {LoRA} Merging},\n"
            + "  author = {Ada Lovelace and Alan Turing},\n  year = {2024}\n}\n");
    return new UsageReport(
        PAPERS, UsageReport.lookup(CatalogFiles.inUse(List.of("refs.bib"), dir)));
  }

  @Test
  void jsonListsPapersInFirstUseOrderWithCatalogTitlesAndElements(@TempDir Path dir)
      throws Exception {
    assertEquals(
        """
        {
          "tool": "papertrail-agent",
          "paperCount": 2,
          "papers": [
            {
              "paper": "team2024fast",
              "key": "team2024fast",
              "title": "Fast LoRA Merging",
              "authors": [
                "Ada Lovelace",
                "Alan Turing"
              ],
              "year": 2024,
              "firstUse": 1,
              "distinctElements": 2,
              "elements": [
                {
                  "element": "com.acme.Fast",
                  "kind": "type",
                  "role": "IMPLEMENTS",
                  "section": "2",
                  "order": 1
                },
                {
                  "element": "com.acme.Fast#run(int)",
                  "kind": "method",
                  "role": "USES",
                  "note": "hot",
                  "order": 3
                }
              ]
            },
            {
              "paper": "9999.99999",
              "title": "Nobody's paper",
              "firstUse": 2,
              "distinctElements": 1,
              "elements": [
                {
                  "element": "com.acme.Slow#go()",
                  "kind": "method",
                  "role": "EXTENDS",
                  "order": 2
                }
              ]
            }
          ]
        }
        """,
        report(dir).json());
  }

  @Test
  void bibtexHasTheCatalogPapersAndNamesTheOthers(@TempDir Path dir) throws Exception {
    assertEquals(
        """
        % papers used by this run (papertrail-agent)

        @misc{team2024fast,
          author = {Ada Lovelace and Alan Turing},
          title = {{Fast LoRA Merging}},
          year = {2024}
        }

        % not in the catalogs: 9999.99999
        """,
        report(dir).bibtex());
  }

  @Test
  void theBundledCatalogKnowsAnArxivPaperAndTheBibFileSitsBesideTheJson(@TempDir Path dir) {
    UsageReport report =
        new UsageReport(
            List.of(
                new PaperUse(
                    "2106.09685",
                    "",
                    1,
                    List.of(new UsedElement("a.B", "type", "IMPLEMENTS", "", "", 1)))),
            UsageReport.lookup(CatalogFiles.inUse(List.of(), dir)));

    assertTrue(report.bibtex().contains("eprint = {2106.09685}"), report.bibtex());
    assertTrue(report.json().contains("\"key\": \"hu2021lora\""), report.json());
    assertEquals(
        dir.resolve("papers-used.bib"), PapertrailAgent.bibFile(dir.resolve("papers-used.json")));
    assertEquals(dir.resolve("out.txt.bib"), PapertrailAgent.bibFile(dir.resolve("out.txt")));
  }
}
