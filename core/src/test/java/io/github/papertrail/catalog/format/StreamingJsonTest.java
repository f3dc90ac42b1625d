package io.github.papertrail.catalog.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.catalog.Source;
import io.github.papertrail.index.CitationIndex;
import io.github.papertrail.index.IndexedCitation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The catalog and the citation index on {@link StreamingJson} against the data binding they
 * replaced ({@link DatabindReference}): the same bytes written, the same values read, failures
 * where it failed.
 */
class StreamingJsonTest {

  static byte[] bundledBytes() throws IOException {
    try (InputStream in =
        StreamingJsonTest.class.getClassLoader().getResourceAsStream(Catalog.RESOURCE)) {
      assertNotNull(in, Catalog.RESOURCE + " is built into target/classes by the build");
      return in.readAllBytes();
    }
  }

  @Test
  void theBundledCatalogIsReadAndWrittenAsDataBindingDid() throws IOException {
    byte[] file = bundledBytes();
    List<CatalogEntry> entries = CatalogJson.read(new ByteArrayInputStream(file), "bundled");
    assertEquals(DatabindReference.readCatalog(file), entries);
    assertArrayEquals(DatabindReference.writeCatalog(entries), CatalogJson.write(entries));
    assertArrayEquals(file, CatalogJson.write(entries), "the file is what the writer writes");
  }

  @Property(tries = 300)
  void catalogsAreWrittenByteForByteAsDataBindingWroteThem(
      @ForAll("entryLists") List<CatalogEntry> entries) throws IOException {
    byte[] written = CatalogJson.write(entries);
    assertEquals(
        new String(DatabindReference.writeCatalog(entries), StandardCharsets.UTF_8),
        new String(written, StandardCharsets.UTF_8));
    assertArrayEquals(DatabindReference.writeCatalog(entries), written);
    assertEquals(
        DatabindReference.readCatalog(written),
        CatalogJson.read(new ByteArrayInputStream(written), "written"));
  }

  @Property(tries = 300)
  void indexesAreWrittenByteForByteAsDataBindingWroteThem(
      @ForAll("citationLists") List<IndexedCitation> citations) throws IOException {
    byte[] written = CitationIndex.write(citations);
    assertArrayEquals(DatabindReference.writeIndex(citations), written);
    assertEquals(
        DatabindReference.readIndex(written),
        CitationIndex.read(new ByteArrayInputStream(written), "written"));
  }

  /**
   * Half a surrogate pair has no UTF-8: whatever data binding wrote for it (or failed with), the
   * writer does.
   */
  @Property(tries = 100)
  void brokenSurrogatesAreWrittenAsDataBindingWroteThem(@ForAll("brokenTitles") String title)
      throws IOException {
    List<CatalogEntry> entries = List.of(entry("k", title));
    byte[] expected;
    try {
      expected = DatabindReference.writeCatalog(entries);
    } catch (IOException e) {
      assertThrows(UncheckedIOException.class, () -> CatalogJson.write(entries));
      return;
    }
    assertArrayEquals(expected, CatalogJson.write(entries));
  }

  @Property(tries = 3000)
  void catalogsAreReadAsDataBindingReadThem(@ForAll("catalogDocuments") String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<CatalogEntry> expected = DatabindReference.readCatalog(bytes);
    List<CatalogEntry> read;
    try {
      read = CatalogJson.read(new ByteArrayInputStream(bytes), "fuzz.json");
    } catch (CatalogException e) {
      assertTrue(e.getMessage().startsWith("fuzz.json:"), e.getMessage());
      read = null;
    }
    // Data binding let a null entry through, for Catalog to fail on without a place: now an error.
    assertEquals(
        expected == null || expected.stream().anyMatch(Objects::isNull) ? null : expected,
        read,
        json);
  }

  @Property(tries = 3000)
  void indexesAreReadAsDataBindingReadThem(@ForAll("indexDocuments") String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<IndexedCitation> expected = DatabindReference.readIndex(bytes);
    List<IndexedCitation> read;
    try {
      read = CitationIndex.read(new ByteArrayInputStream(bytes), "fuzz.json");
    } catch (CatalogException e) {
      assertTrue(e.getMessage().startsWith("fuzz.json:"), e.getMessage());
      read = null;
    }
    assertEquals(
        expected == null || expected.stream().anyMatch(Objects::isNull) ? null : expected,
        read,
        json);
  }

