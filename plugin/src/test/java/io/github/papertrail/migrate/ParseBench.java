package io.github.papertrail.migrate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times {@link SourceParser} over a generated tree: {@code ParseBench DIR [FILES] [RUNS]} writes
 * {@link GeneratedSources} to DIR if it is empty, then parses every file RUNS times in this JVM and
 * prints one line per run (wall and CPU milliseconds, files, declarations, comments). The first run
 * is the cold one. See plugin/PARSER.md.
 */
public final class ParseBench {

  private ParseBench() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    if (!Files.isDirectory(root) || isEmpty(root)) {
      GeneratedSources.write(root, count, 42);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 1; run <= runs; run++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      long processCpu = processCpu();
      SourceParser parser = new SourceParser();
      int declarations = 0;
      int comments = 0;
      int failed = 0;
      for (SourceFile source : parser.parseAll(files, StandardCharsets.UTF_8)) {
        failed += source.parsed() ? 0 : 1;
        declarations += source.declarations().size();
        comments += source.comments().size();
      }
      System.out.printf(
          "javac run %d: %d ms wall, %d ms cpu (thread), %d ms cpu (process, with JIT and GC), %d"
              + " files, %d unparsed, %d declarations, %d comments%n",
          run,
          (System.nanoTime() - wall) / 1_000_000,
          (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
          (processCpu() - processCpu) / 1_000_000,
          files.size(),
          failed,
          declarations,
          comments);
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static boolean isEmpty(Path dir) throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }
}
