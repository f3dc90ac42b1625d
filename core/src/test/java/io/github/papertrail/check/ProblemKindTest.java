package io.github.papertrail.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of tags is the enum's: every tag, its default severity and its description.
 */
class ProblemKindTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| `\\[(Paper\\w+)\\]` \\| ([^|]+) \\| ([^|]+) \\|", Pattern.MULTILINE);

  @Test
  void theReadmeTableListsEveryTagWithItsSeverityAndDescription() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher row = ROW.matcher(readme);
    List<String> tags = new java.util.ArrayList<>();
    while (row.find()) {
      ProblemKind kind = ProblemKind.forTag(row.group(1));
      assertTrue(kind != null, "the README lists a tag papertrail does not have: " + row.group(1));
      tags.add(kind.tag());
      assertTrue(
          row.group(2).strip().startsWith(kind.defaultSeverity().name().toLowerCase(Locale.ROOT)),
          kind.tag()
              + ": the README says "
              + row.group(2).strip()
              + ", the default is "
              + kind.defaultSeverity());
      assertEquals(kind.description(), row.group(3).strip(), kind.tag());
    }
    assertEquals(List.of(ProblemKind.values()).stream().map(ProblemKind::tag).toList(), tags);
  }
}
