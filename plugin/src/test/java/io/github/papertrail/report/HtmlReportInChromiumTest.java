package io.github.papertrail.report;

import static io.github.papertrail.report.ReportFixtures.GALORE;
import static io.github.papertrail.report.ReportFixtures.LORA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Ids;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the references page in headless Chromium: what a reader sees, with the filter script run.
 * Set {@code -Dpapertrail.screenshots=DIR} to keep the screenshots as DIR/references.png and
 * DIR/references-phone.png.
 */
class HtmlReportInChromiumTest {

  private static final long TIMEOUT_SECONDS = 60;

  @TempDir Path dir;

  @Test
  void rendersFiltersAndScreenshotsThePage() throws Exception {
    Path chromium = chromium();
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
    Path chromium = chromium();
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

  /** Runs headless Chromium with a fresh profile; its standard output. */
  private String run(Path chromium, String... args) throws Exception {
    Path profile = Files.createTempDirectory("papertrail-chromium-");
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Path err = Files.createTempFile(dir, "chromium", ".err");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    // Output goes to files, not pipes: a full pipe would stall Chromium, and reading one would
    // block past the timeout.
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail(
            "chromium did not finish within "
                + TIMEOUT_SECONDS
                + " s: "
                + command
                + "\n"
                + Files.readString(err));
      }
      assertEquals(0, process.exitValue(), () -> "chromium failed: " + command + "\n" + read(err));
      return Files.readString(out);
    } finally {
      delete(profile);
    }
  }

  private static Path chromium() {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, "chromium");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("chromium is not on PATH: .ci/run should have installed it (Debian package chromium)");
    }
    Assumptions.assumeTrue(
        false, "chromium is not on PATH; install Debian's chromium to render the page");
    return null;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(cannot read " + file + ")";
    }
  }

  // Best effort: a Chromium helper may still be closing files in its profile.
  private static void delete(Path tree) {
    try (Stream<Path> paths = Files.walk(tree)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // left for the system's temporary-file cleaning
    }
  }
}
