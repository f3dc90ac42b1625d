package io.github.papertrail.report;

import static io.github.papertrail.report.ReportFixtures.GALORE;
import static io.github.papertrail.report.ReportFixtures.LORA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the references page in headless Chromium: what a reader sees, with the filter script run.
 * Set {@code -Dpapertrail.screenshots=DIR} to keep the screenshots as DIR/references.png and
 * DIR/references-phone.png.
 */
class HtmlReportInChromiumTest {

  @TempDir Path dir;

  @Test
  void rendersFiltersAndScreenshotsThePage() throws Exception {
    Path chromium = Chromium.find();
    Path page = dir.resolve("references.html");
    Files.writeString(page, new HtmlReport().render(ReportFixtures.demo(), ReportFixtures.links()));
    String url = page.toUri().toString();

    String dom = run(chromium, "--dump-dom", url);
    for (String shown :
        List.of(
            LORA,
            GALORE,
            "Prefix-Tuning: Optimizing Continuous Prompts for Generation",
            "com.acme.ml.Lora",
            "com.acme.ml.Dpo",
            "com.acme.train.PrefixTuner",
            "com.acme.train.Attention")) {
      assertTrue(dom.contains(shown), shown);
    }
    // The hostile title and note are text in the DOM, not elements.
    assertFalse(dom.contains("<img"), "no element made from the XSS title");
    assertTrue(dom.contains("cited with the title “\"&gt;&lt;img src=x onerror=alert(1)&gt;”"));
    assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(
        openingTag(dom, "paper-hu2021lora").contains("hidden"), "nothing hidden without a filter");

    String filtered = run(chromium, "--dump-dom", url + "#filter=galore");
    assertTrue(
        openingTag(filtered, "paper-hu2021lora").contains(" hidden"), "the LoRA card is hidden");
    assertFalse(
        openingTag(filtered, "paper-galore2024").contains("hidden"), "the GaLore card stays");
    assertTrue(
        filtered.contains("<p id=\"filter-status\" aria-live=\"polite\">1 of 7 papers match</p>"),
        "the script ran under the page's Content-Security-Policy");
    assertEquals(
        List.of("com.acme.ml.Lora"),
        visibleClasses(filtered),
        "only the class citing GaLore stays");

    Path desktop = screenshot(chromium, url, "references.png", "1200,1600");
    Path phone = screenshot(chromium, url, "references-phone.png", "390,1200");
    String keep = System.getProperty("papertrail.screenshots");
    if (keep != null) {
      Files.copy(desktop, Path.of(keep, "references.png"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(phone, Path.of(keep, "references-phone.png"), StandardCopyOption.REPLACE_EXISTING);
      System.out.println("screenshots kept in " + keep);
    }
  }

  @Test
  void aHostileCatalogShowsItsValuesAsTextAndRunsNoScript() throws Exception {
    Path chromium = Chromium.find();
    String pwn = "document.title='pwned'";
    CatalogEntry evil =
        new CatalogEntry(
            "evil2024",
            "<img src=x onerror=\"" + pwn + "\"> \u202Egnp.exe Title",
            null,
            new Ids(null, null, null, null, List.of("javascript:" + pwn, "https://example.org/ok")),
            null,
            List.of("<script>" + pwn + "</script>"),
            null,
            null,
            2024,
            null,
            "\"><svg onload=\"" + pwn + "\">",
            null,
            null,
            List.of("<iframe src=javascript:" + pwn + ">"),
            null,
            null,
            null);
    References references =
        ReferencesBuilder.build(
            "Hostile",
            List.of(
                new Citation(
                    "evil",
                    "com.acme.Evil",
                    "CLASS",
                    "com/acme/Evil.java",
                    1,
                    "evil2024",
                    "USES",
                    null,
                    "<script>" + pwn + "</script>",
                    null)),
            Catalogs.of(Catalog.of(List.of(evil), "team.json"), "team.json"));
    Path page = dir.resolve("hostile.html");
    Files.writeString(page, new HtmlReport().render(references, c -> "javascript:" + pwn));

    String dom = run(chromium, "--dump-dom", page.toUri().toString());
    assertFalse(dom.contains("pwned</title>"), "a script ran and changed the title");
    assertTrue(dom.contains("<title>Hostile</title>"), "the page keeps its title");
    for (String element : List.of("<img", "<script>document", "<svg", "<iframe")) {
      assertFalse(dom.contains(element), "an element was made from a value: " + element);
    }
    assertFalse(dom.contains("href=\"javascript:"), "a javascript: link was emitted");
    assertTrue(dom.contains("href=\"https://example.org/ok\""), "the http(s) link is kept");
    assertTrue(
        dom.contains("\u202Egnp.exe Title"), "a direction override is shown as the text it is");
  }

  private Path screenshot(Path chromium, String url, String name, String size) throws Exception {
    Path png = dir.resolve(name);
    run(chromium, "--screenshot=" + png, "--window-size=" + size, url);
    assertTrue(Files.size(png) > 10_000, png + " is only " + Files.size(png) + " bytes");
    System.out.println("screenshot " + size + ": " + png);
    return png;
  }

  /** The opening tag of the element with that id, as Chromium serialized it. */
  private static String openingTag(String dom, String id) {
    Matcher tag =
        Pattern.compile("<section [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(dom);
    assertTrue(tag.find(), "no element #" + id);
    return tag.group();
  }

  private static List<String> visibleClasses(String dom) {
    List<String> visible = new ArrayList<>();
    Matcher row =
        Pattern.compile(
                "<tr class=\"class\" data-search=\"[^\"]*\"( hidden=\"\")?>.*?<td data-label=\"Class\"><code>([^<]*)</code>")
            .matcher(dom);
    while (row.find()) {
      if (row.group(1) == null) {
        visible.add(row.group(2));
      }
    }
    return visible;
  }

  private String run(Path chromium, String... args) throws Exception {
    return Chromium.run(chromium, dir, args);
  }
}
