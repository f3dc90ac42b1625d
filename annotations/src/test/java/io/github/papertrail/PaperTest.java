package io.github.papertrail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

class PaperTest {

  @Paper("2106.09685")
  @Paper(value = "2305.14314", role = Role.ADAPTS, section = "3.1", note = "4-bit NF4 only")
  static final class Annotated {}

  @Test
  void repeatedCitationsAreReadableAtRunTimeInSourceOrder() {
    Paper[] papers = Annotated.class.getAnnotationsByType(Paper.class);
    assertEquals(2, papers.length);
    assertEquals("2106.09685", papers[0].value());
    assertEquals(Role.IMPLEMENTS, papers[0].role());
    assertEquals("", papers[0].section());
    assertEquals("2305.14314", papers[1].value());
    assertEquals(Role.ADAPTS, papers[1].role());
    assertEquals("3.1", papers[1].section());
    assertEquals("4-bit NF4 only", papers[1].note());
  }

  @Test
  void retainedAtRunTimeOnEveryDeclarationKind() {
    assertEquals(RetentionPolicy.RUNTIME, Paper.class.getAnnotation(Retention.class).value());
    assertArrayEquals(
        new ElementType[] {
          ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR,
          ElementType.FIELD, ElementType.PACKAGE, ElementType.MODULE
        },
        Paper.class.getAnnotation(Target.class).value());
  }
}