  static String catalogError(String json) {
    return assertThrows(
            CatalogException.class,
            () ->
                CatalogJson.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "team.json"))
        .getMessage();
  }

  @Test
  void problemsNameTheFieldAndTheValue() {
    assertEquals(
        "team.json:1:55: not a papertrail catalog: \"year\" must be a whole number, not \"twenty\"",
        catalogError(
            "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"year\": \"twenty\"}]}"));
    assertEquals(
        "team.json:2:13: not a papertrail catalog: \"authors\" must be an array of strings, not \"Ann\"",
        catalogError(
            "{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\",\n \"authors\": \"Ann\"}]}"));
    assertEquals(
        "team.json:1:47: not a papertrail catalog: an element of \"authors\" must be a string, not null",
        catalogError("{\"schemaVersion\": 1, \"entries\": [{\"authors\": [null]}]}"));
    assertEquals(
        "team.json:1:34: not a papertrail catalog: an element of \"entries\" must be an object, not null",
        catalogError("{\"schemaVersion\": 1, \"entries\": [null]}"));
    assertEquals(
        "team.json:1:1: not a papertrail catalog: expected {\"schemaVersion\":1,\"entries\":[…]}, not an array",
        catalogError("[]"));
    assertEquals(
        "team.json:1:43: not a papertrail catalog: unknown kind 'podcast'; expected one of paper, blog-post, tweet, notes",
        catalogError("{\"schemaVersion\": 1, \"entries\": [{\"kind\": \"podcast\"}]}"));
  }

  @Test
  void duplicateNamesAreRejectedWhereverTheyAre() {
    assertEquals(
        "team.json:1:47: not a papertrail catalog: Duplicate field 'key'",
        catalogError("{\"schemaVersion\": 1, \"entries\": [{\"key\": \"a\", \"key\": \"b\"}]}"));
    assertTrue(
        catalogError(
                "{\"schemaVersion\": 1, \"future\": [{\"a\": {\"b\": 1, \"b\": 2}}], \"entries\": []}")
            .startsWith("team.json:1:48: not a papertrail catalog: Duplicate field 'b'"));
    StringBuilder many = new StringBuilder("{\"schemaVersion\": 1, \"future\": {");
    for (int i = 0; i < 1000; i++) {
      many.append("\"f").append(i).append("\": ").append(i).append(", ");
    }
    assertTrue(
        catalogError(many.append("\"f999\": 0}, \"entries\": []}").toString())
            .contains("Duplicate field 'f999'"));
  }

  @Test
  void valuesAreReadAsDataBindingCoercedThem() {
    List<CatalogEntry> entries =
        CatalogJson.read(
            new ByteArrayInputStream(
                """
        {"schemaVersion": "1", "entries": [{"key": 7, "title": true, "year": " 2021 ", "authorCount": 2.9,
         "moreAuthors": "TRUE", "kind": "blog-post", "tags": [1, false], "venue": 1.50, "date": ""}]}
        """
                    .getBytes(StandardCharsets.UTF_8)),
            "team.json");
    CatalogEntry entry = entries.get(0);
    assertEquals(
        List.of("7", "true", "1.50", ""),
        List.of(entry.key(), entry.title(), entry.venue(), entry.date()));
    assertEquals(List.of(2021, 2), List.of(entry.year(), entry.authorCount()));
    assertEquals(true, entry.moreAuthors());
    assertEquals(Kind.BLOG_POST, entry.kind());
    assertEquals(List.of("1", "false"), entry.tags());
  }

  // ---------------------------------------------------------------------------------------------
  // Values to write

  private static final String[] TEXTS = {
    "",
    " ",
    "a",
    "Attention Is All You Need",
    "quote \" backslash \\ slash /",
    "tab\t line\n return\r",
    "\u0000\u0001\u001f\u007f",
    "é ü ñ 中文 한국어",
    "emoji 😀 𝔸",
    "\u2028\u2029",
    "</script>",
    "null",
    "true",
    "12",
    "-0"
  };

  static String text(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> null;
      case 1, 2 -> TEXTS[random.nextInt(TEXTS.length)];
      default -> {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
          int c = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x80);
          s.appendCodePoint(Character.isSurrogate((char) c) && c < 0x10000 ? 'x' : c);
        }
        yield s.toString();
      }
    };
  }

  static List<String> texts(Random random) {
    if (random.nextInt(3) == 0) {
      return random.nextBoolean() ? null : List.of();
    }
    List<String> texts = new ArrayList<>();
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      String text = text(random);
      texts.add(text == null ? "" : text);
    }
    return texts;
  }

  static Integer number(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> null;
      case 1 -> 0;
      case 2 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
      default -> random.nextInt(4000) - 100;
    };
  }

  static CatalogEntry entry(String key, String title) {
    return new CatalogEntry(
        key, title, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  static CatalogEntry entry(Random random) {
    String key = text(random);
    Ids ids =
        random.nextInt(4) == 0
            ? null
            : new Ids(text(random), text(random), text(random), text(random), texts(random));
    List<Source> sources = null;
    if (random.nextBoolean()) {
      sources = new ArrayList<>();
      for (int n = random.nextInt(3); n > 0; n--) {
        sources.add(
            new Source(text(random), number(random), text(random), text(random), text(random)));
      }
    }
    Kind kind = random.nextInt(5) == 0 ? null : Kind.values()[random.nextInt(Kind.values().length)];
    return new CatalogEntry(
        key == null ? "" : key,
        text(random),
        texts(random),
        ids,
        texts(random),
        texts(random),
        random.nextInt(3) == 0 ? null : random.nextBoolean(),
        number(random),
        number(random),
        text(random),
        text(random),
        text(random),
        kind,
        texts(random),
        text(random),
        sources,
        texts(random));
  }

  static IndexedCitation citation(Random random) {
    String element = text(random);
    String id = text(random);
    return new IndexedCitation(
        element == null ? "" : element,
        text(random),
        text(random),
        number(random),
        id == null ? "" : id,
        text(random),
        number(random),
        text(random),
        text(random),
        text(random),
        text(random),
        text(random),
        text(random),
        random.nextInt(4) == 0 ? list(random, () -> SUPPRESSIONS[random.nextInt(3)]) : List.of());
  }

  private static final String[] SUPPRESSIONS = {"papertrail", "PaperConflict", "PaperUnknownId"};

  static <T> List<T> list(Random random, Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int n = random.nextInt(6); n > 0; n--) {
      list.add(element.get());
    }
    return list;
  }

  @Provide
  Arbitrary<List<CatalogEntry>> entryLists() {
    return Arbitraries.randomValue(random -> list(random, () -> entry(random)));
  }

  @Provide
  Arbitrary<List<IndexedCitation>> citationLists() {
    return Arbitraries.randomValue(random -> list(random, () -> citation(random)));
  }

  @Provide
  Arbitrary<String> brokenTitles() {
    return Arbitraries.of("\ud800", "a\udc00b", "\udbff\udbff", "x\ud83d", "\ud83d\ude00\ude00");
  }

  // ---------------------------------------------------------------------------------------------
  // Documents to read: the fields of the schema with values of every type, unknown fields, nesting

  private static final String[] CATALOG_FIELDS = {
    "key",
    "title",
    "otherTitles",
    "ids",
    "otherIds",
    "authors",
    "moreAuthors",
    "authorCount",
    "year",
    "date",
    "venue",
    "organisation",
    "kind",
    "tags",
    "abstract",
    "sources",
    "conflicts",
    "abstractText",
    "allIds",
    "Key",
    "x"
  };
  private static final String[] IDS_FIELDS = {
    "arxiv", "doi", "openreview", "acl", "url", "all", "y"
  };
  private static final String[] SOURCE_FIELDS = {"seed", "line", "idFrom", "title", "summary", "z"};
  private static final String[] INDEX_FIELDS = {
    "element",
    "kind",
    "source",
    "line",
    "id",
    "normalized",
    "version",
    "entry",
    "role",
    "section",
    "note",
    "title",
    "owner",
    "w"
  };
  private static final String[] SCALARS = {
    "\"\"",
    "\" \"",
    "\"null\"",
    "\"true\"",
    "\"True\"",
    "\"tRUE\"",
    "\"false\"",
    "\" false \"",
    "\"yes\"",
    "\"0\"",
    "\" 12 \"",
    "\"+5\"",
    "\"-0\"",
    "\"2020.5\"",
    "\"1e2\"",
    "\"99999999999\"",
    "\"-2147483648\"",
    "\"2147483648\"",
    "\"0x10\"",
    "\"１２\"",
    "\"paper\"",
    "\"blog-post\"",
    "\"podcast\"",
    "\"a\"",
    "\"\\u00e9\\n\"",
    "0",
    "1",
    "-1",
    "2020",
    "1.0",
    "1.5",
    "-0",
    "1e2",
    "1e999",
    "99999999999",
    "2147483648",
    "123456789012345678901234567890",
    "3e9",
    "true",
    "false",
    "null"
  };

  static String ws(Random random) {
    int k = random.nextInt(10);
    return k < 7 ? " " : k < 9 ? "" : "\n  ";
  }

  static String scalar(Random random) {
    return SCALARS[random.nextInt(SCALARS.length)];
  }

  static String array(Random random, Supplier<String> element) {
    StringBuilder s = new StringBuilder("[");
    for (int i = random.nextInt(4); i > 0; i--) {
      s.append(s.length() == 1 ? "" : ",").append(ws(random)).append(element.get());
    }
    return s.append(ws(random)).append(']').toString();
  }

  static String object(
      Random random, String[] fields, java.util.function.Function<String, String> value) {
    StringBuilder s = new StringBuilder("{");
    for (int i = random.nextInt(5); i > 0; i--) {
      String field = fields[random.nextInt(fields.length)];
      s.append(s.length() == 1 ? "" : ",")
          .append(ws(random))
          .append('"')
          .append(field)
          .append("\":")
          .append(ws(random))
          .append(value.apply(field));
    }
    return s.append(ws(random)).append('}').toString();
  }

  static String any(Random random, int depth) {
    int k = random.nextInt(10);
    if (depth > 3 || k < 6) {
      return scalar(random);
    }
    return k < 8
        ? array(random, () -> any(random, depth + 1))
        : object(random, new String[] {"a", "b", "key"}, field -> any(random, depth + 1));
  }

  static String typed(Random random, String field, int depth) {
    if (random.nextInt(4) == 0) {
      return any(random, depth + 1);
    }
    return switch (field) {
      case "otherTitles", "otherIds", "authors", "tags", "conflicts", "url" ->
          random.nextInt(5) == 0
              ? scalar(random)
              : array(
                  random, () -> random.nextInt(6) == 0 ? any(random, depth + 1) : scalar(random));
      case "ids" -> object(random, IDS_FIELDS, f -> typed(random, f, depth + 1));
      case "sources" ->
          array(
              random,
              () ->
                  random.nextInt(6) == 0
                      ? any(random, depth + 1)
                      : object(random, SOURCE_FIELDS, f -> typed(random, f, depth + 1)));
      default -> scalar(random);
    };
  }

  static String document(Random random, String list, Supplier<String> elements) {
    if (random.nextInt(30) == 0) {
      return any(random, 0);
    }
    String version = random.nextInt(5) == 0 ? scalar(random) : "1";
    String extra = random.nextInt(5) == 0 ? ", \"future\": " + any(random, 1) : "";
    String value = random.nextInt(10) == 0 ? any(random, 1) : elements.get();
    return random.nextBoolean()
        ? "{\"schemaVersion\": "
            + version
            + extra
            + ", \""
            + list
            + "\":"
            + ws(random)
            + value
            + "}"
        : "{\""
            + list
            + "\": "
            + value
            + ","
            + ws(random)
            + "\"schemaVersion\": "
            + version
            + extra
            + "}";
  }

  @Provide
  Arbitrary<String> catalogDocuments() {
    return Arbitraries.randomValue(
        random ->
            document(
                random,
                "entries",
                () ->
                    array(
                        random,
                        () ->
                            random.nextInt(10) == 0
                                ? any(random, 2)
                                : object(random, CATALOG_FIELDS, f -> typed(random, f, 2)))));
  }

  @Provide
  Arbitrary<String> indexDocuments() {
    return Arbitraries.randomValue(
        random ->
            document(
                random,
                "citations",
                () ->
                    array(
                        random,
                        () ->
                            random.nextInt(10) == 0
                                ? any(random, 2)
                                : object(
                                    random,
                                    INDEX_FIELDS,
                                    f ->
                                        random.nextInt(4) == 0
                                            ? any(random, 2)
                                            : scalar(random)))));
  }
}
