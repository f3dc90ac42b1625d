package io.github.papertrail.processor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The javac plugin and the processor give the same messages on the same lines, and the same index. */
class PluginModeTest {

  @TempDir Path dir;

  static final String LORA = """
      package com.acme;

      import io.github.papertrail.Paper;
      import io.github.papertrail.Role;

      @Paper("2106.09685")
      public final class Lora {
        @Paper(value = "2106.09685v2", role = Role.ADAPTS, section = "4.1")
        int rank;

        @Paper("2106.09658")
        void typo() {}

        @Paper("2106.09685.pdf") @Paper(value = "2106.09685", title = "Attention Is All You Need")
        void twoProblems() {}

        @Paper("openreview:0qSOodKmJaN")
        Lora() {}

        static final class Nested {
          @Paper("2409.04206") void flagged() {}
        }

        record Adapter(@Paper("2305.14314") int bits, @Deprecated int other) {}

        enum Method {
          @Paper("2106.09685") LORA,
          FULL
        }

        @SuppressWarnings("unused") @Deprecated int notCited;
      }
      """;

  static final String PACKAGE_INFO = "@io.github.papertrail.Paper(\"2305.18290\")\npackage com.acme;\n";

  record Run(List<String> diagnostics, boolean success, byte[] index) {}

  Run compile(String name, List<String> options) throws IOException {
    Path src = Files.createDirectories(dir.resolve(name + "/src/com/acme"));
    Path out = Files.createDirectories(dir.resolve(name + "/classes"));
    Files.writeString(src.resolve("Lora.java"), LORA);
    Files.writeString(src.resolve("package-info.java"), PACKAGE_INFO);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> all = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"),
          "-processorpath", System.getProperty("java.class.path")));
      all.addAll(options.stream().map(o -> o.replace("OUT", out.toString())).toList());
      boolean success = javac.getTask(null, files, collector, all, null,
          files.getJavaFileObjects(src.resolve("Lora.java"), src.resolve("package-info.java"))).call();
      List<String> diagnostics = collector.getDiagnostics().stream()
          .filter(d -> d.getMessage(Locale.ROOT).contains("[Paper"))
          .map(d -> d.getKind() + " " + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
          .sorted().toList();
      Path index = out.resolve("META-INF/papertrail/citations.json");
      return new Run(diagnostics, success, Files.exists(index) ? Files.readAllBytes(index) : null);
    }
  }

  @Test
  void theSameMessagesOnTheSameLinesAndTheSameIndex() throws IOException {
    Run processor = compile("processor", List.of("-processor", PaperProcessor.class.getName(), "-Apapertrail.unknown=warning"));
    Run plugin = compile("plugin", List.of("-proc:none", "-Xplugin:Papertrail unknown=warning index=OUT"));
    assertEquals(processor.diagnostics(), plugin.diagnostics());
    assertEquals(5, processor.diagnostics().size(), String.join("\n", processor.diagnostics()));
    assertTrue(processor.diagnostics().stream().anyMatch(d -> d.startsWith("WARNING 11:10 [PaperUnknownId] 2106.09658")),
        String.join("\n", processor.diagnostics()));
    assertTrue(processor.diagnostics().stream().anyMatch(d -> d.startsWith("ERROR 14:10 [PaperMalformedId]")),
        String.join("\n", processor.diagnostics()));
    assertTrue(processor.diagnostics().stream().anyMatch(d -> d.startsWith("ERROR 14:65 [PaperTitleMismatch]")),
        String.join("\n", processor.diagnostics()));
    assertFalse(processor.success(), "a malformed id and a wrong title are errors");
    assertEquals(processor.success(), plugin.success());
    assertEquals(new String(processor.index()), new String(plugin.index()), "the same index, byte for byte");
    // a record component's @Paper lands on its field and its accessor, an enum constant's on the
    // constant; both modes see them
    String index = new String(plugin.index());
    assertTrue(index.contains("\"element\": \"com.acme.Lora.Adapter#bits\""), index);
    assertTrue(index.contains("\"element\": \"com.acme.Lora.Adapter#bits()\""), index);
    assertTrue(index.contains("\"element\": \"com.acme.Lora.Method#LORA\""), index);
    assertFalse(index.contains("notCited"), index);
  }

  @Test
  void aBadPluginOptionIsOneClearError() throws IOException {
    Run plugin = compile("bad", List.of("-proc:none", "-Xplugin:Papertrail unknown=bogus"));
    assertEquals(1, plugin.diagnostics().size(), String.join("\n", plugin.diagnostics()));
    assertTrue(plugin.diagnostics().get(0).contains("[PaperOptions] papertrail: -Xplugin:Papertrail unknown=bogus is not allowed"),
        plugin.diagnostics().get(0));
  }
}
