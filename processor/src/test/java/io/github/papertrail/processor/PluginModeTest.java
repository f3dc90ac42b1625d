package io.github.papertrail.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.index.CitationIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The javac plugin and the processor give the same messages on the same lines, and the same index.
 */
class PluginModeTest {

  @TempDir Path dir;

  static final String LORA =
      """
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

  static final String PACKAGE_INFO =
      "@io.github.papertrail.Paper(\"2305.18290\")\npackage com.acme;\n";

  /** What Lora.java and package-info.java hold; a test may write others. */
  String lora = LORA;

  String packageInfo = PACKAGE_INFO;

  record Run(List<String> diagnostics, boolean success, byte[] index, Path out) {

    /**
     * The messages without their positions, the class output folder written OUT: what both modes
     * must agree on.
     */
    List<String> messages() {
      return diagnostics.stream()
          .map(d -> d.replaceFirst(" -?\\d+:-?\\d+ ", " ").replace(out.toString(), "OUT"))
          .toList();
    }
  }

  /** The processor's and the javac plugin's way of naming the catalogs option in advice. */
  static final String PROCESSOR_ADVICE = "(option papertrail.catalogs)";

  static final String PLUGIN_ADVICE = "(plugin option catalogs=…)";

  static final String PROCESSOR = "-Apapertrail.unknown=warning";
  static final String PLUGIN = "-Xplugin:Papertrail unknown=warning index=OUT";

  Run compile(String name, List<String> options) throws IOException {
    return compile(name, options, out -> {});
  }

  /**
   * javac -d OUT, the test class path as class path and processor path, with these options and
   * sources; its diagnostics go to the collector.
   */
  static boolean javac(
      Path out,
      List<String> options,
      DiagnosticCollector<JavaFileObject> collector,
      Path... sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> all =
          new ArrayList<>(
              List.of(
                  "-d",
                  out.toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "-processorpath",
                  System.getProperty("java.class.path")));
      all.addAll(options);
      return javac
          .getTask(null, files, collector, all, null, files.getJavaFileObjects(sources))
          .call();
    }
  }

  interface Prepare {
    void classOutput(Path out) throws IOException;
  }

  /**
   * Compiles Lora.java and package-info.java into NAME/classes, prepared first as the test says.
   */
  Run compile(String name, List<String> options, Prepare prepare) throws IOException {
    Path src = Files.createDirectories(dir.resolve(name + "/src/com/acme"));
    Path out = Files.createDirectories(dir.resolve(name + "/classes"));
    prepare.classOutput(out);
    Files.writeString(src.resolve("Lora.java"), lora);
    Files.writeString(src.resolve("package-info.java"), packageInfo);
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    boolean success =
        javac(
            out,
            options.stream().map(o -> o.replace("OUT", out.toString())).toList(),
            collector,
            src.resolve("Lora.java"),
            src.resolve("package-info.java"));
    List<String> diagnostics =
        collector.getDiagnostics().stream()
            .filter(d -> d.getMessage(Locale.ROOT).contains("[Paper"))
            .map(
                d ->
                    d.getKind()
                        + " "
                        + d.getLineNumber()
                        + ":"
                        + d.getColumnNumber()
                        + " "
                        + d.getMessage(Locale.ROOT))
            .sorted()
            .toList();
    Path index = out.resolve("META-INF/papertrail/citations.json");
    return new Run(
        diagnostics, success, Files.isRegularFile(index) ? Files.readAllBytes(index) : null, out);
  }

  @Test
  void theSameMessagesOnTheSameLinesAndTheSameIndex() throws IOException {
    Run processor =
        compile("processor", List.of("-processor", PaperProcessor.class.getName(), PROCESSOR));
    Run plugin = compile("plugin", List.of("-proc:none", PLUGIN));
    // the same messages at the same places; only the advice names the option as each mode writes it
    assertEquals(
        processor.diagnostics(),
        plugin.diagnostics().stream()
            .map(d -> d.replace(PLUGIN_ADVICE, PROCESSOR_ADVICE))
            .toList());
    assertTrue(
        plugin.diagnostics().stream().anyMatch(d -> d.contains(PLUGIN_ADVICE)),
        String.join("\n", plugin.diagnostics()));
    assertEquals(5, processor.diagnostics().size(), String.join("\n", processor.diagnostics()));
    assertTrue(
        processor.diagnostics().stream()
            .anyMatch(d -> d.startsWith("WARNING 11:10 [PaperUnknownId] 2106.09658")),
        String.join("\n", processor.diagnostics()));
    assertTrue(
        processor.diagnostics().stream()
            .anyMatch(d -> d.startsWith("ERROR 14:10 [PaperMalformedId]")),
        String.join("\n", processor.diagnostics()));
    assertTrue(
        processor.diagnostics().stream()
            .anyMatch(d -> d.startsWith("ERROR 14:65 [PaperTitleMismatch]")),
        String.join("\n", processor.diagnostics()));
    assertFalse(processor.success(), "a malformed id and a wrong title are errors");
    assertEquals(processor.success(), plugin.success());
    assertEquals(
        new String(processor.index()), new String(plugin.index()), "the same index, byte for byte");
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
    assertTrue(
        plugin
            .diagnostics()
            .get(0)
            .contains(
                "[PaperOptions] papertrail: -Xplugin:Papertrail unknown=bogus is not allowed"),
        plugin.diagnostics().get(0));
  }

  /**
   * An index that cannot be written is a javac error in both modes, and no temporary file is left.
   */
  @Test
  void anIndexThatCannotBeWrittenFailsTheCompilationInBothModes() throws IOException {
    // a folder (not empty) where the index file goes: neither a Filer nor a rename can replace it
    Prepare blocked =
        out -> Files.createDirectories(out.resolve("META-INF/papertrail/citations.json/x"));
    Run processor =
        compile(
            "processor", List.of("-processor", PaperProcessor.class.getName(), PROCESSOR), blocked);
    Run plugin = compile("plugin", List.of("-proc:none", PLUGIN), blocked);
    for (Run run : List.of(processor, plugin)) {
      assertFalse(run.success(), String.join("\n", run.diagnostics()));
      List<String> index = run.messages().stream().filter(m -> m.contains("[PaperIndex]")).toList();
      assertTrue(
          index.stream()
              .anyMatch(
                  m ->
                      m.startsWith(
                          "ERROR [PaperIndex] papertrail cannot write the citation index "
                              + "OUT/META-INF/papertrail/citations.json")),
          String.join("\n", run.messages()));
      try (var left = Files.list(run.out().resolve("META-INF/papertrail"))) {
        assertEquals(
            List.of("citations.json"),
            left.map(p -> p.getFileName().toString()).toList(),
            "no temporary file left");
      }
    }
    assertEquals(
        processor.messages().stream().filter(m -> m.contains("[PaperIndex]")).toList(),
        plugin.messages().stream().filter(m -> m.contains("[PaperIndex]")).toList());
  }

  /**
   * An earlier index that cannot be read is a warning naming it in both modes; this compilation's
   * index replaces it.
   */
  @Test
  void anUnreadableEarlierIndexIsAWarningThatNamesItInBothModes() throws IOException {
    Prepare corrupt =
        out -> {
          Path index =
              Files.createDirectories(out.resolve("META-INF/papertrail")).resolve("citations.json");
          Files.writeString(index, "{\"citations\": [ {\"element\": 42");
        };
    Run processor =
        compile(
            "processor", List.of("-processor", PaperProcessor.class.getName(), PROCESSOR), corrupt);
    Run plugin = compile("plugin", List.of("-proc:none", PLUGIN), corrupt);
    List<String> processorIndex =
        processor.messages().stream().filter(m -> m.contains("[PaperIndex]")).toList();
    assertEquals(1, processorIndex.size(), String.join("\n", processor.messages()));
    assertTrue(
        processorIndex
            .get(0)
            .startsWith("WARNING [PaperIndex] papertrail: ignoring the earlier citation index"),
        processorIndex.get(0));
    assertTrue(
        processorIndex.get(0).contains("OUT/META-INF/papertrail/citations.json"),
        processorIndex.get(0));
    assertEquals(
        processorIndex,
        plugin.messages().stream().filter(m -> m.contains("[PaperIndex]")).toList());
    assertEquals(
        new String(processor.index()),
        new String(plugin.index()),
        "the new index replaces it, the same in both");
    assertTrue(new String(plugin.index()).contains("com.acme.Lora"));
  }

  /**
   * The drift check reports the same in both modes: on the class, a member, a record, an enum
   * constant and the package, with and without {@code @Paper}; and nothing for the papers cited.
   */
  @Test
  void uncitedMentionsAreTheSameInBothModes() throws IOException {
    lora =
        """
        package com.acme;

