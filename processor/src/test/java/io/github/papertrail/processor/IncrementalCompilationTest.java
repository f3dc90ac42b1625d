package io.github.papertrail.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.index.CitationIndex;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles into a real class output folder, then recompiles only some sources, as build tools do:
 * the index keeps the citations of untouched classes and drops those of deleted ones.
 */
class IncrementalCompilationTest {

  @TempDir Path dir;
  Path src;
  Path out;

  @BeforeEach
  void sources() throws IOException {
    src = Files.createDirectories(dir.resolve("src/com/acme"));
    out = Files.createDirectories(dir.resolve("classes"));
    write("Lora", "2106.09685");
    write("Dpo", "2305.18290");
    write("Galore", "2403.03507");
  }

  void write(String name, String id) throws IOException {
    Files.writeString(
        src.resolve(name + ".java"),
        "package com.acme;\n\n@io.github.papertrail.Paper(\""
            + id
            + "\")\nfinal class "
            + name
            + " {}\n");
  }

  /**
   * javac -d classes [-cp classes:…] the given sources, with the processor; fails the test on any
   * error.
   */
  String compile(boolean outputOnClasspath, String... names) throws IOException {
    return compile(List.of(), outputOnClasspath, names);
  }

  /** The same, with other processors run before papertrail's. */
  String compile(List<Processor> others, boolean outputOnClasspath, String... names)
      throws IOException {
    return compile(others, List.of(), outputOnClasspath, names);
  }

