package io.github.papertrail.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code demo.Trainer} in a forked JVM with {@code -javaagent:} on the shaded jar this build
 * made (after {@code package}), and reads the files the agent wrote at exit.
 */
class AgentIT {

  private record Run(int exit, String stdout, String stderr) {}

  private static Path testClasses() throws Exception {
    return Path.of(demo.Trainer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Run run(Path dir, String options, String... args) throws Exception {
    return run(dir, testClasses(), options, args);
  }

  private static Run run(Path dir, Path classes, String options, String... args) throws Exception {
    Path jar = Path.of(System.getProperty("papertrail.agent.jar"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-javaagent:" + jar + "=" + options);
    command.add("-cp");
    command.add(classes.toString());
    command.add("demo.Trainer");
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve("stdout.txt").toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    int exit = process.waitFor();
    return new Run(
        exit,
        Files.readString(dir.resolve("stdout.txt")),
        Files.readString(dir.resolve("stderr.txt")));
  }

  @Test
  void theLoraPathListsLoraAndAttentionButNotAdam(@TempDir Path dir) throws Exception {
    Run run = run(dir, "out=target/papers-used.json", "lora");

    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stderr());
    String json = Files.readString(dir.resolve("target/papers-used.json"));
    assertTrue(json.contains("\"paper\": \"2106.09685\""), json);
    assertTrue(json.contains("\"element\": \"demo.Trainer.Lora\""), json);
    assertTrue(json.contains("\"element\": \"demo.Trainer.Attention#scale(double)\""), json);
    assertTrue(json.contains("\"paperCount\": 2"), json);
    assertFalse(json.contains("1412.6980"), json);
    assertTrue(json.indexOf("2106.09685") < json.indexOf("1706.03762"), "first-use order");
    String bib = Files.readString(dir.resolve("target/papers-used.bib"));
    assertTrue(bib.contains("@inproceedings{hu2021lora,"), bib);
    assertTrue(bib.contains("url = {https://arxiv.org/abs/2106.09685}"), bib);
    assertFalse(bib.contains("kingma"), bib);
  }

  @Test
  void theAdamPathListsOnlyAdamAndTheSameRunGivesTheSameBytes(@TempDir Path dir) throws Exception {
    run(dir, "out=a.json", "adam");
    run(dir, "out=b.json", "adam");

    String json = Files.readString(dir.resolve("a.json"));
    assertTrue(json.contains("\"paper\": \"1412.6980\""), json);
    assertTrue(json.contains("\"paperCount\": 1"), json);
    assertEquals(json, Files.readString(dir.resolve("b.json")));
  }

  @Test
  void anUnknownOptionIsNamedOnStderrAndTheProgramRunsOn(@TempDir Path dir) throws Exception {
    Run run = run(dir, "output=x.json,out=papers.json,catalogs=missing.bib", "adam");

    double loss = 1;
    for (int step = 0; step < 100; step++) {
      loss = loss * 0.99;
    }
    assertEquals(0, run.exit());
    assertEquals("loss " + loss + System.lineSeparator(), run.stdout());
    assertTrue(
        run.stderr()
            .contains(
                "papertrail-agent: unknown option 'output' (accepted: out, catalogs); ignored"),
        run.stderr());
    assertTrue(run.stderr().contains("missing.bib"), run.stderr());
    assertTrue(Files.readString(dir.resolve("papers.json")).contains("1412.6980"));
  }

  @Test
  void aLoaderUnderTheApplicationLoaderIsRecordedAndAParentlessOneStillRuns(@TempDir Path dir)
      throws Exception {
    Path app = dir.resolve("app/demo");
    Path plugins = dir.resolve("plugins/demo");
    Files.createDirectories(app);
    Files.createDirectories(plugins);
    try (var files = Files.list(testClasses().resolve("demo"))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        Files.copy(file, (name.startsWith("Plugin") ? plugins : app).resolve(name));
      }
    }

    Run run =
        run(
            dir,
            dir.resolve("app"),
            "out=papers.json",
            "plugins",
            dir.resolve("plugins").toString());

    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stderr());
    assertEquals(
        "plugin 7" + System.lineSeparator() + "plugin 7" + System.lineSeparator(), run.stdout());
    String json = Files.readString(dir.resolve("papers.json"));
    assertTrue(json.contains("\"element\": \"demo.Plugin\""), json);
    assertTrue(json.contains("\"element\": \"demo.Plugin#getAsInt()\""), json);
    assertTrue(json.contains("\"paperCount\": 2"), json);
  }
}