        import io.github.papertrail.Paper;

        /**
         * Low-rank adapters, <a href="https://arxiv.org/abs/2106.09685">LoRA</a>; quantised as in
         * arXiv:2305.14314.
         */
        @Paper("2106.09685")
        public final class Lora {
          /** Rank, see https://huggingface.co/papers/2106.09685 and DOI: 10.1145/3292500.3330701. */
          int rank;

          /**
           * @see <a href="https://openreview.net/forum?id=rk6qdGgCZ">the paper</a>
           */
          @Paper("2305.14314")
          void merge() {}

          /** See https://github.com/microsoft/LoRA for the reference code. */
          record Adapter(int bits) {}

          enum Method {
            /** https://aclanthology.org/P18-1031/ */
            ULMFIT
          }
        }
        """;
    packageInfo =
        """
        /** Adapters; CoRR abs/2305.18290. */
        package com.acme;
        """;
    Run processor =
        compile("processor", List.of("-processor", PaperProcessor.class.getName(), PROCESSOR));
    Run plugin = compile("plugin", List.of("-proc:none", PLUGIN));
    List<String> mentions =
        processor.diagnostics().stream().filter(d -> d.contains("[PaperUncitedMention]")).toList();
    assertEquals(
        List.of(
            "WARNING 10:14 [PaperUncitedMention] the Javadoc of com.acme.Lora names arXiv"
                + " 2305.14314 (line 7), which",
            "WARNING 12:7 [PaperUncitedMention] the Javadoc of com.acme.Lora#rank links arXiv"
                + " 2106.09685 (line 11), which",
            "WARNING 12:7 [PaperUncitedMention] the Javadoc of com.acme.Lora#rank names DOI"
                + " 10.1145/3292500.3330701 (line 11), which",
            "WARNING 18:8 [PaperUncitedMention] the Javadoc of com.acme.Lora#merge() links"
                + " OpenReview rk6qdGgCZ (line 15), which",
            "WARNING 25:5 [PaperUncitedMention] the Javadoc of com.acme.Lora.Method#ULMFIT links"
                + " ACL Anthology P18-1031 (line 24), which",
            "WARNING 2:1 [PaperUncitedMention] the Javadoc of com.acme names arXiv 2305.18290"
                + " (line 1), which"),
        mentions.stream().map(d -> d.substring(0, d.indexOf(", which") + 7)).toList(),
        String.join("\n", mentions));
    assertEquals(processor.diagnostics(), plugin.diagnostics());
    assertTrue(processor.success());
    assertEquals(new String(processor.index()), new String(plugin.index()));
    // the index carries them for the check goal, which reads class files and has no Javadoc
    CitationIndex.Contents index =
        CitationIndex.readContents(
            new java.io.ByteArrayInputStream(plugin.index()), "citations.json");
    assertEquals(
        List.of(
            "com.acme 1 arxiv:2305.18290 abs/2305.18290 package com.acme",
            "com.acme.Lora 7 arxiv:2305.14314 arXiv:2305.14314 com.acme.Lora",
            "com.acme.Lora#merge() 15 openreview:rk6qdGgCZ"
                + " https://openreview.net/forum?id=rk6qdGgCZ com.acme.Lora",
            "com.acme.Lora#rank 11 arxiv:2106.09685 https://huggingface.co/papers/2106.09685"
                + " com.acme.Lora",
            "com.acme.Lora#rank 11 doi:10.1145/3292500.3330701 DOI: 10.1145/3292500.3330701"
                + " com.acme.Lora",
            "com.acme.Lora.Method#ULMFIT 24 acl:P18-1031 https://aclanthology.org/P18-1031/"
                + " com.acme.Lora"),
        index.mentions().stream()
            .map(
                m ->
                    m.element()
                        + " "
                        + m.line()
                        + " "
                        + m.normalized()
                        + " "
                        + m.written()
                        + " "
                        + m.owner())
            .toList());
    assertEquals("com/acme/Lora.java", index.mentions().get(1).source());
    assertEquals("com/acme/package-info.java", index.mentions().get(0).source());
  }

  /** A bad option is one error naming the option as each mode's users write it, and no index. */
  @Test
  void aBadOptionIsOneErrorInEachModesWords() throws IOException {
    Run processor =
        compile(
            "processor",
            List.of("-processor", PaperProcessor.class.getName(), "-Apapertrail.unknown=bogus"));
    Run plugin =
        compile("plugin", List.of("-proc:none", "-Xplugin:Papertrail unknown=bogus index=OUT"));
    assertEquals(
        List.of(
            "ERROR [PaperOptions] papertrail: -Apapertrail.unknown=bogus is not allowed: write error (the default) or warning"),
        processor.messages());
    assertEquals(
        List.of(
            "ERROR [PaperOptions] papertrail: -Xplugin:Papertrail unknown=bogus is not allowed: write error (the default) or warning"),
        plugin.messages());
    assertFalse(processor.success());
    assertFalse(plugin.success());
    assertEquals(null, processor.index());
    assertEquals(null, plugin.index());
  }
}
