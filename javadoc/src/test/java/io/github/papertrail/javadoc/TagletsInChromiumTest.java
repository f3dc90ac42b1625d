package io.github.papertrail.javadoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a page javadoc wrote with both taglets in headless Chromium (core's test {@link Chromium}):
 * the reader sees the title and the arXiv link, and a hostile catalog title as text. Skipped when
 * {@code chromium} is not on the PATH, except on CI.
 */
class TagletsInChromiumTest {

  @TempDir Path dir;

  @Test
  void theRenderedPageShowsTheTitleTheLinkAndHostileTextAsText() throws Exception {
    Path chromium = Chromium.find();
    Path catalog = dir.resolve("team.json");
    Files.writeString(
        catalog,
        """
        {"schemaVersion": 1, "entries": [
          {"key": "evil2024", "title": "Evil <img src=x onerror=alert(1)> title",
           "ids": {"arxiv": "arxiv:2401.00001"}, "year": 2024}
        ]}
        """);
    JavadocRun run =
        JavadocRun.of(
            dir,
            catalog.toString(),
            "demo/Lora.java",
            """
            package demo;

            import io.github.papertrail.Paper;

            /**
             * Low-rank adapters, as in {@paper 2106.09685}; not {@paper evil2024}.
             *
             * @papers
             */
            @Paper(value = "2106.09685", section = "4.1", note = "rank fixed at 8")
            public class Lora {}
            """);
    assertTrue(run.ok, run.output + run.diagnostics);
    String dom =
        Chromium.run(
            chromium, dir, "--dump-dom", run.out.resolve("demo/Lora.html").toUri().toString());
    assertEquals(2, TagletsTest.count(dom, "<cite>" + TagletsTest.LORA_TITLE + "</cite>"), dom);
    assertTrue(dom.contains("<a href=\"https://arxiv.org/abs/2106.09685\">arXiv</a>"), dom);
    assertTrue(dom.contains("implements</span>, section 4.1: rank fixed at 8"), dom);
    assertTrue(dom.contains("Evil &lt;img src=x onerror=alert(1)&gt; title"), dom);
    assertFalse(dom.contains("<img src=\"x\""), "no element made from the catalog's title");
  }
}
