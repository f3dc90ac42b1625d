package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.mention.PaperMentions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A publisher's page given where a DOI belongs, or as a paper's URL, gives the DOI it holds. */
class IdCollectorTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://dl.acm.org/doi/10.1145/3292500.3330701                   | false | doi:10.1145/3292500.3330701
          https://dl.acm.org/doi/abs/10.1145/3292500.3330701?casa=x        | false | doi:10.1145/3292500.3330701
          https://onlinelibrary.wiley.com/doi/full/10.1002/aaai.12036#sec1 | false | doi:10.1002/aaai.12036
          https://www.tandfonline.com/doi/pdf/10.1080/01621459.2017.1285773 | false | doi:10.1080/01621459.2017.1285773
          https://link.springer.com/article/10.1007/s10994-021-06025-z     | true  | doi:10.1007/s10994-021-06025-z
          https://link.springer.com/article/10.1007/s10994-021-06025-z     | false |
          https://example.org/doi/readme                                   | false |
          https://example.org/doi/10.1145%2Fbroken%zz                      | false |
          https://example.org/doi/10.1000/a%2Fb                            | false | doi:10.1000/a/b
          """)
  void aDoiInAPublishersPage(String url, boolean doiField, String doi) {
    Identifier id = PaperMentions.doiInPage(url, doiField);
    if (doi == null) {
      assertNull(id, () -> "unexpected " + id);
    } else {
      assertEquals(doi, id.normalForm());
    }
  }

  @Test
  void aPublishersPageInTheDoiFieldIsTheDoi() {
    CatalogLoad load =
        BibtexCatalogReader.read(
            "refs.bib",
            """
            @inproceedings{ying2019,
              title = {A Paper at KDD},
              doi = {https://dl.acm.org/doi/10.1145/3292500.3330701},
              url = {https://link.springer.com/article/10.1007/s10994-021-06025-z},
              year = {2019}
            }
            """);
    CatalogEntry entry = load.entries().get(0);
    assertEquals("doi:10.1145/3292500.3330701", entry.ids().doi());
    // a page in the url field is a page, unless its path says /doi/
    assertEquals(
        List.of("https://link.springer.com/article/10.1007/s10994-021-06025-z"), entry.ids().url());
    assertEquals(List.of(), load.problems());
    assertEquals(new ArrayList<>(), new ArrayList<>(entry.otherIds()));
  }
}
