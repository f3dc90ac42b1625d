package io.github.papertrail.javadoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both taglets inside the real javadoc tool: the HTML they write and the errors they report. */
class TagletsTest {

  static final String LORA_TITLE = "LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS";

  @TempDir Path dir;

  @Test
  void inlineTagRendersTitleAuthorsYearAndArxivLinkFromTheBundledCatalog() throws IOException {
    String page =
        page(
            null,
            "demo/Lora",
            """
            package demo;

            /** Low-rank adapters, as in {@paper 2106.09685}. */
            public class Lora {}
            """);
    assertTrue(
        page.contains(
            "<span class=\"papertrail-paper\"><cite>"
                + LORA_TITLE
                + "</cite> (Hu et al., 2021), <a href=\"https://arxiv.org/abs/2106.09685\">arXiv</a></span>"),
        page);
  }

  @Test
  void blockTagListsTheElementsOwnCitationsWithRoleSectionAndNote() throws IOException {
    String page =
        page(
            null,
            "demo/Lora",
            """
            package demo;

            import io.github.papertrail.Paper;
            import io.github.papertrail.Role;

            /**
             * Low-rank adapters.
             *
             * @papers
             */
            @Paper(value = Lora.ID, section = "4.1", note = "rank fixed at 8 & no <bias>")
            @Paper(value = "hu2021lora", role = Role.EVALUATES)
            public class Lora {
              static final String ID = "2106.09685";
            }
            """);
    assertTrue(page.contains("<dt>Papers:</dt>"), page);
    assertTrue(
        page.contains(
            "</span> — <span class=\"papertrail-role\">implements</span>, section 4.1: rank fixed at"
                + " 8 &amp; no &lt;bias&gt;</li>"),
        page);
    assertTrue(
        page.contains("arXiv</a></span> — <span class=\"papertrail-role\">evaluates</span></li>"),
        page);
    assertEquals(2, count(page, "<li><span class=\"papertrail-paper\"><cite>" + LORA_TITLE), page);
  }

  @Test
  void aHostileTitleFromAUserCatalogIsEscapedAndAScriptUrlIsNoLink() throws IOException {
    Path catalog = dir.resolve("team.json");
    Files.writeString(
        catalog,
        """
        {"schemaVersion": 1, "entries": [
          {"key": "evil2024", "title": "Evil <script>alert(1)</script> & \\"quotes\\"",
           "ids": {"arxiv": "arxiv:2401.00001", "url": ["javascript:alert(2)"]},
           "authors": ["<b>Mallory</b>"], "year": 2024}
        ]}
        """);
    String page =
        page(
            catalog.toString(),
            "demo/Evil",
            """
            package demo;

            /** See {@paper evil2024}. */
            public class Evil {}
            """);
    assertTrue(
        page.contains(
            "<cite>Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</cite>"
                + " (&lt;b&gt;Mallory&lt;/b&gt;, 2024)"),
        page);
    assertTrue(page.contains("<a href=\"https://arxiv.org/abs/2401.00001\">arXiv</a>"), page);
    assertFalse(page.contains("<script>alert"), page);
    assertFalse(page.contains("javascript:alert"), page);
  }

  @Test
  void anUnknownIdIsAJavadocErrorAtItsPlaceAndAVisibleMarker() throws IOException {
    JavadocRun run =
        lora(
            null,
            """
            package demo;

            /** Low-rank adapters. */
            public class Lora {
              /**
               * Merges the weights, see {@paper 2106.99999}.
               */
              public void merge() {}
            }
            """);
    assertFalse(run.ok, run.output);
    List<Diagnostic<? extends JavaFileObject>> errors = run.errors();
    assertEquals(1, errors.size(), errors.toString());
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertTrue(error.getSource().getName().endsWith("Lora.java"), error.toString());
    assertEquals(6, error.getLineNumber(), error.toString());
    String message = error.getMessage(null);
    assertTrue(
        message.startsWith("[PaperUnknownId] 2106.99999 is in none of the catalogs"), message);
    String page = run.page("demo/Lora.html");
    assertTrue(
        page.contains(
            "<span class=\"papertrail-error\"><code>2106.99999</code> (not in the catalogs)</span>"),
        page);
  }

  @Test
  void aMalformedIdIsAJavadocErrorSayingWhatIsWrong() throws IOException {
    JavadocRun run =
        lora(
            null,
            """
            package demo;

            /** Low-rank adapters, {@paper arxiv:21o6.09685}. */
            public class Lora {}
            """);
    assertFalse(run.ok, run.output);
    List<Diagnostic<? extends JavaFileObject>> errors = run.errors();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(3, errors.get(0).getLineNumber(), errors.toString());
    assertTrue(
        errors.get(0).getMessage(null).startsWith("[PaperMalformedId] malformed paper identifier"),
        errors.toString());
  }

  @Test
  void aCatalogThatCannotBeReadIsOneErrorAndTheBundledCatalogStillRenders() throws IOException {
    Path missing = dir.resolve("missing.json");
    JavadocRun run =
        lora(
            missing.toString(),
            """
            package demo;

            /**
             * {@paper 2106.09685} and {@paper hu2021lora}.
             *
             * @papers
             */
            @io.github.papertrail.Paper("2106.09685")
            public class Lora {}
            """);
    assertFalse(run.ok, run.output);
    List<Diagnostic<? extends JavaFileObject>> errors = run.errors();
    assertEquals(1, errors.size(), errors.toString());
    String message = errors.get(0).getMessage(null);
    assertTrue(message.contains("cannot read the catalogs of -J-Dpapertrail.catalogs="), message);
    assertTrue(message.contains("missing.json"), message);
    assertEquals(3, count(run.page("demo/Lora.html"), "<cite>" + LORA_TITLE + "</cite>"));
  }

  @Test
  void textAfterTheIdAndPapersWithoutPaperAreWarningsAtTheirPlace() throws IOException {
    JavadocRun run =
        lora(
            null,
            """
            package demo;

            /**
             * {@paper 2106.09685 the LoRA paper}.
             *
             * @papers
             */
            public class Lora {}
            """);
    assertTrue(run.ok, run.output + run.diagnostics);
    List<String> warnings =
        run.diagnostics.stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
            .map(d -> d.getLineNumber() + " " + d.getMessage(null))
            .toList();
    assertEquals(
        List.of(
            "4 {@paper 2106.09685 the LoRA paper}: only the identifier is rendered; the text after"
                + " it is ignored",
            "6 @papers on Lora, which has no @Paper citation; cite a paper with @Paper(\"ID\") or"
                + " remove the tag"),
        warnings);
    assertFalse(run.page("demo/Lora.html").contains("<dt>Papers:</dt>"));
  }

  /** Javadoc on one class, {@code demo/Lora}. */
  private JavadocRun lora(String catalogs, String source) throws IOException {
    return JavadocRun.of(dir, catalogs, "demo/Lora.java", source);
  }

  /** The page javadoc writes for one class, {@code demo/Lora}, checking that javadoc succeeded. */
  private String page(String catalogs, String type, String source) throws IOException {
    JavadocRun run = JavadocRun.of(dir, catalogs, type + ".java", source);
    assertTrue(run.ok, run.output + run.diagnostics);
    return run.page(type + ".html");
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
