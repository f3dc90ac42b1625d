package io.github.papertrail.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** An ASCII title is normalized without the regular expressions, to the same normal form. */
class TitlesTest {

  @Provide
  Arbitrary<String> asciiTitles() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of("&", " ", "  ", "-", ":", "'", "\t", "\n", ".", "(", ")", "&amp;"),
            Arbitraries.strings().ascii().ofMaxLength(6),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(9));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }

  @Property(tries = 3000)
  void asciiTitlesNormalizeAsTheUnicodePathDoes(@ForAll("asciiTitles") String title) {
    assertEquals(Titles.normalizeUnicode(title), Titles.normalize(title));
  }

  @Test
  void normalFormsOfAsciiAndAccentedTitles() {
    assertEquals("lora low rank adaptation", Titles.normalize("  LoRA: Low-Rank   Adaptation!! "));
    assertEquals("a and b and c", Titles.normalize("A&B & C"));
    assertEquals("and", Titles.normalize("&"));
    assertEquals("", Titles.normalize(" -- "));
    assertEquals("muller and cafe", Titles.normalize("Müller & Café"));
  }
}
