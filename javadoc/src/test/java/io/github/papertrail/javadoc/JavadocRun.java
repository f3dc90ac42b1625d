package io.github.papertrail.javadoc;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the real javadoc tool in this JVM on small sources, with both taglets on the taglet path
 * (this test's class path: the taglets and papertrail-core), and keeps its result.
 */
final class JavadocRun {

  final boolean ok;
  final List<Diagnostic<? extends JavaFileObject>> diagnostics;
  final String output;
  final Path out;

  private JavadocRun(
      boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output, Path out) {
    this.ok = ok;
    this.diagnostics = diagnostics;
    this.output = output;
    this.out = out;
  }

  /**
   * Javadoc on {@code sources} (written under {@code dir/src}), HTML into {@code dir/api}; {@code
   * catalogs} is the value of {@value TagletCatalogs#PROPERTY}, or null.
   */
  static JavadocRun of(Path dir, String catalogs, String... sources) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < sources.length; i += 2) {
      Path file = dir.resolve("src").resolve(sources[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, sources[i + 1]);
      files.add(file);
    }
    Path out = dir.resolve("api");
    String classPath = System.getProperty("java.class.path");
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    String before = System.getProperty(TagletCatalogs.PROPERTY);
    if (catalogs != null) {
      System.setProperty(TagletCatalogs.PROPERTY, catalogs);
    }
    try (StandardJavaFileManager fm =
        tool.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d",
              out.toString(),
              "-quiet",
              // Only the taglets' diagnostics: JDK 25's doclint also warns of default constructors.
              "-Xdoclint:none",
              "-classpath",
              classPath,
              "-tagletpath",
              classPath,
              "-taglet",
              PaperTaglet.class.getName(),
              "-taglet",
              PapersTaglet.class.getName());
      boolean ok =
          tool.getTask(log, fm, collector, null, options, fm.getJavaFileObjectsFromPaths(files))
              .call();
      return new JavadocRun(ok, collector.getDiagnostics(), log.toString(), out);
    } finally {
      if (before == null) {
        System.clearProperty(TagletCatalogs.PROPERTY);
      } else {
        System.setProperty(TagletCatalogs.PROPERTY, before);
      }
    }
  }

  /** The generated page of a class, such as {@code demo/Lora.html}. */
  String page(String path) throws IOException {
    return Files.readString(out.resolve(path));
  }

  List<Diagnostic<? extends JavaFileObject>> errors() {
    return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
  }
}
