package io.github.papertrail.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the one literal an identifier is written in, and refusing when it is not plain. */
class StringLiteralsTest {

  /** The literal's content where found, else why not. */
  static String found(String text, Integer line, String written) {
    StringLiterals.Spot spot = StringLiterals.find(text, line, written);
    return spot.why() == null ? text.substring(spot.start(), spot.end()) : "not: " + spot.why();
  }

  @Test
  void theLiteralOnTheLineIsFoundAndNotTheSameTextInACommentOrOnAnotherLine() {
    String text =
        """
        // @Paper("2106.09658") in a comment
        /* "2106.09658" in a block
           comment */ @Paper("2106.09658")
        class A {
          @Paper("2106.09658") void b() {}
        }
        """;
    StringLiterals.Spot spot = StringLiterals.find(text, 3, "2106.09658");
    assertNull(spot.why());
    assertEquals(text.indexOf("@Paper(\"2106.09658\")\nclass") + 8, spot.start());
    assertEquals(spot.start() + "2106.09658".length(), spot.end());
    assertEquals(
        text.indexOf("  @Paper(\"2106.09658\") void") + 10,
        StringLiterals.find(text, 5, "2106.09658").start());
  }

  @Test
  void twoLiteralsOnALineAreTold() {
    String text = "@Paper(value = \"lora\", note = \"lora\") class A {}\n";
    assertEquals(
        "not: \"lora\" is written 2 times on the line: edit it by hand", found(text, 1, "lora"));
    // another literal beside it is no obstacle
    String beside = "@Paper(value = \"2106.09658\", note = \"see 2106.09658\") class A {}\n";
    assertEquals("2106.09658", found(beside, 1, "2106.09658"));
  }

  @Test
  void aLiteralWithEscapesIsNotEdited() {
    String text = "@Paper(\"2106.\\u00309658\") class A {}\n";
    assertTrue(
        found(text, 1, "2106.09658")
            .startsWith("not: the literal \"2106.\\u00309658\" writes the identifier with escapes"),
        found(text, 1, "2106.09658"));
    String quoted = "@Paper(note = \"a \\\"quote\\\"\", value = \"2106.09658\") class A {}\n";
    assertEquals("2106.09658", found(quoted, 1, "2106.09658"), "an escaped quote ends no literal");
  }

  @Test
  void aConstantHasNoLiteralToEdit() {
    String text = "@Paper(Papers.LORA) class A {}\n";
    assertEquals(
        "not: no string literal \"2106.09658\" on the line (a constant or an expression gives the"
            + " identifier): fix it where it is defined",
        found(text, 1, "2106.09658"));
  }

  @Test
  void aTextBlockIsNotEdited() {
    String text = "class A {\n  @Paper(\"\"\"\n      2106.09658\"\"\") void b() {}\n}\n";
    assertEquals(
        "not: the identifier is in a text block: edit it by hand", found(text, 2, "2106.09658"));
  }

  @Test
  void crlfAndLoneCrCountLinesAsJavacDoes() {
    String text =
        "class A {\r\n  char q = '\"';\r\n  @Paper(\"x1\") void b() {}\r  @Paper(\"x1\") void c() {}\r\n}";
    List<StringLiterals.Literal> all = StringLiterals.all(text);
    assertEquals(List.of(3, 4), all.stream().map(StringLiterals.Literal::line).toList());
    assertEquals("x1", found(text, 4, "x1"));
    assertEquals(text.lastIndexOf("x1"), StringLiterals.find(text, 4, "x1").start());
  }

  @Test
  void withoutALineTheLiteralMustBeTheOnlyOneInTheFile() {
    String text = "@Paper(\"2106.09658\") class A {\n  @Paper(\"2106.09685\") void b() {}\n}\n";
    assertEquals("2106.09658", found(text, null, "2106.09658"));
    String twice = text + "@Paper(\"2106.09658\") class B {}\n";
    assertEquals(
        "not: \"2106.09658\" is written 2 times in the file: edit it by hand",
        found(twice, null, "2106.09658"));
  }

  @Test
  void escapesAreReadAsJavaReadsThem() {
    assertEquals(
        "a\tb\"c\\d\u0041\u00e9 \0",
        StringLiterals.unescaped("a\\tb\\\"c\\\\d\\u0041\\uu00e9\\s\\0"));
    assertEquals("\377x", StringLiterals.unescaped("\\377x"));
  }
}
