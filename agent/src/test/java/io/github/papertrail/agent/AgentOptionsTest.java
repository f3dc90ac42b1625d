package io.github.papertrail.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

  @Test
  void outAndACommaSeparatedCatalogList() {
    AgentOptions options = AgentOptions.parse("out=target/papers-used.json,catalogs=a.bib,b.json");

    assertEquals("target/papers-used.json", options.out());
    assertEquals(List.of("a.bib", "b.json"), options.catalogs());
    assertEquals(List.of(), options.problems());
  }

  @Test
  void semicolonsSeparateCatalogsToo() {
    AgentOptions options = AgentOptions.parse("catalogs=a.bib;bibtex:refs.txt , out=x.json");

    assertEquals(List.of("a.bib", "bibtex:refs.txt"), options.catalogs());
    assertEquals("x.json", options.out());
  }

  @Test
  void noOptionsMeanNoFileAndNoProblem() {
    AgentOptions options = AgentOptions.parse(null);

    assertNull(options.out());
    assertEquals(List.of(), options.catalogs());
    assertEquals(List.of(), options.problems());
  }

  @Test
  void anUnknownOptionIsNamedWithTheAcceptedOnesAndTheRestStillApplies() {
    AgentOptions options = AgentOptions.parse("outt=x.json,out=y.json");

    assertEquals("y.json", options.out());
    assertEquals(
        List.of("unknown option 'outt' (accepted: out, catalogs); ignored"), options.problems());
  }

  @Test
  void outTakesOneFile() {
    AgentOptions options = AgentOptions.parse("out=a.json,b.json");

    assertEquals("a.json", options.out());
    assertEquals(1, options.problems().size());
    assertEquals(
        "option out takes one file, as in out=target/papers-used.json; ignored 'b.json'",
        options.problems().get(0));
  }

  @Test
  void aValueWithoutANameBeforeAnyOption() {
    AgentOptions options = AgentOptions.parse("papers.json");

    assertNull(options.out());
    assertEquals(
        List.of("option 'papers.json' has no name: write out=…, catalogs=…"), options.problems());
  }
}
