package io.github.papertrail.plugin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a test's source into a class output folder with the test's classpath. */
final class TestJavac {

  private TestJavac() {}

  /**
   * Writes the source to {@code classes/src/NAME} and compiles it into {@code classes}; fails the
   * test with javac's messages when it does not compile.
   *
   * @param options javac's options before the output and classpath ({@code -proc:none}, {@code
   *     -processor …})
   * @return what javac printed
   */
  static String compile(Path classes, String name, String source, String... options)
      throws IOException {
    Path file =
        Files.writeString(Files.createDirectories(classes.resolve("src")).resolve(name), source);
    List<String> all = new ArrayList<>(List.of(options));
    all.addAll(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      assertTrue(
          javac.getTask(log, files, null, all, null, files.getJavaFileObjects(file)).call(),
          log.toString());
    }
    return log.toString();
  }
}
