package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.papertrail.catalog.CatalogException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which format a catalog path names, by extension or a format word before it. */
class CatalogFormatTest {

  static final Path BASE = Path.of("acme-project").toAbsolutePath();

  @ParameterizedTest
  @CsvSource({
    "team.json, JSON",
    "TEAM.JSON, JSON",
    "refs.bib, BIBTEX",
    "refs.BibTeX, BIBTEX",
    "papers.md, MARKDOWN",
    "papers.markdown, MARKDOWN",
    "refs.csl.json, CSL_JSON",
    "REFS.CSL.JSON, CSL_JSON",
    "CITATION.cff, CFF",
    "papers.cff.yaml, CFF",
    "papers.cff.yml, CFF"
  })
  void byExtension(String name, CatalogFormat format) {
    assertEquals(format, CatalogFormat.of(name));
  }

  @Test
  void anUnknownExtensionNamesTheFileAndWhatIsAccepted() {
    assertEquals(
        "refs.txt: cannot tell the catalog format from the file name: name it .json (papertrail catalog JSON, or CSL-JSON when the file is an array), "
            + ".csl.json (CSL-JSON), .bib or .bibtex (BibTeX), .md or .markdown (Markdown reading list), "
            + ".cff (the references of a CITATION.cff), or write the format before the path, "
            + "as in bibtex:refs.txt (words: json, csl-json, bibtex, markdown, cff)",
        assertThrows(CatalogException.class, () -> CatalogFormat.of("refs.txt")).getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "team.json, team.json, JSON",
    "bibtex:refs.txt, refs.txt, BIBTEX",
    "BibTeX:refs.txt, refs.txt, BIBTEX",
    "json:catalog, catalog, JSON",
    "markdown:README, README, MARKDOWN",
    "markdown:notes.json, notes.json, MARKDOWN",
    "' papers/list.md ', papers/list.md, MARKDOWN",
    "csl-json:refs.txt, refs.txt, CSL_JSON",
    "CSLJSON:refs.txt, refs.txt, CSL_JSON",
    "csl:refs, refs, CSL_JSON",
    "cff:CITATION, CITATION, CFF",
    "json:refs.cff, refs.cff, JSON"
  })
  void aWrittenPathIsResolvedAgainstTheBaseDirectory(
      String written, String path, CatalogFormat format) {
    assertEquals(new CatalogSource(BASE.resolve(path), format), CatalogSource.parse(written, BASE));
  }

  @Test
  void absolutePathsStayAndAOneLetterPrefixIsADriveNotAFormat() {
    Path absolute = BASE.resolve("x.bib");
    assertEquals(
        new CatalogSource(absolute, CatalogFormat.BIBTEX),
        CatalogSource.parse(absolute.toString(), BASE));
    assertEquals(
        new CatalogSource(absolute, CatalogFormat.JSON),
        CatalogSource.parse("json:" + absolute, BASE));
    // C:\x.json is a Windows path; on any system its format comes from its extension, never from
    // "C"
    assertEquals(CatalogFormat.JSON, CatalogSource.parse("C:\\x.json", BASE).format());
  }

  @Test
  void onlyTheFormatWordsArePrefixes() {
    assertEquals(
        "yaml:refs.txt: cannot tell the catalog format from the file name: name it .json (papertrail catalog JSON, or CSL-JSON when the file is an array), "
            + ".csl.json (CSL-JSON), .bib or .bibtex (BibTeX), .md or .markdown (Markdown reading list), "
            + ".cff (the references of a CITATION.cff), or write the format before the path, "
            + "as in bibtex:yaml:refs.txt (words: json, csl-json, bibtex, markdown, cff)",
        assertThrows(CatalogException.class, () -> CatalogSource.parse("yaml:refs.txt", BASE))
            .getMessage());
    assertEquals(
        "\"bibtex:\" names no catalog file; write a path such as team.json or bibtex:refs.txt",
        assertThrows(CatalogException.class, () -> CatalogSource.parse("bibtex:", BASE))
            .getMessage());
  }
}
