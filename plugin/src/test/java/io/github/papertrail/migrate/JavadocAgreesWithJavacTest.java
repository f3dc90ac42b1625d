package io.github.papertrail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The model finds a declaration's Javadoc in its own comment list; javac's {@link DocTrees} says
 * which declarations have one. They must agree on every declaration of the fixtures.
 */
class JavadocAgreesWithJavacTest {

  @Test
  void everyDeclarationHasTheJavadocJavacGivesIt() throws IOException {
    List<String> fixtures =
        List.of(
            "com/acme/optim/AdamW.java",
            "com/acme/sched/Schedule.java",
            "com/acme/sched/Sample.java");
    SourceParser parser = new SourceParser();
    int compared = 0;
    for (String fixture : fixtures) {
      Path path = SourceParserTest.fixture(fixture);
      SourceFile model = parser.parse(path, StandardCharsets.UTF_8);
      TreeMap<Long, String> javac = javacDocs(path);
      TreeMap<Long, String> ours = new TreeMap<>();
      for (Declaration d : model.declarations()) {
        if (d.kind() != Declaration.Kind.RECORD_COMPONENT && d.kind() != Declaration.Kind.PACKAGE) {
          ours.put((long) d.start(), d.javadoc() == null ? "" : d.javadoc().body().strip());
        }
      }
      assertEquals(javac.keySet(), ours.keySet(), fixture);
      for (Long start : javac.keySet()) {
        // javac's text drops the leading spaces of each line too: compare the words.
        assertEquals(words(javac.get(start)), words(ours.get(start)), fixture + " at " + start);
      }
      compared += javac.size();
    }
    assertEquals(19, compared);
  }

  private static String words(String text) {
    return List.of(text.split("\\s+")).stream().collect(Collectors.joining(" ")).strip();
  }

  /** Start offset of each member declaration (not in method bodies) to javac's doc comment. */
  private static TreeMap<Long, String> javacDocs(Path path) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavacTask task =
          (JavacTask)
              compiler.getTask(
                  null,
                  files,
                  d -> {},
                  List.of("-proc:none"),
                  null,
                  files.getJavaFileObjects(path));
      CompilationUnitTree unit = task.parse().iterator().next();
      DocTrees trees = DocTrees.instance(task);
      TreeMap<Long, String> docs = new TreeMap<>();
      String text = Files.readString(path, StandardCharsets.UTF_8);
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitClass(ClassTree tree, Void unused) {
          record(tree);
          return super.visitClass(tree, null);
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
          record(tree);
          return null; // not into bodies
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
          if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree c
              && !(c.getKind() == Tree.Kind.RECORD
                  && !tree.getModifiers()
                      .getFlags()
                      .contains(javax.lang.model.element.Modifier.STATIC))) {
            record(tree);
          }
          return null;
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
          return null; // anonymous classes are not declarations of the model
        }

        private void record(Tree tree) {
          TreePath path = getCurrentPath();
          long start = trees.getSourcePositions().getStartPosition(unit, tree);
          long mods = modifiersStart(tree);
          if (mods >= 0 && mods < start) {
            start = mods;
          }
          String doc = trees.getDocComment(path);
          assertTrue(start >= 0 && start < text.length());
          docs.put(start, doc == null ? "" : doc.strip());
        }

        private long modifiersStart(Tree tree) {
          Tree mods =
              tree instanceof ClassTree c
                  ? c.getModifiers()
                  : tree instanceof MethodTree m
                      ? m.getModifiers()
                      : ((VariableTree) tree).getModifiers();
          return trees.getSourcePositions().getStartPosition(unit, mods);
        }
      }.scan(unit, null);
      return docs;
    }
  }
}
