package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.format.CatalogSource;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code papertrail:export} writes, read back as a user catalog through {@link CatalogSource},
 * gives the entries it was written from: the whole bundled catalog, plus entries with LaTeX-hostile
 * titles (braces, {@code &}, {@code %}, {@code $}, {@code #}, {@code _}, {@code ~}, {@code ^}, a
 * backslash, accents) and with every kind of identifier at once.
 *
 * <p>Where a format cannot carry everything, the test asserts what it keeps:
 *
 * <ul>
 *   <li>BibTeX and CSL-JSON keep the key, the title, the authors and the year; of the identifiers,
 *       the arXiv id ({@code eprint}; {@code number}), the DOI and the first of the entry's pages
 *       (one {@code url}; {@code URL}), so an OpenReview or ACL id or a web address behind an arXiv
 *       id or a DOI is not written.
 *   <li>CFF has no keys: the reader makes them, so the entries come back as the same set of titles
 *       with their identifiers, all of them (every page is an identifier of type {@code url}).
 *   <li>A BibTeX title is read as TeX typesets it: its quote and dash ligatures ({@code '}, {@code
 *       `}, {@code ''}, {@code ``}, {@code --}, {@code ---}) come back as the typographic
 *       characters ({@code Don't} as {@code Don’t}); every other character, braces, {@code &},
 *       {@code %}, {@code $}, accents and all, comes back as written.
 *   <li>No format writes {@code otherIds} (a second id of a scheme), tags or sources.
 * </ul>
 */
class ExportRoundTripTest {

  private static final List<CatalogEntry> ENTRIES = entries();

  @TempDir Path dir;

  private static List<CatalogEntry> entries() {
    List<CatalogEntry> entries = new ArrayList<>(CatalogFiles.bundled().entries());
    entries.add(
        paper(
            "braces2024",
            "{LoRA} & {QLoRA}: 100% of the $\\alpha$-Rank, #1 at {\\em scale}",
            new Ids("arxiv:2405.00001", null, null, null, List.of()),
            List.of("Ada Lovelace", "Alan M. Turing")));
    entries.add(
        paper(
            "scholkopf2024noise",
            "Schölkopf's naïve Méthodes à noyau: Ünïcödé — “quoted” ~ tilde ^ caret_under \\back",
            new Ids(null, "doi:10.1145/3292500.3330701", null, null, List.of()),
            List.of("Bernhard Schölkopf", "Ægir Þórsson")));
    entries.add(
        paper(
            "every2024ids",
            "Every Identifier at Once",
            new Ids(
                "arxiv:2106.09685",
                "doi:10.1038/nature14539",
                "openreview:nZeVKeeFYf9",
                "acl:2021.emnlp-main.243",
                List.of("https://example.org/every_ids?x=1&y=2%20z")),
            List.of("Edward J. Hu")));
    entries.add(
        paper(
            "openreviewonly2023",
            "Only on OpenReview",
            new Ids(null, null, "openreview:0RDcd5Axok", null, List.of()),
            List.of()));
    entries.add(
        paper(
            "aclonly2021",
            "Only in the ACL Anthology",
            new Ids(null, null, null, "acl:2021.acl-long.353", List.of()),
            List.of("Xiang Lisa Li")));
    entries.add(
        paper(
            "oddoi2020",
            "A DOI Outside CFF's Pattern",
            new Ids(null, "doi:10.1002/(sici)1097-4571<3.0.co;2-#", null, null, List.of()),
            List.of("Ann Author")));
    return entries;
  }

  private static CatalogEntry paper(String key, String title, Ids ids, List<String> authors) {
    return new CatalogEntry(
        key,
        title,
        null,
        ids,
        null,
        authors,
        null,
        null,
        2024,
        null,
        null,
        null,
        Kind.PAPER,
        null,
        null,
        null,
        null);
  }

  @Test
  void bibtexKeepsKeysTitlesAuthorsYearsAndTheIdsItWrites() throws IOException {
    Map<String, CatalogEntry> read = byKey(readBack("papers.bib", BibtexExport.render(ENTRIES)));
    assertSameKeysTitlesAuthorsYearsAndIds(read, ExportRoundTripTest::typeset);
  }

  @Test
  void cslJsonKeepsKeysTitlesAuthorsYearsAndTheIdsItWrites() throws IOException {
    Map<String, CatalogEntry> read =
        byKey(readBack("papers.csl.json", CslJsonExport.render(ENTRIES)));
    assertSameKeysTitlesAuthorsYearsAndIds(read, Function.identity());
  }

  @Test
  void cslJsonNamedDotJsonIsToldFromACatalogByItsFirstCharacter() throws IOException {
    assertEquals(
        byKey(readBack("papers.csl.json", CslJsonExport.render(ENTRIES))).keySet(),
        byKey(readBack("references.json", CslJsonExport.render(ENTRIES))).keySet());
  }

  @Test
  void cffKeepsTheSetOfTitlesWithAllTheirIds() throws IOException {
    CatalogLoad load = readBack("papers.cff.yaml", CffExport.render(ENTRIES));
    Set<String> expected = new TreeSet<>();
    for (CatalogEntry entry : unique(ENTRIES)) {
      expected.add(entry.title().strip() + " " + entry.ids());
    }
    Set<String> read = new TreeSet<>();
    for (CatalogEntry entry : load.entries()) {
      read.add(entry.title() + " " + entry.ids());
    }
    assertEquals(List.of(), missing(expected, read), "written but not read back");
    assertEquals(List.of(), missing(read, expected), "read back but not written");
    assertEquals(unique(ENTRIES).size(), load.entries().size(), "one entry per reference");
  }

  @Test
  void cffKeepsAuthorsYearsAndTheAuthorCount() throws IOException {
    Map<String, CatalogEntry> read =
        readBack("papers.cff.yaml", CffExport.render(ENTRIES)).entries().stream()
            .collect(Collectors.toMap(e -> e.title() + " " + e.ids(), Function.identity()));
    for (CatalogEntry entry : unique(ENTRIES)) {
      CatalogEntry back = read.get(entry.title().strip() + " " + entry.ids());
      assertEquals(names(entry), back.authors(), entry.key());
      assertEquals(entry.year(), back.year(), entry.key());
      if (entry.authors().isEmpty()) {
        assertEquals(entry.authorCount(), back.authorCount(), entry.key());
      }
    }
  }

  private void assertSameKeysTitlesAuthorsYearsAndIds(
      Map<String, CatalogEntry> read, Function<String, String> title) {
    Map<String, CatalogEntry> written = new TreeMap<>();
    unique(ENTRIES).forEach(entry -> written.put(entry.key(), entry));
    assertEquals(written.keySet(), new TreeSet<>(read.keySet()));
    for (CatalogEntry entry : written.values()) {
      CatalogEntry back = read.get(entry.key());
      assertEquals(title.apply(entry.title().strip()), back.title(), entry.key());
      assertEquals(names(entry), back.authors(), entry.key());
      assertEquals(entry.year(), back.year(), entry.key());
      assertEquals(arxivDoiAndFirstPage(entry), back.ids(), entry.key());
    }
  }

  /** What {@code all} has that {@code some} lacks: a short failure message, not two long sets. */
  private static List<String> missing(Set<String> all, Set<String> some) {
    return all.stream().filter(item -> !some.contains(item)).toList();
  }

  /** The text as TeX typesets its quote and dash ligatures, longest first. */
  private static String typeset(String text) {
    return text.replace("---", "\u2014")
        .replace("--", "\u2013")
        .replace("``", "\u201C")
        .replace("''", "\u201D")
        .replace("`", "\u2018")
        .replace("'", "\u2019");
  }

  /** The entries an export writes: the first of each key. */
  private static List<CatalogEntry> unique(List<CatalogEntry> entries) {
    Map<String, CatalogEntry> byKey = new LinkedHashMap<>();
    entries.forEach(entry -> byKey.putIfAbsent(entry.key(), entry));
    return List.copyOf(byKey.values());
  }

  /** The authors as the exports write them: blank names left out, spaces collapsed. */
  private static List<String> names(CatalogEntry entry) {
    return entry.authors().stream()
        .map(name -> name.strip().replaceAll("\\s+", " "))
        .filter(name -> !name.isEmpty())
        .toList();
  }

  /**
   * The ids BibTeX and CSL-JSON carry: the arXiv id, the DOI, and what the first page names (the
   * arXiv or DOI page again, else the OpenReview, ACL Anthology or web page).
   */
  private static Ids arxivDoiAndFirstPage(CatalogEntry entry) {
    Map<Scheme, String> ids = new LinkedHashMap<>();
    if (entry.ids().arxiv() != null) {
      ids.put(Scheme.ARXIV, entry.ids().arxiv());
    }
    if (entry.ids().doi() != null) {
      ids.put(Scheme.DOI, entry.ids().doi());
    }
    List<String> urls = new ArrayList<>();
    String first = ReportLinks.primaryUrl(entry);
    if (first != null) {
      Identifier page = Identifier.parse(first).orElseThrow();
      if (page.scheme() == Scheme.URL) {
        urls.add(page.normalForm());
      } else {
        ids.putIfAbsent(page.scheme(), page.normalForm());
      }
    }
    return new Ids(
        ids.get(Scheme.ARXIV),
        ids.get(Scheme.DOI),
        ids.get(Scheme.OPENREVIEW),
        ids.get(Scheme.ACL),
        urls);
  }

  private CatalogLoad readBack(String name, String exported) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, exported, StandardCharsets.UTF_8);
    CatalogLoad load = CatalogSource.of(file).read();
    assertEquals(List.of(), load.problems(), name + " reads back without a warning");
    return load;
  }

  private static Map<String, CatalogEntry> byKey(CatalogLoad load) {
    return load.entries().stream()
        .collect(Collectors.toMap(CatalogEntry::key, Function.identity()));
  }
}
