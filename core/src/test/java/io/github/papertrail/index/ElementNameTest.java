package io.github.papertrail.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ElementNameTest {

  @Test
  void membersAreNamedJavadocStyle() {
    assertEquals("com.acme.Lora#rank", ElementName.field("com.acme.Lora", "rank"));
    assertEquals(
        "com.acme.Lora#merge(int,java.util.List)",
        ElementName.executable("com.acme.Lora", "merge", List.of("int", "java.util.List")));
    assertEquals(
        "com.acme.Lora#merge()", ElementName.executable("com.acme.Lora", "merge", List.of()));
  }

  @Test
  void aConstructorIsNamedAfterItsTypesSimpleName() {
    assertEquals(
        "com.acme.Outer.Inner#Inner(float[])",
        ElementName.executable("com.acme.Outer.Inner", null, List.of("float[]")));
    assertEquals("Top#Top()", ElementName.executable("Top", null, List.of()));
  }

  @Test
  void theSourcePathIsRelativeToItsRoot() {
    assertEquals(
        "com/acme/Lora.java",
        ElementName.sourcePath("com.acme", "/home/x/src/main/java/com/acme/Lora.java"));
    assertEquals("Lora.java", ElementName.sourcePath("", "C:\\src\\Lora.java"));
  }
}
