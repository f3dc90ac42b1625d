package io.github.papertrail.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.format.CatalogSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files migrate writes: the dry run's patch, applied with {@code git apply}, gives exactly the
 * files an applied run writes, the generated catalog included; a second run proposes nothing.
 */
class MigrationFilesTest {

  private static final String ADAMW =
      """
      package com.acme.optim;

      /**
       * Adam with decoupled weight decay, from
       * <a href="https://arxiv.org/abs/1711.05101"><i>Decoupled Weight Decay
       * Regularization</i></a> (Loshchilov and Hutter, 2017).
       */
      public final class AdamW {

        /** Low-rank updates: https://arxiv.org/abs/2106.09685 */
        void lowRank() {}
      }
      """;

  private static final String SCHEDULE_CRLF =
      "package com.acme.sched;\r\n"
          + "\r\n"
          + "import java.util.List;\r\n"
          + "\r\n"
          + "public enum Schedule {\r\n"
          + "  /** Restarts: arXiv:1608.03983, \"SGDR: Stochastic Gradient Descent with Warm"
          + " Restarts\". */\r\n"
          + "  COSINE,\r\n"
          + "  LINEAR\r\n"
          + "}";

  private static final String MOMENTUM =
      """
      package com.acme.optim;

      /**
       * Nesterov momentum, after <a href="http://proceedings.mlr.press/v28/sutskever13.pdf"><i>On
       * the importance of initialization and momentum in deep learning</i></a> (ICML 2013).
       */
      class Momentum {}
      """;

  private static void project(Path root) throws IOException {
    write(root.resolve("src/main/java/com/acme/optim/AdamW.java"), ADAMW);
    write(root.resolve("src/main/java/com/acme/optim/Momentum.java"), MOMENTUM);
    write(root.resolve("src/main/java/com/acme/sched/Schedule.java"), SCHEDULE_CRLF);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static Migration.Plan plan(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root.resolve("src/main/java"))) {
      walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
    }
    Path catalog = root.resolve("src/papers/migrated.bib");
    Catalogs catalogs =
        CatalogFiles.inUse(Files.exists(catalog) ? List.of(CatalogSource.of(catalog)) : List.of());
    return Migration.plan(new SourceParser().parseAll(files, StandardCharsets.UTF_8), catalogs);
  }

  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root.resolve("src"))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void theDryRunPatchAppliedWithGitGivesTheFilesTheAppliedRunWrites(@TempDir Path temp)
      throws Exception {
    Path dry = temp.resolve("dry");
    Path applied = temp.resolve("applied");
    project(dry);
    project(applied);

    Migration.Plan dryPlan = plan(dry);
    MigrationFiles dryFiles =
        new MigrationFiles(dryPlan, dry, dry.resolve("src/papers/migrated.bib"));
    Path patch = dryFiles.writeRecord(dry.resolve("target/papertrail"));
    Map<String, byte[]> before = tree(dry);
    assertEquals(3, before.size(), "the dry run changes no source and writes no catalog");

    Migration.Plan plan = plan(applied);
    new MigrationFiles(plan, applied, applied.resolve("src/papers/migrated.bib"))
        .apply(StandardCharsets.UTF_8);

    Process git =
        new ProcessBuilder("git", "apply", "--whitespace=nowarn", patch.toString())
            .directory(dry.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, git.waitFor(), output);

    Map<String, byte[]> gitApplied = tree(dry);
    Map<String, byte[]> written = tree(applied);
    assertEquals(written.keySet(), gitApplied.keySet());
    for (String file : written.keySet()) {
      assertEquals(
          new String(written.get(file), StandardCharsets.UTF_8),
          new String(gitApplied.get(file), StandardCharsets.UTF_8),
          file);
    }
    assertTrue(written.containsKey(Path.of("src/papers/migrated.bib").toString()));
  }

  @Test
  void thePatchAppliesInAModuleFolderOfARepository(@TempDir Path repo) throws Exception {
    Path module = repo.resolve("optim");
    project(module);
    run(repo, repo, "git", "init", "-q");
    Path patch =
        new MigrationFiles(plan(module), module, module.resolve("src/papers/migrated.bib"))
            .writeRecord(module.resolve("target/papertrail"));

    String output = run(repo, module, "git", "apply", "--verbose", patch.toString());
    assertTrue(output.contains("optim/src/main/java/com/acme/optim/AdamW.java"), output);
    assertTrue(!output.contains("Skipped"), output);
    assertTrue(
        Files.readString(module.resolve("src/main/java/com/acme/optim/AdamW.java"))
            .contains("@Paper(\"1711.05101\")\npublic final class AdamW"),
        output);
    assertTrue(Files.exists(module.resolve("src/papers/migrated.bib")), output);
  }

  /** Runs git in {@code dir}, finding no repository above {@code repo}. */
  private static String run(Path repo, Path dir, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_CEILING_DIRECTORIES", repo.getParent().toString());
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }

  @Test
  void theGeneratedCatalogReadsBackAndASecondRunProposesNothing(@TempDir Path root)
      throws Exception {
    project(root);
    Migration.Plan first = plan(root);
    assertEquals(
        List.of("loshchilov2017decoupled", "importanceinitialization2013", "sgdr2016"),
        first.newEntries().stream().map(CatalogEntry::key).toList());
    new MigrationFiles(first, root, root.resolve("src/papers/migrated.bib"))
        .apply(StandardCharsets.UTF_8);

    String schedule = Files.readString(root.resolve("src/main/java/com/acme/sched/Schedule.java"));
    assertEquals(
        SCHEDULE_CRLF
            .replace(
                "import java.util.List;\r\n",
                "import io.github.papertrail.Paper;\r\nimport java.util.List;\r\n")
            .replace("  COSINE,", "  @Paper(\"1608.03983\")\r\n  COSINE,"),
        schedule);

    Catalogs read =
        CatalogFiles.inUse(List.of(CatalogSource.of(root.resolve("src/papers/migrated.bib"))));
    CatalogEntry adamw =
        read.entries().stream()
            .filter(e -> e.key().equals("loshchilov2017decoupled"))
            .findFirst()
            .orElseThrow();
    assertEquals("Decoupled Weight Decay Regularization", adamw.title());
    assertEquals("arxiv:1711.05101", adamw.ids().arxiv());
    assertEquals(2017, adamw.year());
    assertTrue(read.warnings().isEmpty(), () -> read.warnings().toString());

    Migration.Plan second = plan(root);
    assertTrue(second.annotations().isEmpty(), () -> second.annotations().toString());
    assertTrue(second.newEntries().isEmpty());
    assertTrue(second.edited().isEmpty());
    assertEquals(4, second.alreadyCited(), "the proceedings page is found by its URL, too");
  }
}
