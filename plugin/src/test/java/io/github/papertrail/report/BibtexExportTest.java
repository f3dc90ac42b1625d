package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.format.CatalogFiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BibtexExportTest {

  private static final List<CatalogEntry> ALL = CatalogFiles.bundled().entries();

  @Test
  void oneEntryPerCatalogEntrySortedByKey() {
    String bib = BibtexExport.render(ALL);
    List<String> keys = new ArrayList<>();
    Matcher entry = Pattern.compile("(?m)^@\\w+\\{([^,]+),$").matcher(bib);
    while (entry.find()) {
      keys.add(entry.group(1));
    }
    assertEquals(ALL.stream().map(CatalogEntry::key).sorted().toList(), keys);
    assertTrue(bib.startsWith("% 187 papers (papertrail export)\n\n@"));
    assertFalse(bib.contains("note = "), "an export has no citing elements to count");
  }

  @Test
  void theSameEntriesAsReferencesBibWithoutItsNote() {
    String lora =
        CatalogFiles.bundled()
            .byKey("hu2021lora")
            .map(e -> BibtexExport.render(List.of(e)))
            .orElseThrow();
    assertEquals(
        "% 1 paper (papertrail export)\n\n"
            + "@inproceedings{hu2021lora,\n"
            + "  author = {Hu and others},\n"
            + "  title = {{LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS}},\n"
            + "  booktitle = {ICLR},\n"
            + "  year = {2021},\n"
            + "  eprint = {2106.09685},\n"
            + "  archivePrefix = {arXiv},\n"
            + "  url = {https://arxiv.org/abs/2106.09685}\n"
            + "}\n",
        lora);
    String report = new BibtexReport().render(ReportFixtures.demo(), ReportFixtures.links());
    String inReport =
        report.substring(
            report.indexOf("@inproceedings{hu2021lora,"),
            report.indexOf("  note = ", report.indexOf("{hu2021lora,")));
    assertTrue(
        lora.contains(inReport.substring(0, inReport.length() - 2) + "\n}\n"),
        "one entry writer for both files");
  }

  @Test
  void isDeterministicAndOrderFree() {
    List<CatalogEntry> reversed = new ArrayList<>(ALL);
    Collections.reverse(reversed);
    assertEquals(BibtexExport.render(ALL), BibtexExport.render(reversed));
    assertEquals("% 0 papers (papertrail export)\n", BibtexExport.render(List.of()));
  }
}