  /** The same, with classes javac reads from class files and hands to processing (as Gradle). */
  String compile(
      List<Processor> others, List<String> reprocess, boolean outputOnClasspath, String... names)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath =
        System.getProperty("java.class.path") + (outputOnClasspath ? File.pathSeparator + out : "");
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<File> sources = new ArrayList<>();
      for (String name : names) {
        sources.add(src.resolve(name + ".java").toFile());
      }
      JavaCompiler.CompilationTask task =
          javac.getTask(
              log,
              files,
              null,
              List.of("-d", out.toString(), "-cp", classpath, "-implicit:none"),
              reprocess.isEmpty() ? null : reprocess,
              files.getJavaFileObjectsFromFiles(sources));
      List<Processor> processors = new ArrayList<>(others);
      processors.add(new PaperProcessor());
      task.setProcessors(processors);
      assertTrue(task.call(), log.toString());
    }
    if (!warningsExpected) {
      assertEquals("", log.toString(), "no diagnostics");
    }
    return log.toString();
  }

  /** Whether the next compilations may warn (uncited mentions do). */
  boolean warningsExpected;

  List<String> mentions() throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve(CitationIndex.RESOURCE))) {
      return CitationIndex.readContents(in, "citations.json").mentions().stream()
          .map(m -> m.element() + " " + m.normalized() + " line " + m.line())
          .toList();
    }
  }

  List<String> index() throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve(CitationIndex.RESOURCE))) {
      return CitationIndex.read(in, "citations.json").stream()
          .map(c -> c.element() + " " + c.id() + " " + c.entry() + " line " + c.line())
          .toList();
    }
  }

  @Test
  void recompilingOneSourceKeepsTheOthersCitations() throws IOException {
    compile(true, "Lora", "Dpo", "Galore");
    assertEquals(
        List.of(
            "com.acme.Dpo 2305.18290 directpreference2023 line 3",
            "com.acme.Galore 2403.03507 galore2024 line 3",
            "com.acme.Lora 2106.09685 hu2021lora line 3"),
        index());

    Files.writeString(
        src.resolve("Lora.java"),
        "package com.acme;\n\n// QLoRA now\n@io.github.papertrail.Paper(\"2305.14314\")\nfinal class Lora {}\n");
    compile(true, "Lora");
    assertEquals(
        List.of(
            "com.acme.Dpo 2305.18290 directpreference2023 line 3",
            "com.acme.Galore 2403.03507 galore2024 line 3",
            "com.acme.Lora 2305.14314 qlora2023 line 4"),
        index());
  }

  @Test
  void withoutTheOutputOnTheClasspathTheClassFilesTellWhatStillExists() throws IOException {
    compile(false, "Lora", "Dpo", "Galore");
    compile(false, "Dpo");
    assertEquals(3, index().size());
  }

  @Test
  void deletedAndRenamedClassesLeaveTheIndex() throws IOException {
    compile(true, "Lora", "Dpo", "Galore");
    Files.delete(src.resolve("Galore.java"));
    Files.delete(out.resolve("com/acme/Galore.class"));
    Files.delete(src.resolve("Dpo.java"));
    Files.delete(out.resolve("com/acme/Dpo.class"));
    write("DirectPreference", "2305.18290");
    compile(true, "DirectPreference");
    assertEquals(
        List.of(
            "com.acme.DirectPreference 2305.18290 directpreference2023 line 3",
            "com.acme.Lora 2106.09685 hu2021lora line 3"),
        index());
  }

  @Test
  void aClassThatDropsItsCitationLeavesTheIndexAndOthersStay() throws IOException {
    compile(true, "Lora", "Dpo");
    Files.writeString(src.resolve("Dpo.java"), "package com.acme;\nfinal class Dpo {}\n");
    compile(true, "Dpo");
    assertEquals(List.of("com.acme.Lora 2106.09685 hu2021lora line 3"), index());
  }

  @Test
  void uncitedMentionsOfUntouchedClassesStayAndCitedOnesGo() throws IOException {
    warningsExpected = true;
    Files.writeString(
        src.resolve("Dpo.java"),
        "package com.acme;\n/** As in arXiv:2305.18290. */\nfinal class Dpo {}\n");
    Files.writeString(
        src.resolve("Lora.java"),
        "package com.acme;\n/** https://arxiv.org/abs/2305.14314 */\n"
            + "@io.github.papertrail.Paper(\"2106.09685\") final class Lora {}\n");
    compile(true, "Lora", "Dpo");
    assertEquals(
        List.of("com.acme.Dpo arxiv:2305.18290 line 2", "com.acme.Lora arxiv:2305.14314 line 2"),
        mentions());

    Files.writeString(
        src.resolve("Lora.java"),
        "package com.acme;\n/** https://arxiv.org/abs/2305.14314 */\n"
            + "@io.github.papertrail.Paper(\"2106.09685\") @io.github.papertrail.Paper(\"2305.14314\")"
            + " final class Lora {}\n");
    compile(true, "Lora");
    assertEquals(List.of("com.acme.Dpo arxiv:2305.18290 line 2"), mentions());
    assertEquals(2, index().size(), "Lora's two citations");
  }

  @Test
  void claimsOnlyPaperAndItsContainerSoGradleStaysIncremental() {
    assertEquals(
        Set.of("io.github.papertrail.Paper", "io.github.papertrail.Paper.List"),
        new PaperProcessor().getSupportedAnnotationTypes());
  }

  @Test
  void aCompilationWithoutAnyPaperStillDropsTheRecompiledAndTheDeleted() throws IOException {
    compile(true, "Lora", "Dpo", "Galore");
    Files.writeString(src.resolve("Dpo.java"), "package com.acme;\nfinal class Dpo {}\n");
    Files.delete(src.resolve("Galore.java"));
    Files.delete(out.resolve("com/acme/Galore.class"));
    // javac calls the processor in no round here: no @Paper anywhere in what it compiles
    compile(true, "Dpo");
    assertEquals(List.of("com.acme.Lora 2106.09685 hu2021lora line 3"), index());
  }

  @Test
  void theDriftCheckReadsACompilationWithoutAnyPaper() throws IOException {
    compile(true, "Lora", "Dpo");
    warningsExpected = true;
    Files.writeString(
        src.resolve("Dpo.java"),
        "package com.acme;\n/** As in arXiv:2305.18290. */\nfinal class Dpo {}\n");
    String log = compile(true, "Dpo");
    assertTrue(log.contains("[PaperUncitedMention]"), log);
    assertEquals(List.of("com.acme.Dpo arxiv:2305.18290 line 2"), mentions());
    assertEquals(List.of("com.acme.Lora 2106.09685 hu2021lora line 3"), index());
  }

  @Test
  void typesOfRoundsBeforeTheFirstPaperAreRecompiledToo() throws IOException {
    compile(true, "Lora", "Dpo");
    Files.writeString(src.resolve("Dpo.java"), "package com.acme;\nfinal class Dpo {}\n");
    // the first round has no @Paper; the source another processor generates for the next has one
    compile(List.of(new Generator()), true, "Dpo");
    assertEquals(
        List.of(
            "com.acme.Generated 2305.18290 directpreference2023 line 2",
            "com.acme.Lora 2106.09685 hu2021lora line 3"),
        index());
  }

  /** Writes, in the first round, a class that cites a paper. */
  @SupportedAnnotationTypes("*")
  private static final class Generator extends AbstractProcessor {
    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer =
            processingEnv.getFiler().createSourceFile("com.acme.Generated").openWriter()) {
          writer.write(
              "package com.acme;\n@io.github.papertrail.Paper(\"2305.18290\") class Generated {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void gradlesSequenceRewritesTheIndexFromRecompiledSourcesAndReprocessedClasses()
      throws IOException {
    compile(true, "Lora", "Dpo", "Galore");
    // Gradle deletes an aggregating processor's output, recompiles what changed, and names the
    // other classes that carry the processor's annotations for reprocessing from class files
    Files.delete(out.resolve(CitationIndex.RESOURCE));
    Files.writeString(src.resolve("Dpo.java"), "package com.acme;\nfinal class Dpo {}\n");
    compile(List.of(), List.of("com.acme.Lora", "com.acme.Galore"), true, "Dpo");
    assertEquals(
        List.of(
            "com.acme.Galore 2403.03507 galore2024 line null",
            "com.acme.Lora 2106.09685 hu2021lora line null"),
        index());
  }
}
