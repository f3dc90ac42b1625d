package io.github.papertrail.migrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedDiffTest {

  private static final String PATH = "src/main/java/demo/Model.java";

  private static final String MODEL =
      """
      package demo;

      import java.util.List;

      public class Model {

        private final int width;

        Model(int width) {
          this.width = width;
        }

        int width() {
          return width;
        }

        int area() {
          return width * width;
        }

        List<Integer> sizes() {
          return List.of(width);
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void identicalTextsGiveNoDiff() {
    assertEquals("", UnifiedDiff.of(PATH, MODEL, MODEL));
    assertEquals("", UnifiedDiff.of(PATH, "", ""));
  }

  @Test
  void insertionInTheMiddle() throws Exception {
    String after =
        MODEL.replace("  int area() {", "  @Paper(\"arXiv:1706.03762\")\n  int area() {");
    String patch = UnifiedDiff.of(PATH, MODEL, after);
    assertEquals(
        """
        diff --git a/src/main/java/demo/Model.java b/src/main/java/demo/Model.java
        --- a/src/main/java/demo/Model.java
        +++ b/src/main/java/demo/Model.java
        @@ -14,6 +14,7 @@ public class Model {
             return width;
           }
        \s
        +  @Paper("arXiv:1706.03762")
           int area() {
             return width * width;
           }
        """,
        patch);
    assertSameAsGit(MODEL, after);
    assertApplies(PATH, MODEL, after);
  }

  @Test
  void importAfterThePackageLine() throws Exception {
    String after =
        MODEL.replace("package demo;\n", "package demo;\n\nimport io.github.papertrail.Paper;\n");
    String patch = UnifiedDiff.of(PATH, MODEL, after);
    assertTrue(patch.contains("\n@@ -1,5 +1,7 @@\n"), patch);
    assertSameAsGit(MODEL, after);
    assertApplies(PATH, MODEL, after);
  }

  @Test
  void insertionAtTheEnd() throws Exception {
    String after = MODEL + "// end\n";
    String patch = UnifiedDiff.of(PATH, MODEL, after);
    assertTrue(
        patch.endsWith(
            "@@ -22,3 +22,4 @@ public class Model {\n"
                + "     return List.of(width);\n   }\n }\n+// end\n"),
        patch);
    assertSameAsGit(MODEL, after);
    assertApplies(PATH, MODEL, after);
  }

  @Test
  void insertionsFarApartGiveTwoHunks() throws Exception {
    String after =
        MODEL
            .replace("public class Model {", "@Paper(\"a\")\npublic class Model {")
            .replace("  List<Integer> sizes() {", "  @Paper(\"b\")\n  List<Integer> sizes() {");
    String patch = UnifiedDiff.of(PATH, MODEL, after);
    assertEquals(2, count(patch, "\n@@ "), patch);
    assertTrue(patch.contains("\n@@ -2,6 +2,7 @@ package demo;\n"), patch);
    assertTrue(patch.contains("\n@@ -18,6 +19,7 @@ public class Model {\n"), patch);
    assertSameAsGit(MODEL, after);
    assertApplies(PATH, MODEL, after);
  }

  @Test
  void insertionsCloseTogetherGiveOneHunk() throws Exception {
    String after =
        MODEL
            .replace("  int width() {", "  @Paper(\"a\")\n  int width() {")
            .replace("  int area() {", "  @Paper(\"b\")\n  int area() {");
    String patch = UnifiedDiff.of(PATH, MODEL, after);
    assertEquals(1, count(patch, "\n@@ "), patch);
    assertTrue(patch.contains("\n@@ -10,10 +10,12 @@ public class Model {\n"), patch);
    assertSameAsGit(MODEL, after);
    assertApplies(PATH, MODEL, after);
  }

  @Test
  void sixCommonLinesStillOneHunkSevenTwo() throws Exception {
    String seven = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
    // Changes at lines 1 and 8: six lines between them, one hunk; at 1 and 9: seven, two hunks.
    String six = "A\nb\nc\nd\ne\nf\ng\nH\ni\nj\n";
    String two = "A\nb\nc\nd\ne\nf\ng\nh\nI\nj\n";
    assertEquals(1, count(UnifiedDiff.of("t.txt", seven, six), "\n@@ "));
    assertEquals(2, count(UnifiedDiff.of("t.txt", seven, two), "\n@@ "));
    assertSameAsGit(seven, six);
    assertSameAsGit(seven, two);
  }

  @Test
  void inlineInsertionReplacesTheLine() throws Exception {
    String before = "enum Kind {\n  ONE, TWO, THREE;\n}\n";
    String after = "enum Kind {\n  ONE, @Paper(\"x\") TWO, THREE;\n}\n";
    assertEquals(
        """
        diff --git a/Kind.java b/Kind.java
        --- a/Kind.java
        +++ b/Kind.java
        @@ -1,3 +1,3 @@
         enum Kind {
        -  ONE, TWO, THREE;
        +  ONE, @Paper("x") TWO, THREE;
         }
        """,
        UnifiedDiff.of("Kind.java", before, after));
    assertSameAsGit(before, after);
    assertApplies("Kind.java", before, after);
  }

  @Test
  void crlfLinesKeepTheirCarriageReturns() throws Exception {
    String before = MODEL.replace("\n", "\r\n");
    String after =
        before.replace(
            "  int area() {\r\n", "  @Paper(\"arXiv:1706.03762\")\r\n  int area() {\r\n");
    String patch = UnifiedDiff.of(PATH, before, after);
    assertTrue(patch.contains("\n+  @Paper(\"arXiv:1706.03762\")\r\n   int area() {\r\n"), patch);
    assertTrue(patch.contains("@@ -14,6 +14,7 @@ public class Model {\n"), patch);
    assertSameAsGit(before, after);
    assertApplies(PATH, before, after);
  }

  @Test
  void crlfFileWithoutFinalNewline() throws Exception {
    String before = "class A {\r\n  void f() {}\r\n}";
    String after = "class A {\r\n  @Paper(\"x\")\r\n  void f() {}\r\n}";
    String patch = UnifiedDiff.of("A.java", before, after);
    assertTrue(patch.endsWith("\n }\n\\ No newline at end of file\n"), patch);
    assertSameAsGit(before, after);
    assertApplies("A.java", before, after);
  }

  @Test
  void noFinalNewlineWithAnInsertionNearTheEnd() throws Exception {
    String before = MODEL.substring(0, MODEL.length() - 1);
    String after = before.substring(0, before.length() - 1) + "  @Paper(\"b\") int last;\n}";
    String patch = UnifiedDiff.of(PATH, before, after);
    assertTrue(
        patch.endsWith(
            "@@ -21,4 +21,5 @@ public class Model {\n"
                + "   List<Integer> sizes() {\n     return List.of(width);\n   }\n"
                + "+  @Paper(\"b\") int last;\n }\n\\ No newline at end of file\n"),
        patch);
    assertSameAsGit(before, after);
    assertApplies(PATH, before, after);
  }

  @Test
  void lineAppendedAfterALastLineWithoutNewline() throws Exception {
    String before = "class A {\n}";
    String after = "class A {\n}\n// end";
    assertEquals(
        """
        diff --git a/A.java b/A.java
        --- a/A.java
        +++ b/A.java
        @@ -1,2 +1,3 @@
         class A {
        -}
        \\ No newline at end of file
        +}
        +// end
        \\ No newline at end of file
        """,
        UnifiedDiff.of("A.java", before, after));
    assertSameAsGit(before, after);
    assertApplies("A.java", before, after);
  }

  /**
   * A line inserted next to an equal one could show above or below it. The diff moves it down as
   * far as it goes, as git does without its indent heuristic (on by default, it may show it
   * higher); either way git apply gives the same file.
   */
  @Test
  void insertedLineEqualToTheOneBeforeShowsAfterIt() throws Exception {
    String before = "class A {\n  @Paper(\"x\")\n  void f() {}\n}\n";
    String after = "class A {\n  @Paper(\"x\")\n  @Paper(\"x\")\n  void f() {}\n}\n";
    String patch = UnifiedDiff.of("A.java", before, after);
    assertTrue(patch.contains("\n   @Paper(\"x\")\n+  @Paper(\"x\")\n   void f() {}\n"), patch);
    assertSameAsGit("A.java", before, after, "diff.indentHeuristic=false");
    assertApplies("A.java", before, after);
  }

  @Test
  void pathWithASpaceAsGitWritesIt() throws Exception {
    String path = "my project/src/A.java";
    String before = "class A {\n}\n";
    String after = "@Paper(\"x\")\nclass A {\n}\n";
    String patch = UnifiedDiff.of(path, before, after);
    assertTrue(
        patch.startsWith(
            "diff --git a/my project/src/A.java b/my project/src/A.java\n"
                + "--- a/my project/src/A.java\t\n"
                + "+++ b/my project/src/A.java\t\n"),
        patch);
    assertSameAsGit(path, before, after);
    assertApplies(path, before, after);
  }

  @Test
  void nonAsciiPathQuotedAsGitWritesIt() throws Exception {
    String path = "src/Café.java";
    String before = "class Café {\n}\n";
    String after = "@Paper(\"x\")\nclass Café {\n}\n";
    String patch = UnifiedDiff.of(path, before, after);
    assertTrue(
        patch.startsWith("diff --git \"a/src/Caf\\303\\251.java\" \"b/src/Caf\\303\\251.java\"\n"),
        patch);
    assertSameAsGit(path, before, after);
    assertApplies(path, before, after);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** git apply, run in a fresh repository holding before, turns it into exactly after's bytes. */
  private void assertApplies(String path, String before, String after) throws Exception {
    Path root = Files.createTempDirectory(dir, "apply");
    git(root, "init", "-q");
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent() == null ? root : file.getParent());
    Files.write(file, before.getBytes(StandardCharsets.UTF_8));
    Path patch = dir.resolve("patch-" + root.getFileName() + ".diff");
    Files.write(patch, UnifiedDiff.of(path, before, after).getBytes(StandardCharsets.UTF_8));
    git(root, "apply", patch.toString());
    assertArrayEquals(after.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
  }

  private void assertSameAsGit(String before, String after) throws Exception {
    assertSameAsGit("A.java", before, after);
  }

  /** The diff equals git diff's for the same change, but for the index line. */
  private void assertSameAsGit(String path, String before, String after, String... config)
      throws Exception {
    Path root = Files.createTempDirectory(dir, "diff");
    git(root, "init", "-q");
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent() == null ? root : file.getParent());
    Files.write(file, before.getBytes(StandardCharsets.UTF_8));
    git(root, "add", "--", path);
    Files.write(file, after.getBytes(StandardCharsets.UTF_8));
    List<String> diff = new ArrayList<>();
    for (String c : config) {
      diff.add("-c");
      diff.add(c);
    }
    diff.addAll(List.of("diff", "--", path));
    String git = git(root, diff.toArray(String[]::new));
    String withoutIndex = git.replaceFirst("\nindex [0-9a-f]+\\.\\.[0-9a-f]+ 100644\n", "\n");
    assertEquals(withoutIndex, UnifiedDiff.of(path, before, after));
  }

  /** Runs git in root with no user or system configuration; its standard output. */
  private static String git(Path root, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("git");
    for (String c :
        new String[] {
          "core.autocrlf=false", "core.quotePath=true", "core.safecrlf=false", "color.ui=never"
        }) {
      command.add("-c");
      command.add(c);
    }
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("GIT_CONFIG_GLOBAL", root.resolve("no-such-gitconfig").toString());
    pb.environment().put("HOME", root.toString());
    pb.environment().remove("GIT_DIR");
    pb.environment().remove("GIT_WORK_TREE");
    Path errors = Files.createTempFile(root.getParent(), "git", ".err");
    pb.redirectError(errors.toFile());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    String err = Files.readString(errors);
    assertEquals(0, p.exitValue(), () -> "git " + String.join(" ", args) + ": " + err);
    return new String(out, StandardCharsets.UTF_8);
  }
}
