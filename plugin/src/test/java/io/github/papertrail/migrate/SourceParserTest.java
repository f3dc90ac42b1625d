package io.github.papertrail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceParserTest {

  private final SourceParser parser = new SourceParser();

  static Path fixture(String path) {
    try {
      return Path.of(SourceParserTest.class.getResource("/migrate/" + path).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private SourceFile parse(String path) {
    SourceFile file = parser.parse(fixture(path), StandardCharsets.UTF_8);
    assertTrue(file.parsed(), () -> path + ": " + file.problem());
    return file;
  }

  private static Declaration declaration(SourceFile file, String name) {
    return file.declarations().stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    name
                        + " not in "
                        + file.declarations().stream()
                            .map(Declaration::name)
                            .collect(Collectors.toList())));
  }

  @Test
  void namesEveryDeclarationAsTheIndexDoes() {
    SourceFile file = parse("com/acme/optim/AdamW.java");
    assertEquals("com.acme.optim", file.packageName());
    assertEquals(
        List.of(
            "CLASS com.acme.optim.AdamW",
            "FIELD com.acme.optim.AdamW#weightDecay",
            "FIELD com.acme.optim.AdamW#learningRate",
            "FIELD com.acme.optim.AdamW#url",
            "CONSTRUCTOR com.acme.optim.AdamW#AdamW(double)",
            // T's erasure is its bound; a single-type import names INDArray though it is absent.
            "METHOD com.acme.optim.AdamW#update(org.nd4j.linalg.api.ndarray.INDArray,double[],"
                + "java.util.List,int[])",
            "CLASS com.acme.optim.AdamW.State",
            "FIELD com.acme.optim.AdamW.State#step",
            "METHOD com.acme.optim.AdamW.State#reset(com.acme.optim.Matrix,java.lang.Object)"),
        file.declarations().stream()
            .map(d -> d.kind() + " " + d.name())
            .collect(Collectors.toList()));
    assertTrue(declaration(file, "com.acme.optim.AdamW#AdamW(double)").nameExact());
    // Matrix may come from the on-demand import as well as from the file's package.
    assertFalse(
        declaration(
                file, "com.acme.optim.AdamW.State#reset(com.acme.optim.Matrix,java.lang.Object)")
            .nameExact());
  }

  @Test
  void findsEveryCommentWithItsPositionAndNothingInStrings() {
    SourceFile file = parse("com/acme/optim/AdamW.java");
    assertEquals(12, file.comments().size());
    assertTrue(file.comments().stream().noneMatch(c -> c.text().contains("not a comment")));
    Comment license = file.comments().get(0);
    assertEquals(Comment.Kind.BLOCK, license.kind());
    assertEquals(1, license.line());
    Comment lambda =
        file.comments().stream()
            .filter(c -> c.text().contains("inside a lambda"))
            .findFirst()
            .get();
    assertEquals(Comment.Kind.LINE, lambda.kind());
    assertEquals(63, lambda.line());
    assertEquals(11, lambda.column());
    assertEquals(lambda.text(), file.text().substring(lambda.offset(), lambda.end()));
    assertNull(declaration(file, "com.acme.optim.AdamW#url").javadoc());
    assertEquals(List.of(), declaration(file, "com.acme.optim.AdamW#url").comments());
  }

  @Test
  void javadocSpreadOverLinesWithLinksAndReferenceBlocks() {
    SourceFile file = parse("com/acme/optim/AdamW.java");
    Comment doc = declaration(file, "com.acme.optim.AdamW").javadoc();
    assertEquals(Comment.Kind.JAVADOC, doc.kind());
    assertEquals(13, doc.line());
    assertEquals(1, doc.column());
    String body = doc.body();
    assertTrue(body.contains("<a href=\"https://arxiv.org/abs/1711.05101\">"), body);
    assertTrue(body.contains("<i>Decoupled Weight Decay\n Regularization</i>"), body);
    assertTrue(body.contains(" arXiv preprint arXiv:1711.05101, 2017.\n"), body);
    assertTrue(body.contains("@see <a href=\"https://openreview.net/forum?id=Bkg6RiCqY7\">"), body);
    assertFalse(body.contains("\n *"), body);
    Comment ctor = declaration(file, "com.acme.optim.AdamW#AdamW(double)").javadoc();
    assertTrue(ctor.body().contains("{@link https://arxiv.org/abs/1412.6980}"));
  }

  @Test
  void commentsInsideBodiesGoToTheEnclosingMethod() {
    SourceFile file = parse("com/acme/optim/AdamW.java");
    Declaration update =
        file.declarations().stream().filter(d -> d.name().contains("#update(")).findFirst().get();
    assertNull(update.javadoc());
    assertEquals(
        List.of("57:5 LINE", "59:5 BLOCK", "63:11 LINE"),
        update.comments().stream()
            .map(c -> c.line() + ":" + c.column() + " " + c.kind())
            .collect(Collectors.toList()));
    assertTrue(update.comments().get(1).body().contains("http://arxiv.org/pdf/1711.05101v3.pdf"));
    Declaration reset =
        file.declarations().stream().filter(d -> d.name().contains("#reset(")).findFirst().get();
    assertEquals(1, reset.comments().size());
    // A line comment above a field and one after it on its line belong to the field.
    assertEquals(
        36, declaration(file, "com.acme.optim.AdamW#weightDecay").comments().get(0).line());
    Declaration rate = declaration(file, "com.acme.optim.AdamW#learningRate");
    assertEquals(39, rate.javadoc().line());
    assertEquals(List.of(41), rate.comments().stream().map(Comment::line).toList());
    // The class keeps none of its members' comments, and the license is nobody's.
    assertEquals(List.of(), declaration(file, "com.acme.optim.AdamW").comments());
  }

  @Test
  void readsPaperInEveryForm() {
    SourceFile file = parse("com/acme/optim/AdamW.java");
    assertTrue(file.paperImported());
    assertEquals(List.of("1412.6980"), declaration(file, "com.acme.optim.AdamW").papers());
    assertEquals(
        List.of("1711.05101"), declaration(file, "com.acme.optim.AdamW#learningRate").papers());
    Declaration update =
        file.declarations().stream().filter(d -> d.name().contains("#update(")).findFirst().get();
    assertEquals(List.of("1412.6980", "1711.05101"), update.papers());
    assertEquals(List.of(), declaration(file, "com.acme.optim.AdamW#weightDecay").papers());
  }

  @Test
  void packageInfo() {
    SourceFile file = parse("com/acme/peft/package-info.java");
    assertEquals(1, file.declarations().size());
    Declaration pkg = file.declarations().get(0);
    assertEquals(Declaration.Kind.PACKAGE, pkg.kind());
    assertEquals("com.acme.peft", pkg.name());
    assertEquals(1, pkg.javadoc().line());
    assertTrue(pkg.javadoc().body().contains("https://huggingface.co/papers/2305.14314"));
    assertEquals(List.of("2106.09685"), pkg.papers());
    assertEquals(6, pkg.insertion().line());
    assertEquals(file.text().indexOf("@Paper(\"2106"), pkg.insertion().offset());
    assertTrue(file.paperImported());
    assertEquals(11, file.importPoint().line(), "in order: before org.eclipse…");
  }

  @Test
  void enumConstantsOnTheirOwnLinesAndOnOne() {
    SourceFile file = parse("com/acme/sched/Schedule.java");
    assertFalse(file.paperImported());
    List<String> constants =
        file.declarations().stream()
            .filter(d -> d.kind() == Declaration.Kind.ENUM_CONSTANT)
            .map(d -> d.name() + (d.insertion().inline() ? " inline" : ""))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "com.acme.sched.Schedule#CONSTANT",
            "com.acme.sched.Schedule#ADADELTA",
            "com.acme.sched.Schedule#COSINE",
            "com.acme.sched.Schedule#STEP inline",
            "com.acme.sched.Schedule#LINEAR inline"),
        constants);
    Declaration adadelta = declaration(file, "com.acme.sched.Schedule#ADADELTA");
    assertTrue(adadelta.javadoc().body().contains("http://arxiv.org/pdf/1212.5701v1.pdf (eq. 14)"));
    Declaration cosine = declaration(file, "com.acme.sched.Schedule#COSINE");
    assertNull(cosine.javadoc());
    assertTrue(cosine.comments().get(0).text().contains("arXiv:1608.03983"));
    // The insertion goes above @Deprecated, with the constant's indentation.
    assertEquals(13, cosine.insertion().line());
    assertEquals("  ", cosine.insertion().indentation());
    assertEquals(
        List.of(21),
        declaration(file, "com.acme.sched.Schedule#rate(int)").comments().stream()
            .map(Comment::line)
            .toList());
  }

  @Test
  void recordComponentsCompactConstructorAndUnimportedPaper() {
    SourceFile file = parse("com/acme/sched/Sample.java");
    assertEquals(
        List.of(
            "RECORD com.acme.sched.Sample",
            "RECORD_COMPONENT com.acme.sched.Sample#step",
            "RECORD_COMPONENT com.acme.sched.Sample#index",
            "CONSTRUCTOR com.acme.sched.Sample#Sample(double,int)",
            "METHOD com.acme.sched.Sample#of(double)"),
        file.declarations().stream()
            .map(d -> d.kind() + " " + d.name())
            .collect(Collectors.toList()));
    assertTrue(
        declaration(file, "com.acme.sched.Sample").javadoc().body().contains("Robbins, H., and"));
    assertEquals(
        List.of("10.1214/aoms/1177729586"),
        declaration(file, "com.acme.sched.Sample#index").papers());
    assertTrue(declaration(file, "com.acme.sched.Sample#step").insertion().inline());
    Declaration compact = declaration(file, "com.acme.sched.Sample#Sample(double,int)");
    assertEquals(13, compact.comments().get(0).line());
    ImportPoint at = file.importPoint();
    assertTrue(at.blankLineBefore());
    assertEquals("package com.acme.sched;\n", file.text().substring(0, at.offset()));
  }

  @Test
  void aFileWithASyntaxErrorIsReportedWithItsLineAndNothingElse() {
    SourceFile file = parser.parse(fixture("com/acme/broken/Broken.java"), StandardCharsets.UTF_8);
    assertFalse(file.parsed());
    assertEquals(7, file.problem().line());
    assertEquals(13, file.problem().column());
    assertFalse(file.problem().message().isBlank());
    assertEquals(List.of(), file.declarations());
    assertEquals(List.of(), file.comments());
  }

  @Test
  void oneBadFileAmongManyLeavesTheOthersWhole() {
    List<Path> files =
        List.of(
            fixture("com/acme/sched/Schedule.java"),
            fixture("com/acme/broken/Broken.java"),
            fixture("com/acme/sched/Sample.java"));
    List<SourceFile> read = parser.parseAll(files, StandardCharsets.UTF_8);
    assertEquals(List.of(true, false, true), read.stream().map(SourceFile::parsed).toList());
    assertEquals(files, read.stream().map(SourceFile::path).toList());
    assertEquals(7, read.get(1).problem().line());
    assertEquals(5, read.get(2).declarations().size());
  }

  @Test
  void unreadableAndWronglyEncodedFilesAreProblemsNotExceptions(@TempDir Path dir)
      throws IOException {
    Path latin = dir.resolve("Latin.java");
    Files.write(
        latin,
        "/** Schmidhuber, J\u00fcrgen. */\nclass Latin {}\n".getBytes(StandardCharsets.ISO_8859_1));
    SourceFile wrong = parser.parse(latin, StandardCharsets.UTF_8);
    assertFalse(wrong.parsed());
    assertTrue(wrong.problem().message().contains("UTF-8"), wrong.problem().message());
    SourceFile right = parser.parse(latin, StandardCharsets.ISO_8859_1);
    assertTrue(right.declarations().get(0).javadoc().body().contains("J\u00fcrgen"));
    assertFalse(parser.parse(dir.resolve("Missing.java"), StandardCharsets.UTF_8).parsed());
  }

  @Test
  void insertingAtEveryDeclarationOfACrlfFileChangesNothingElse() throws IOException {
    String marker = "@Paper(\"0000.00000\")";
    for (String path :
        List.of(
            "com/acme/optim/AdamW.java",
            "com/acme/sched/Schedule.java",
            "com/acme/sched/Sample.java",
            "com/acme/peft/package-info.java")) {
      String lf = Files.readString(fixture(path), StandardCharsets.UTF_8);
      assertFalse(lf.contains("\r"));
      String crlf = lf.replace("\n", "\r\n");
      SourceFile file = parser.parse(Path.of(path), crlf);
      assertEquals("\r\n", file.lineSeparator());
      List<Declaration> declarations = new ArrayList<>(file.declarations());
      declarations.sort(
          Comparator.comparingInt((Declaration d) -> d.insertion().offset()).reversed());
      String edited = crlf;
      int lineInserts = 0;
      for (Declaration d : declarations) {
        assertEquals("\r\n", d.insertion().lineSeparator());
        edited = d.insertion().applyTo(edited, marker);
        lineInserts += d.insertion().inline() ? 0 : 1;
      }
      // No bare line feed or carriage return appeared.
      assertEquals(edited.split("\n", -1).length, edited.split("\r\n", -1).length, path);
      List<String> before = crlf.lines().toList();
      List<String> after = edited.lines().toList();
      List<String> kept = new ArrayList<>();
      int dropped = 0;
      for (String line : after) {
        if (line.strip().equals(marker)) {
          dropped++;
        } else {
          kept.add(line.replace(marker + " ", ""));
        }
      }
      assertEquals(lineInserts, dropped, path);
      assertEquals(before, kept, path);
      assertEquals(before.size() + lineInserts, after.size(), path);
      // The edited file parses, and every declaration now carries the new value.
      SourceFile again = parser.parse(Path.of(path), edited);
      assertTrue(again.parsed(), () -> path + ": " + again.problem());
      assertEquals(
          file.declarations().stream().map(Declaration::name).toList(),
          again.declarations().stream().map(Declaration::name).toList());
      for (Declaration d : again.declarations()) {
        assertTrue(d.papers().contains("0000.00000"), d.name());
        assertEquals(
            file.declarations().stream()
                    .filter(x -> x.name().equals(d.name()))
                    .findFirst()
                    .get()
                    .papers()
                    .size()
                + 1,
            d.papers().size(),
            d.name());
      }
    }
  }

  @Test
  void importPointInOrderAmongTheImports() {
    SourceFile file = parse("com/acme/optim/AdamW.java");
    ImportPoint at = file.importPoint();
    String before = file.text().substring(0, at.offset());
    assertTrue(before.endsWith("import io.github.papertrail.Paper;\n"), before);
    assertTrue(file.text().startsWith("import io.github.papertrail.Role;", at.offset()));
    SourceFile late =
        parser.parse(
            Path.of("Late.java"),
            "package a;\n\nimport static java.lang.Math.max;\nimport com.acme.A;\n"
                + "import io.github.b.B;\n\nclass Late {}\n");
    assertEquals(6, late.importPoint().line(), "after the last import that sorts before it");
    assertEquals("import x.Y;\n", at.text("import x.Y;"));
    SourceFile bare = parser.parse(Path.of("Bare.java"), "class Bare {}");
    assertEquals(0, bare.importPoint().offset());
    assertEquals("import x.Y;\n\n", bare.importPoint().text("import x.Y;"));
    assertEquals("", bare.packageName());
    assertEquals("Bare", bare.declarations().get(0).name());
  }

  @Test
  void aGeneratedTreeParsesWhole(@TempDir Path dir) throws IOException {
    int count = 60;
    GeneratedSources.write(dir, count, 7);
    Map<String, String> expected = GeneratedSources.files(count, 7);
    List<Path> files = expected.keySet().stream().map(dir::resolve).toList();
    List<SourceFile> read = parser.parseAll(files, StandardCharsets.UTF_8);
    int enums = 0;
    for (SourceFile file : read) {
      assertTrue(file.parsed(), () -> file.path() + ": " + file.problem());
      boolean isEnum = file.path().getFileName().toString().startsWith("Mode");
      enums += isEnum ? 1 : 0;
      assertEquals(
          isEnum ? GeneratedSources.DECLARATIONS_PER_ENUM : GeneratedSources.DECLARATIONS_PER_CLASS,
          file.declarations().size(),
          file.path().toString());
      for (Declaration d : file.declarations()) {
        assertNotNull(d.insertion());
      }
    }
    assertEquals(6, enums);
  }
}
