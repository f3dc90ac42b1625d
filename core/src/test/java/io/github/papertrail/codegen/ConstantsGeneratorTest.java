package io.github.papertrail.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.id.Identifier;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The constants class: values that resolve, names, Javadoc, escaping, determinism, and writing. */
class ConstantsGeneratorTest {

  @TempDir Path dir;

  static CatalogEntry entry(String key, String title, Ids ids) {
    return new CatalogEntry(
        key, title, null, ids, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  static Ids arxiv(String id) {
    return new Ids("arxiv:" + id, null, null, null, null);
  }

  /**
   * Compiles the file with javac, Javadoc checked by doclint and warnings as errors; returns each
   * constant's value.
   */
  Map<String, String> compile(JavaFile file) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path source = ConstantsGenerator.write(file, sources).file();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean ok =
          javac
              .getTask(
                  log,
                  files,
                  null,
                  List.of(
                      "-proc:none",
                      "-Xdoclint:all/protected",
                      "-Werror",
                      "-Xlint:all",
                      "-encoding",
                      "US-ASCII",
                      "-d",
                      classes.toString()),
                  null,
                  files.getJavaFileObjects(source))
              .call();
      assertTrue(ok, log + "\n" + file);
    }
    Map<String, String> values = new LinkedHashMap<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      Class<?> type = loader.loadClass(file.packageName() + "." + file.typeSpec().name());
      assertTrue(Modifier.isFinal(type.getModifiers()) && Modifier.isPublic(type.getModifiers()));
      assertTrue(
          Modifier.isPrivate(type.getDeclaredConstructor().getModifiers()),
          "a private constructor");
      for (Field field : type.getDeclaredFields()) {
        assertEquals(
            Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL,
            field.getModifiers(),
            field.getName());
        values.put(field.getName(), (String) field.get(null));
      }
    }
    return values;
  }

  @Test
  void everyConstantOfTheBundledCatalogResolvesToItsOwnEntry() throws Exception {
    Catalog bundled = CatalogFiles.bundled();
    Map<String, String> values =
        compile(ConstantsGenerator.generate("com.acme.Papers", bundled.entries()));
    assertEquals(bundled.size(), values.size());
    Map<String, String> names =
        ConstantsGenerator.fieldNames(bundled.entries().stream().map(CatalogEntry::key).toList());
    for (CatalogEntry entry : bundled.entries()) {
      String value = values.get(names.get(entry.key()));
      List<CatalogEntry> found = bundled.lookup(Identifier.parse(value).orElseThrow());
      assertEquals(
          List.of(entry.key()),
          found.stream().map(CatalogEntry::key).toList(),
          entry.key() + " = " + value);
    }
    assertEquals("2106.09685", values.get("HU2021LORA"));
    assertEquals("2403.03507", values.get("GALORE2024"));
    assertEquals(
        "1908.04319",
        values.get("WELLECK2019NEURAL"),
        "arXiv first: the shared OpenReview id is not used");
    assertEquals("openreview:RveSp5oESA", values.get("ANALYZINGELIMINATING2024"));
    assertEquals(
        "https://oatllm.notion.site/oat-zero", values.get("LIUTHERE"), "no public id: its URL");
    assertEquals("datamixing", values.get("DATAMIXING"), "no id and no URL: its key");
  }

  @Test
  void anIdThatNamesTwoEntriesGivesWayToTheKey() throws Exception {
    Ids shared = new Ids(null, null, "openreview:0qSOodKmJaN", null, null);
    List<CatalogEntry> entries =
        List.of(
            entry("welleck2019neural", "Neural Text Generation with Unlikelihood Training", shared),
            entry("zhao2022calibrating", "Calibrating Sequence Likelihood", shared));
    JavaFile file = ConstantsGenerator.generate("com.acme.Papers", entries);
    assertEquals(
        Map.of(
            "WELLECK2019NEURAL", "welleck2019neural", "ZHAO2022CALIBRATING", "zhao2022calibrating"),
        compile(file));
    assertTrue(
        file.toString()
            .contains(
                "   * <p>Catalog key <code>zhao2022calibrating</code>, cited by its key: openreview:0qSOodKmJaN"
                    + " names 2 catalog entries (welleck2019neural, zhao2022calibrating).\n"),
        file.toString());
  }

  @Test
  void theConstantsOfTheCatalogsInUseAreCheckedAgainstAllOfThem() {
    // The team's catalog gives LoRA's arXiv id to another key: checked with the bundled catalog, it
    // names two entries.
    CatalogEntry team = entry("teamlora", "LoRA, our notes", arxiv("2106.09685"));
    Catalogs inUse =
        Catalogs.of(
            Catalog.of(
                List.of(CatalogFiles.bundled().byKey("hu2021lora").orElseThrow(), team), "both"),
            "both");
    JavaFile file =
        ConstantsGenerator.generate("com.acme.Papers", List.of(team), "team.json", inUse);
    assertTrue(
        file.toString().contains("public static final String TEAMLORA = \"teamlora\";"),
        file.toString());
    assertTrue(
        file.toString().contains("Generated by papertrail from team.json: 1 constant.\n"),
        file.toString());
  }

  @Test
  void theJavadocShowsTitleAuthorsYearVenueKindAndLinks() {
    JavaFile file =
        ConstantsGenerator.generate(
            "com.acme.Papers",
            List.of(
                CatalogFiles.bundled().byKey("hu2021lora").orElseThrow(),
                CatalogFiles.bundled().byKey("finetuning2024").orElseThrow(),
                new CatalogEntry(
                    "many2024",
                    "Many Ids",
                    null,
                    new Ids(
                        "arxiv:2401.00001",
                        "doi:10.1145/3292500.3330701",
                        "openreview:0qSOodKmJaN",
                        "acl:2021.acl-long.353",
                        List.of("https://example.org/many")),
                    null,
                    List.of("Ada Lovelace", "Alan Turing"),
                    null,
                    9,
                    2024,
                    null,
                    "NeurIPS",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));
    String text = file.toString();
    assertTrue(
        text.contains(
            """
          /**
           * LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS
           *
           * <p>Hu et al., 2021, ICLR
           *
           * <p><a href="https://arxiv.org/abs/2106.09685">arxiv:2106.09685</a>
           *
           * <p>Catalog key <code>hu2021lora</code>.
           */
          public static final String HU2021LORA = "2106.09685";
        """),
        text);
    assertTrue(
        text.contains(
            """
           * <p>2024, tweet
           *
           * <p><a href="https://twitter.com/natolambert/status/1815412187617517612">https://twitter.com/natolambert/status/1815412187617517612</a>
        """),
        text);
    assertTrue(
        text.contains(
            """
           * <p>Ada Lovelace, Alan Turing, 2024, NeurIPS
           *
           * <p><a href="https://arxiv.org/abs/2401.00001">arxiv:2401.00001</a>,
           * <a href="https://doi.org/10.1145/3292500.3330701">doi:10.1145/3292500.3330701</a>,
           * <a href="https://openreview.net/forum?id=0qSOodKmJaN">openreview:0qSOodKmJaN</a>,
           * <a href="https://aclanthology.org/2021.acl-long.353/">acl:2021.acl-long.353</a>,
           * <a href="https://example.org/many">https://example.org/many</a>
        """),
        text);
    assertTrue(
        text.contains(
            """
         * Paper identifiers as constants, one per catalog entry: write {@code @Paper(Papers.HU2021LORA)}
         * and an IDE shows the paper's title, authors, year and links on hover.
        """),
        text);
  }

  @Test
  void textThatWouldBreakTheCommentOrItsHtmlIsEscaped() throws Exception {
    String title =
        "<script>alert(1)</script> & @deprecated {@link Foo} ends */ here \\u002a/ \u201cquoted\u201d\n  \u00e9t\u00e9 \uD83D\uDE00 $L";
    CatalogEntry nasty =
        new CatalogEntry(
            "nasty2024",
            title,
            null,
            new Ids(
                null,
                null,
                null,
                null,
                List.of("https://example.org/a?b=1&c=\"*/<x>@y", "https://example.org/100%zz")),
            null,
            List.of("O'Brien <ob@example.org>"),
            true,
            null,
            2024,
            null,
            "Venue */",
            null,
            Kind.BLOG_POST,
            null,
            null,
            null,
            List.of("a conflict with */ and @see"));
    JavaFile file = ConstantsGenerator.generate("com.acme.Papers", List.of(nasty));
    String text = file.toString();
    assertTrue(
        text.contains(
            "   * &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#64;deprecated {&#64;link Foo} ends &#42;/ here"
                + " &#92;u002a/ &#8220;quoted&#8221; &#233;t&#233; &#128512; $L\n"),
        text);
    assertTrue(
        text.contains(
            "   * <p>O'Brien &lt;ob&#64;example.org&gt; et al., 2024, Venue &#42;/, blog post\n"),
        text);
    assertTrue(
        text.contains(
            "<a href=\"https://example.org/a?b=1&amp;c=%22%2A/%3Cx%3E@y\">https://example.org/a?b=1&amp;c=\"&#42;/&lt;x&gt;&#64;y</a>"),
        text);
    assertTrue(
        text.contains("&lt;x&gt;&#64;y</a>,\n   * https://example.org/100%zz\n"),
        "no URI even when encoded: text, no link");
    assertTrue(
        text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)),
        "ASCII only, whatever the source encoding");
    assertEquals(
        Map.of("NASTY2024", "https://example.org/a?b=1&c=\"*/<x>@y"),
        compile(file),
        "javac and doclint accept it");
  }

  @Test
  void fieldNamesAreTheKeysInUpperCaseAsJavaNames() {
    assertEquals("HU2021LORA", ConstantsGenerator.fieldName("hu2021lora"));
    assertEquals("_2021_LORA", ConstantsGenerator.fieldName("2021-lora"));
    assertEquals("VON_NEUMANN1945_DRAFT", ConstantsGenerator.fieldName("von.neumann1945:draft"));
    assertEquals("M_LLER2020", ConstantsGenerator.fieldName("m\u00fcller2020"));
    assertEquals("__", ConstantsGenerator.fieldName("-"), "\"_\" alone is a keyword");
  }

  @Test
  void clashingNamesGetSuffixesInKeyOrderAroundNamesTakenByOtherKeys() {
    List<String> keys = new ArrayList<>(List.of("a_b", "a_b_2", "a.b", "a-b", "c"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("a-b", "A_B");
    expected.put("a.b", "A_B_3");
    expected.put("a_b", "A_B_4");
    expected.put("a_b_2", "A_B_2");
    expected.put("c", "C");
    assertEquals(expected, ConstantsGenerator.fieldNames(keys));
    Collections.reverse(keys);
    assertEquals(expected, ConstantsGenerator.fieldNames(keys), "the input order does not matter");
  }

  @Test
  void clashingNamesCompile() throws Exception {
    Map<String, String> values =
        compile(
            ConstantsGenerator.generate(
                "com.acme.Papers",
                List.of(
                    entry("a-b", "One", arxiv("2401.00001")),
                    entry("a.b", "Two", arxiv("2401.00002")))));
    assertEquals(Map.of("A_B", "2401.00001", "A_B_2", "2401.00002"), values);
  }

  @Test
  void theOutputIsTheSameBytesWhateverTheInputOrderAndTheFirstEntryOfAKeyWins() {
    List<CatalogEntry> entries = new ArrayList<>(CatalogFiles.bundled().entries());
    String first = ConstantsGenerator.generate("com.acme.Papers", entries).toString();
    Collections.reverse(entries);
    assertEquals(first, ConstantsGenerator.generate("com.acme.Papers", entries).toString());
    assertFalse(first.matches("(?s).*20[0-9]{2}-[0-9]{2}-[0-9]{2}T.*"), "no time stamp");

    String twice =
        ConstantsGenerator.generate(
                "com.acme.Papers",
                List.of(
                    entry("x2024", "The First", arxiv("2401.00001")),
                    entry("x2024", "The Second", arxiv("2401.00002"))))
            .toString();
    assertTrue(twice.contains("The First") && !twice.contains("The Second"), twice);
  }

  @Test
  void anEmptyCatalogGivesAnEmptyClass() throws Exception {
    assertEquals(Map.of(), compile(ConstantsGenerator.generate("com.acme.Papers", List.of())));
  }

  @Test
  void aBadClassNameSaysWhatIsWrong() {
    Map<String, String> messages = new LinkedHashMap<>();
    for (String name :
        new String[] {
          "com.acme.1Papers",
          "com..Papers",
          "com.acme.",
          "com.acme.class",
          "com.acme.Pa-pers",
          "com.acme.record",
          "Papers",
          " "
        }) {
      messages.put(
          name,
          assertThrows(
                  IllegalArgumentException.class,
                  () -> ConstantsGenerator.generate(name, List.of()))
              .getMessage());
    }
    String advice = " Write a qualified class name such as com.acme.Papers.";
    assertEquals(
        Map.of(
            "com.acme.1Papers",
                "\"com.acme.1Papers\" is not a qualified Java class name: \"1Papers\" is not a Java identifier."
                    + advice,
            "com..Papers",
                "\"com..Papers\" is not a qualified Java class name: \"\" is an empty name."
                    + advice,
            "com.acme.",
                "\"com.acme.\" is not a qualified Java class name: \"\" is an empty name." + advice,
            "com.acme.class",
                "\"com.acme.class\" is not a qualified Java class name: \"class\" is a Java keyword."
                    + advice,
            "com.acme.Pa-pers",
                "\"com.acme.Pa-pers\" is not a qualified Java class name: \"Pa-pers\" is not a Java identifier."
                    + advice,
            "com.acme.record",
                "\"com.acme.record\" is not a qualified Java class name: \"record\" cannot name a class."
                    + advice,
            "Papers",
                "\"Papers\" has no package, and classes in packages cannot use a class of the unnamed package."
                    + advice,
            " ", "no class name is given for the constants class." + advice),
        messages);
  }

  @Test
  void writeTouchesTheFileOnlyWhenItsContentChanges() throws IOException {
    JavaFile file =
        ConstantsGenerator.generate(
            "com.acme.Papers", List.of(entry("x2024", "X", arxiv("2401.00001"))));
    ConstantsGenerator.Written first = ConstantsGenerator.write(file, dir);
    assertEquals(dir.resolve("com/acme/Papers.java"), first.file());
    assertTrue(first.changed());
    assertEquals(file.toString(), Files.readString(first.file()));
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(first.file(), old);

    assertFalse(ConstantsGenerator.write(file, dir).changed());
    assertEquals(
        old, Files.getLastModifiedTime(first.file()), "an unchanged class is not rewritten");

    JavaFile other =
        ConstantsGenerator.generate(
            "com.acme.Papers", List.of(entry("y2024", "Y", arxiv("2401.00002"))));
    assertTrue(ConstantsGenerator.write(other, dir).changed());
    assertEquals(other.toString(), Files.readString(first.file()));
    try (var left = Files.list(first.file().getParent())) {
      assertEquals(List.of(first.file()), left.toList(), "no temporary file is left behind");
    }
  }
}
