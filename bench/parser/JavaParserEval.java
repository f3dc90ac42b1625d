// The JavaParser side of the parser evaluation in plugin/PARSER.md; not part of any build.
//
//   java -cp javaparser-core-3.28.2.jar bench/parser/JavaParserEval.java dump FILE...
//   java -cp javaparser-core-3.28.2.jar bench/parser/JavaParserEval.java time DIR RUNS
//
// dump prints, for each file, what the evaluation asks of a parser: every comment with its
// position and the declaration it is attached to, each declaration with its Javadoc and @Paper
// values, the first problem of a file it cannot parse. time parses every .java file below DIR
// RUNS times (DIR: a tree written by the plugin's ParseBench) and does the same work per file.
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class JavaParserEval {

  public static void main(String[] args) throws Exception {
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    if (args[0].equals("dump")) {
      for (int i = 1; i < args.length; i++) {
        dump(parser, Path.of(args[i]));
      }
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    int runs = Integer.parseInt(args[2]);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int run = 1; run <= runs; run++) {
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      parser = new JavaParser(parser.getParserConfiguration());
      int declarations = 0, comments = 0, failed = 0;
      for (Path file : files) {
        ParseResult<CompilationUnit> result =
            parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (!result.isSuccessful()) {
          failed++;
          continue;
        }
        CompilationUnit unit = result.getResult().get();
        for (BodyDeclaration<?> d : unit.findAll(BodyDeclaration.class)) {
          declarations++;
          d.getAnnotations().size();
        }
        for (Comment c : unit.getAllComments()) {
          comments++;
          owner(c);
        }
      }
      System.out.printf(
          "javaparser run %d: %d ms wall, %d ms cpu (process), %d files, %d unparsed, %d"
              + " declarations, %d comments%n",
          run,
          (System.nanoTime() - wall) / 1_000_000,
          (os.getProcessCpuTime() - cpu) / 1_000_000,
          files.size(),
          failed,
          declarations,
          comments);
    }
  }

  private static void dump(JavaParser parser, Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    ParseResult<CompilationUnit> result = parser.parse(text);
    System.out.println("== " + file.getFileName());
    if (!result.isSuccessful()) {
      System.out.println("problem: " + result.getProblem(0).getVerboseMessage().replace("\n", " | "));
      return;
    }
    CompilationUnit unit = result.getResult().get();
    for (BodyDeclaration<?> d : unit.findAll(BodyDeclaration.class)) {
      String papers =
          d.getAnnotations().stream()
              .filter(x -> x.getNameAsString().endsWith("Paper") || x.getNameAsString().endsWith("Paper.List"))
              .map(AnnotationExpr::toString)
              .collect(Collectors.joining(" "));
      System.out.println(
          d.getClass().getSimpleName()
              + " @"
              + d.getBegin().map(p -> p.line + ":" + p.column).orElse("?")
              + " javadoc="
              + d.getComment().map(c -> c.getClass().getSimpleName() + "@" + c.getBegin().get()).orElse("none")
              + " papers=" + papers);
    }
    unit.getPackageDeclaration()
        .ifPresent(p -> System.out.println("PackageDeclaration @" + p.getBegin().get() + " javadoc=" + p.getComment().map(c -> "@" + c.getBegin().get()).orElse("none") + " annotations=" + p.getAnnotations()));
    for (Comment c : unit.getAllComments()) {
      System.out.println(
          "  "
              + c.getClass().getSimpleName()
              + "@"
              + c.getBegin().map(p -> p.line + ":" + p.column).orElse("?")
              + " -> "
              + owner(c)
              + "  "
              + c.getContent().strip().lines().findFirst().orElse(""));
    }
  }

  /** The declaration a comment documents or sits in, by walking up from the node it is attached to. */
  private static String owner(Comment c) {
    Node n = c.getCommentedNode().orElse(null);
    String how = "commented";
    if (n == null) {
      n = c.getParentNode().orElse(null);
      how = "orphan in";
    }
    while (n != null && !(n instanceof BodyDeclaration) && !(n instanceof com.github.javaparser.ast.PackageDeclaration)) {
      n = n.getParentNode().orElse(null);
      how = how.equals("commented") ? "inside" : how;
    }
    if (n == null) {
      return how + " <file>";
    }
    String name =
        n instanceof CallableDeclaration<?> cd
            ? cd.getNameAsString()
            : n instanceof com.github.javaparser.ast.nodeTypes.NodeWithSimpleName<?> s
                ? s.getNameAsString()
                : n instanceof com.github.javaparser.ast.body.FieldDeclaration f
                    ? f.getVariable(0).getNameAsString()
                    : n.getClass().getSimpleName();
    return how + " " + n.getClass().getSimpleName() + " " + name;
  }
}
