package bench;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark driver that {@code bench/run} starts: generates the inputs, runs every measurement
 * in its own process (javac per compilation, a JVM per report and per catalog load), and writes
 * the Markdown table to {@code OUT/results-MODE.md}.
 */
public final class Bench {

  /** The sizes of one mode. */
  record Config(String mode, int classes, int citations, int runs, int warmupRounds, int reportClasses,
      int reportCitations, int reportWarm, int catalogEntries, int jvmRuns, int lookups, int bibtexEntries,
      int identifierJvms, int identifierPasses) {

    static Config of(String mode) {
      return switch (mode) {
        case "full" -> new Config(mode, 2_000, 5_000, 8, 1, 2_000, 10_000, 5, 1_000_000, 3, 100_000, 100_000, 5, 1_000);
        case "small" -> new Config(mode, 50, 100, 1, 0, 200, 1_000, 1, 10_000, 1, 10_000, 1_000, 1, 5);
        default -> throw new IllegalArgumentException("mode: small or full, not " + mode);
      };
    }

    /** Source files of the tree that {@code papertrail:migrate} reads; its target is judged at 1,500. */
    int migrateFiles() {
      return mode.equals("full") ? 1_500 : 60;
    }

    /** Timed rounds of {@code mvn validate} and {@code papertrail:migrate}. */
    int migrateRuns() {
      return mode.equals("full") ? 5 : 1;
    }

    /**
     * Timed rounds of the incremental row: a one-file compile is short, so more rounds than the
     * whole-module compiles for the same noise.
     */
    int incrementalRuns() {
      return mode.equals("full") ? 15 : 1;
    }

    /** Items of the generated Markdown reading list; its target is judged at 10,000. */
    int markdownItems() {
      return mode.equals("full") ? 10_000 : 1_000;
    }

    /** JVMs that load the Markdown reading list: its target is a median of 5 in full mode. */
    int markdownRuns() {
      return mode.equals("full") ? 5 : 1;
    }

    Config withRuns(int runs) {
      return new Config(mode, classes, citations, runs, warmupRounds, reportClasses, reportCitations, reportWarm,
          catalogEntries, jvmRuns, lookups, bibtexEntries, identifierJvms, identifierPasses);
    }
  }

  /** One compilation mode: a column of the table. */
  record Mode(String name, List<String> args) {}

  /** One timed process. */
  record Run(double wallSeconds, double cpuSeconds, double maxRssMiB, String output) {}

  private static final long SEED = 20240611L;

  /** Medians of the Markdown reading list's loads, for its target. */
  private Map<String, String> markdownLoad = Map.of();

  /** The exit status of the last process that {@link #timed} ran, for messages. */
  private int lastExit;

  private final Config config;
  private final Path out;
  private final String java;
  private final String javac;
  private final Path annotationsJar;
  private final Path processorJar;
  /** The processor jar of the {@code --baseline} checkout, or null. */
  private final Path baselineJar;
  private final Path baselineDir;
  private final Path noopDir;
  private final String timeTool;
  /** Maven, for the migrate row; it passes MAVEN_OPTS on (e.g. -Dmaven.repo.local=DIR). */
  private final String mvn;
  /** papertrail's version, for the migrate goal's coordinates. */
  private final String version;
  /** This checkout's plugin jar, to compare with the one Maven runs. */
  private final Path pluginJar;
  /** The shaded papertrail-agent jar, for the agent row; null when not given. */
  private final Path agentJar;
  /** The one section to run ({@code --only migrate}, {@code incremental} or {@code agent}), or null for all. */
  private final String only;
  /** Timed migrate rounds: {@code --runs} with {@code --only migrate}, else the mode's. */
  private final int migrateRuns;
  /** Timed agent rounds: {@code --runs} with {@code --only agent}, else 9 (full) or 1 (small). */
  private final int agentRuns;
  /** The agent row's numbers, for its targets; null when it did not run. */
  private Map<String, double[]> agentResults;
  /** Timed incremental rounds: {@code --runs} with {@code --only incremental}, else the mode's. */
  private final int incrementalRuns;
  private final String classpath = System.getProperty("java.class.path");
  private final StringBuilder md = new StringBuilder();
  /** CPU seconds (user + sys) of the javac runs per mode, when /usr/bin/time is there. */
  private final Map<String, double[]> cpuTimes = new LinkedHashMap<>();

  private Bench(Config config, Map<String, String> options) {
    this.config = config;
    this.out = Path.of(options.get("out")).toAbsolutePath();
    this.java = options.get("java");
    this.javac = options.get("javac");
    this.annotationsJar = Path.of(options.get("annotations-jar")).toAbsolutePath();
    this.processorJar = Path.of(options.get("processor-jar")).toAbsolutePath();
    this.baselineJar = options.containsKey("baseline-jar") ? Path.of(options.get("baseline-jar")) : null;
    this.baselineDir = options.containsKey("baseline-dir") ? Path.of(options.get("baseline-dir")) : null;
    this.noopDir = Path.of(options.get("noop-dir")).toAbsolutePath();
    String time = options.getOrDefault("time", "");
    this.timeTool = time.isEmpty() ? null : time;
    this.mvn = options.getOrDefault("mvn", "mvn");
    this.version = options.get("version");
    this.pluginJar = options.containsKey("plugin-jar") ? Path.of(options.get("plugin-jar")).toAbsolutePath() : null;
    this.agentJar = options.containsKey("agent-jar") ? Path.of(options.get("agent-jar")).toAbsolutePath() : null;
    this.only = options.get("only");
    if (only != null && !only.equals("migrate") && !only.equals("incremental") && !only.equals("agent")) {
      throw new IllegalArgumentException("--only: migrate, incremental or agent, not " + only);
    }
    boolean runsGiven = only != null && options.containsKey("runs");
    this.migrateRuns = runsGiven ? config.runs() : config.migrateRuns();
    this.incrementalRuns = runsGiven ? config.runs() : config.incrementalRuns();
    this.agentRuns = runsGiven ? config.runs() : config.mode().equals("full") ? 9 : 1;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Config config = Config.of(options.getOrDefault("mode", "full"));
    if (options.containsKey("runs")) {
      config = config.withRuns(Integer.parseInt(options.get("runs")));
    }
    Bench bench = new Bench(config, options);
    Path table = bench.run();
    System.out.println();
    System.out.print(Files.readString(table, StandardCharsets.UTF_8));
    System.out.println();
    System.out.println("bench: wrote " + Path.of("").toAbsolutePath().relativize(table));
  }

  private Path run() throws Exception {
    Files.createDirectories(out);
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Instant started = Instant.now();
    StringBuilder body = new StringBuilder();

    Map<String, double[]> compile = null;
    Map<String, String> report = null;
    Map<Integer, Map<String, String>> catalogs = null;
    if (only == null) {
      compile = compileSection(body);
      report = reportSection(body);
      catalogs = catalogSection(body);
      identifierSection(body);
    }
    Map<String, double[]> incremental = only == null || only.equals("incremental") ? incrementalSection(body) : null;
    Map<String, double[]> migrate = only == null || only.equals("migrate") ? migrateSection(body) : null;
    Map<String, double[]> agent = only == null || only.equals("agent") ? agentSection(body) : null;

    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    md.append("# papertrail benchmark (").append(config.mode()).append(" mode").append(only == null ? "" : ", "
        + only + " only").append(")\n\n");
    environment(started, loadBefore, loadAfter);
    agentResults = agent;
    targets(compile, report, catalogs, incremental, migrate);
    md.append(body);
    Path table = out.resolve("results-" + config.mode() + (only == null ? "" : "-" + only) + ".md");
    Files.writeString(table, md.toString(), StandardCharsets.UTF_8);
    return table;
  }

  // ---------------------------------------------------------------------------------------------
  // Processor overhead

  private Map<String, double[]> compileSection(StringBuilder body) throws Exception {
    Path work = out.resolve("compile-" + config.mode());
    deleteTree(work);
    Path src = work.resolve("src");
    progress("generating %,d classes with %,d @Paper citations", config.classes(), config.citations());
    GenerateModule.Summary summary = GenerateModule.generate(src, config.classes(), config.citations(), SEED);
    List<String> argfile = summary.sources().stream().map(s -> "src/" + s).toList();
    Files.write(work.resolve("sources.txt"), argfile, StandardCharsets.UTF_8);

    List<String> common = List.of("--release", "17", "-encoding", "UTF-8", "-cp", annotationsJar.toString());
    List<Mode> modes = new ArrayList<>(List.of(
        new Mode("-proc:none", concat(common, "-proc:none", "-d", "classes-none", "@sources.txt")),
        new Mode("no-op processor", concat(common, "-processorpath", noopDir.toString(), "-d", "classes-noop",
            "@sources.txt"))));
    modes.addAll(papertrailModes(common, "papertrail", processorJar, "classes-"));
    if (baselineJar != null) {
      modes.addAll(papertrailModes(common, "baseline", baselineJar, "classes-baseline-"));
    }

    Map<String, List<Run>> runs = new LinkedHashMap<>();
    modes.forEach(m -> runs.put(m.name(), new ArrayList<>()));
    int rounds = config.warmupRounds() + config.runs();
    for (int round = 0; round < rounds; round++) {
      boolean warmup = round < config.warmupRounds();
      for (Mode mode : modes) {
        Path classes = work.resolve(outputDir(mode));
        deleteTree(classes);
        Files.createDirectories(classes);
        List<String> command = new ArrayList<>();
        command.add(javac);
        command.addAll(mode.args());
        Run run = timed(command, work, work.resolve("javac.log"));
        if (run == null) {
          throw new IllegalStateException("javac failed in mode " + mode.name() + " (" + exitStatus() + "); see "
              + work.resolve("javac.log") + "\n" + Files.readString(work.resolve("javac.log")));
        }
        verifyCompilation(mode, classes, run);
        progress("%s round %d/%d  %-22s %6.2f s", warmup ? "warm-up" : "timed", warmup ? round + 1
            : round - config.warmupRounds() + 1, warmup ? config.warmupRounds() : config.runs(), mode.name(),
            run.wallSeconds());
        if (!warmup) {
          runs.get(mode.name()).add(run);
        }
      }
    }

    Map<String, double[]> walls = new LinkedHashMap<>();
    runs.forEach((name, list) -> walls.put(name, list.stream().mapToDouble(Run::wallSeconds).toArray()));
    double baseline = median(walls.get("-proc:none"));
    double noop = median(walls.get("no-op processor"));

    body.append("## Processor overhead\n\n");
    body.append(String.format(Locale.ROOT, "A generated module of %,d classes (%,d lines, %d package(s)) with %,d `@Paper`"
            + " citations (%,d classes or members carry more than one), compiled by `javac` in a new JVM per run, %s; rounds alternate the"
            + " modes (%s, %s, …), %d timed round%s%s. Output folder emptied before every run."
            + " Identifier forms cited: %s.\n\n",
        summary.classes(), summary.lines(), (summary.classes() + GenerateModule.CLASSES_PER_PACKAGE - 1)
            / GenerateModule.CLASSES_PER_PACKAGE, summary.citations(), summary.repeatedSites(),
        "whole module each time", rounds(modes.size()), rounds(modes.size()), config.runs(), config.runs() == 1 ? "" : "s",
        config.warmupRounds() > 0 ? " after " + config.warmupRounds() + " discarded warm-up round" : "",
        formatForms(summary.forms())));
    body.append("| | -proc:none | no-op processor | papertrail processor | papertrail plugin (index=DIR) |");
    body.append(baselineJar != null ? " baseline processor | baseline plugin (index=DIR) |\n" : "\n");
    body.append("|---|---:|---:|---:|---:|").append(baselineJar != null ? "---:|---:|\n" : "\n");
    row(body, "min wall (s)", walls, w -> fmt(min(w), 2));
    row(body, "median wall (s)", walls, w -> fmt(median(w), 2));
    row(body, "median ÷ -proc:none", walls, w -> fmt(median(w) / baseline, 3) + "×");
    row(body, "median ÷ no-op processor", walls, w -> fmt(median(w) / noop, 3) + "×");
    row(body, "spread (max−min)/median", walls, w -> fmt(100 * (max(w) - min(w)) / median(w), 1) + " %");
    if (timeTool != null) {
      Map<String, double[]> cpu = new LinkedHashMap<>();
      Map<String, double[]> rss = new LinkedHashMap<>();
      runs.forEach((name, list) -> {
        cpu.put(name, list.stream().mapToDouble(Run::cpuSeconds).toArray());
        rss.put(name, list.stream().mapToDouble(Run::maxRssMiB).toArray());
      });
      double cpuNone = median(cpu.get("-proc:none"));
      double cpuNoop = median(cpu.get("no-op processor"));
      cpuTimes.putAll(cpu);
      row(body, "median CPU user+sys (s)", cpu, w -> fmt(median(w), 2));
      row(body, "median CPU ÷ -proc:none", cpu, w -> fmt(median(w) / cpuNone, 3) + "×");
      row(body, "median CPU ÷ no-op processor", cpu, w -> fmt(median(w) / cpuNoop, 3) + "×");
      row(body, "median max RSS (MiB)", rss, w -> fmt(median(w), 0));
    }
    row(body, "every run, wall (s)", walls, w -> String.join(" ", Arrays.stream(w).mapToObj(v -> fmt(v, 2)).toList()));
    if (baselineJar != null) {
      baselineRow(body, "this checkout ÷ baseline, median wall", walls, Bench::median);
      baselineRow(body, "this checkout ÷ baseline, min ÷ min", walls, Bench::min);
      if (timeTool != null) {
        baselineRow(body, "this checkout ÷ baseline, median CPU", cpuTimes, Bench::median);
      }
    }
    body.append("\nCommands (run in the generated module's folder; `@sources.txt` lists the sources):\n\n");
    for (Mode mode : modes) {
      String args = String.join(" ", mode.args());
      if (mode.name().startsWith("baseline")) {
        args = args.replace(baselineJar.toString(), "BASELINE/processor/target/" + baselineJar.getFileName());
      }
      body.append("- ").append(mode.name()).append(": `javac ").append(args
          .replace(annotationsJar.toString(), "papertrail-annotations.jar")
          .replace(processorJar.toString(), "papertrail-processor.jar")
          .replace(noopDir.toString(), "noop-processor/")
          .replaceAll("-Xplugin:Papertrail (index=\\S+)", "-Xplugin:\"Papertrail $1\""))
          .append("`\n");
    }
    body.append("\nThe plugin column passes `index=DIR` (the class output), so that it writes the same"
        + " `META-INF/papertrail/citations.json` as the processor does: both columns do the same work.\n\n");
    if (baselineJar != null) {
      body.append("The baseline columns run the same commands with the processor jar of BASELINE, the `--baseline`"
          + " checkout at ").append(commit(baselineDir)).append(", in the same rounds; **this checkout ÷"
          + " baseline** divides each papertrail column by its baseline column.\n\n");
    }
    return walls;
  }

  /** The processor and plugin modes with a processor jar: this checkout's or the baseline's. */
  private static List<Mode> papertrailModes(List<String> common, String name, Path jar, String classes) {
    return List.of(
        new Mode(name + " processor", concat(common, "-processorpath", jar.toString(), "-d", classes + "processor",
            "@sources.txt")),
        new Mode(name + " plugin", concat(common, "-proc:none", "-processorpath", jar.toString(),
            "-Xplugin:Papertrail index=" + classes + "plugin", "-d", classes + "plugin", "@sources.txt")));
  }

  /** "A B C D" for four modes. */
  private static String rounds(int modes) {
    return String.join(" ", "ABCDEFGH".substring(0, modes).split(""));
  }

  private static String outputDir(Mode mode) {
    List<String> args = mode.args();
    return args.get(args.indexOf("-d") + 1);
  }

  private void verifyCompilation(Mode mode, Path classes, Run run) throws IOException {
    String output = run.output().strip();
    if (output.contains("error") || output.contains("warning")) {
      throw new IllegalStateException("javac (" + mode.name() + ") printed diagnostics; the benchmark expects a"
          + " clean compilation:\n" + output);
    }
    long classFiles;
    try (Stream<Path> files = Files.walk(classes)) {
      classFiles = files.filter(p -> p.toString().endsWith(".class")).count();
    }
    if (classFiles != config.classes()) {
      throw new IllegalStateException(mode.name() + ": " + classFiles + " class files, expected " + config.classes());
    }
    Path index = classes.resolve("META-INF/papertrail/citations.json");
    if (mode.name().startsWith("papertrail") || mode.name().startsWith("baseline")) {
      if (!Files.isRegularFile(index)) {
        throw new IllegalStateException(mode.name() + " wrote no citation index " + index);
      }
      long cited = indexedCitations(index);
      if (cited != config.citations()) {
        throw new IllegalStateException(mode.name() + ": the index holds " + cited + " citations, expected "
            + config.citations());
      }
    } else if (Files.exists(index)) {
      throw new IllegalStateException(mode.name() + " wrote a citation index");
    }
  }

  /** The citations in an index file: its {@code "element"} fields, one a line. */
  private static long indexedCitations(Path index) throws IOException {
    try (Stream<String> lines = Files.lines(index)) {
      return lines.filter(l -> l.strip().startsWith("\"element\"")).count();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Incremental compile

  /**
   * What IDEs and Gradle run all day: one changed file recompiled against the earlier output of the
   * whole module (on the class path, {@code -implicit:none}), with {@code -proc:none} and with the
   * papertrail processor, which reads the earlier index, merges this compilation's citations into
   * it and writes it back. Each run starts from a copy of the same earlier output; the changed file
   * gets a new constant every round, so that its class really changes. Two variants: a file that
   * carries {@code @Paper}, and one more class of the same shape without any.
   */
  private Map<String, double[]> incrementalSection(StringBuilder body) throws Exception {
    Path work = out.resolve("incremental-" + config.mode());
    deleteTree(work);
    Path src = work.resolve("src");
    progress("incremental: generating %,d classes with %,d @Paper citations and one class without", config.classes(),
        config.citations());
    GenerateModule.Summary summary = GenerateModule.generate(src, config.classes(), config.citations(), SEED);
    String uncited = GenerateModule.writeUncited(src, SEED);
    List<String> sources = new ArrayList<>(summary.sources());
    sources.add(uncited);
    Files.write(work.resolve("sources.txt"), sources.stream().map(s -> "src/" + s).toList(), StandardCharsets.UTF_8);
    int classFiles = config.classes() + 1;

    // The earlier output: the whole module compiled with the processor, as the last full build left it.
    Path earlier = work.resolve("classes-earlier");
    Files.createDirectories(earlier);
    Path log = work.resolve("javac.log");
    List<String> fullCompile = List.of(javac, "--release", "17", "-encoding", "UTF-8", "-cp", annotationsJar.toString(),
        "-processorpath", processorJar.toString(), "-d", earlier.getFileName().toString(), "@sources.txt");
    Run full = timed(fullCompile, work, log);
    if (full == null) {
      throw new IllegalStateException("javac failed on the whole module (" + exitStatus() + "); see " + log + "\n"
          + Files.readString(log));
    }
    verifyIncremental("the full compile", full, earlier, classFiles, null);
    Path earlierIndex = earlier.resolve("META-INF/papertrail/citations.json");
    progress("incremental: the earlier output, %,d class files and an index of %,d citations, in %.1f s", classFiles,
        indexedCitations(earlierIndex), full.wallSeconds());

    // The changed files: a cited class in the middle of the module, and the uncited one.
    Map<String, String> changed = new LinkedHashMap<>();
    changed.put("cited", summary.sources().get(config.classes() / 2));
    changed.put("uncited", uncited);
    Map<String, String> originals = new LinkedHashMap<>();
    for (String file : changed.values()) {
      originals.put(file, Files.readString(src.resolve(file), StandardCharsets.UTF_8));
    }
    List<Mode> modes = new ArrayList<>();
    for (Map.Entry<String, String> file : changed.entrySet()) {
      String dir = "classes-" + file.getKey() + "-";
      List<String> common = List.of("--release", "17", "-encoding", "UTF-8", "-implicit:none");
      String prefix = file.getKey().equals("cited") ? "@Paper file: " : "file without @Paper: ";
      modes.add(new Mode(prefix + "-proc:none", concat(common, "-cp", dir + "none" + File.pathSeparator + annotationsJar,
          "-proc:none", "-d", dir + "none", "src/" + file.getValue())));
      modes.add(new Mode(prefix + "papertrail processor", concat(common, "-cp", dir + "processor" + File.pathSeparator
          + annotationsJar, "-processorpath", processorJar.toString(), "-d", dir + "processor", "src/" + file.getValue())));
      if (baselineJar != null) {
        modes.add(new Mode(prefix + "baseline processor", concat(common, "-cp", dir + "baseline" + File.pathSeparator
            + annotationsJar, "-processorpath", baselineJar.toString(), "-d", dir + "baseline", "src/" + file.getValue())));
      }
    }

    Map<String, List<Run>> runs = new LinkedHashMap<>();
    modes.forEach(m -> runs.put(m.name(), new ArrayList<>()));
    int rounds = config.warmupRounds() + incrementalRuns;
    for (int round = 0; round < rounds; round++) {
      boolean warmup = round < config.warmupRounds();
      // This round's change, the same for both modes of a file: a constant the class did not have.
      for (String file : changed.values()) {
        String text = originals.get(file);
        // after the EPS field, not between it and its annotations
        int at = text.indexOf('\n', text.indexOf("  static final float EPS")) + 1;
        Files.writeString(src.resolve(file), text.substring(0, at) + "  static final int REVISION = " + (round + 1)
            + ";\n" + text.substring(at), StandardCharsets.UTF_8);
      }
      for (Mode mode : modes) {
        Path classes = work.resolve(outputDir(mode));
        deleteTree(classes);
        copyTree(earlier, classes);
        long start = System.currentTimeMillis();
        Run run = timed(concat(List.of(javac), mode.args().toArray(String[]::new)), work, log);
        if (run == null) {
          throw new IllegalStateException("javac failed in mode " + mode.name() + " (" + exitStatus() + "); see " + log
              + "\n" + Files.readString(log));
        }
        String file = mode.args().get(mode.args().size() - 1).substring("src/".length());
        String owner = file.substring(0, file.length() - ".java".length()) + ".class";
        if (Arrays.equals(Files.readAllBytes(classes.resolve(owner)), Files.readAllBytes(earlier.resolve(owner)))) {
          throw new IllegalStateException(mode.name() + ": " + owner + " is the earlier class file: not recompiled");
        }
        // The cited file's processor run must have written the index anew, not left the copy.
        boolean rewritten = mode.name().startsWith("@Paper") && mode.name().endsWith("processor");
        verifyIncremental(mode.name(), run, classes, classFiles, rewritten ? start : null);
        progress("incremental %s round %d/%d  %-42s %6.2f s", warmup ? "warm-up" : "timed", warmup ? round + 1
            : round - config.warmupRounds() + 1, warmup ? config.warmupRounds() : incrementalRuns, mode.name(),
            run.wallSeconds());
        if (!warmup) {
          runs.get(mode.name()).add(run);
        }
      }
    }

    Map<String, double[]> walls = new LinkedHashMap<>();
    runs.forEach((name, list) -> walls.put(name, list.stream().mapToDouble(Run::wallSeconds).toArray()));
    Map<String, double[]> cpu = new LinkedHashMap<>();
    runs.forEach((name, list) -> cpu.put(name, list.stream().mapToDouble(Run::cpuSeconds).toArray()));
    body.append("## Incremental compile\n\n");
    body.append(String.format(Locale.ROOT, "One changed file recompiled against the earlier output of the generated module"
            + " (the processor overhead section's: %,d classes, %,d `@Paper`; plus one class of the same shape without"
            + " any): the earlier output is the whole"
            + " module compiled with the processor (%.1f s), so its `META-INF/papertrail/citations.json` holds every"
            + " citation. Each run starts from a fresh copy of it and compiles only the changed file, the output on"
            + " the class path (`-implicit:none`), by `javac` in a new JVM; every round gives the changed files a new"
            + " constant, so their classes really change. The papertrail processor reads the earlier index, merges"
            + " this compilation's citations into it and writes it; after every run the index must still hold all"
            + " %,d citations, and the changed class file must be new. Rounds alternate the modes (%s, …), %d timed"
            + " round%s%s. The file with `@Paper` is `%s`; the one without is `%s`.\n\n",
        config.classes(), config.citations(), full.wallSeconds(), config.citations(), rounds(modes.size()),
        incrementalRuns, incrementalRuns == 1 ? "" : "s",
        config.warmupRounds() > 0 ? " after " + config.warmupRounds() + " discarded warm-up round" : "",
        changed.get("cited"), changed.get("uncited")));
    body.append("| | ").append(String.join(" | ", walls.keySet())).append(" |\n");
    body.append("|---|").append("---:|".repeat(walls.size())).append('\n');
    row(body, "min wall (s)", walls, w -> fmt(min(w), 2));
    row(body, "median wall (s)", walls, w -> fmt(median(w), 2));
    pairRow(body, "median ÷ -proc:none (same file)", walls, Bench::median);
    pairRow(body, "min ÷ min (same file)", walls, Bench::min);
    row(body, "spread (max−min)/median", walls, w -> fmt(100 * (max(w) - min(w)) / median(w), 1) + " %");
    if (timeTool != null) {
      Map<String, double[]> rss = new LinkedHashMap<>();
      runs.forEach((name, list) -> rss.put(name, list.stream().mapToDouble(Run::maxRssMiB).toArray()));
      cpuTimes.putAll(cpu);
      row(body, "median CPU user+sys (s)", cpu, w -> fmt(median(w), 2));
      pairRow(body, "median CPU ÷ -proc:none (same file)", cpu, Bench::median);
      row(body, "median max RSS (MiB)", rss, w -> fmt(median(w), 0));
    }
    row(body, "every run, wall (s)", walls, w -> joined(w));
    body.append("\nCommands (run in the generated module's folder; each output folder a fresh copy of"
        + " `classes-earlier`):\n\n");
    body.append("- earlier output: `javac ").append(String.join(" ", fullCompile.subList(1, fullCompile.size()))
        .replace(annotationsJar.toString(), "papertrail-annotations.jar")
        .replace(processorJar.toString(), "papertrail-processor.jar")).append("`\n");
    for (Mode mode : modes) {
      String args = String.join(" ", mode.args()).replace(annotationsJar.toString(), "papertrail-annotations.jar")
          .replace(processorJar.toString(), "papertrail-processor.jar");
      if (baselineJar != null) {
        args = args.replace(baselineJar.toString(), "BASELINE/processor/target/" + baselineJar.getFileName());
      }
      body.append("- ").append(mode.name()).append(": `javac ").append(args).append("`\n");
    }
    body.append('\n');
    return walls;
  }

  /**
   * A clean compilation whose class output holds every class file and an index of every citation;
   * with {@code writtenAfter}, an index written after that time (this run's, not the copy).
   */
  private void verifyIncremental(String what, Run run, Path classes, int classFiles, Long writtenAfter)
      throws IOException {
    String output = run.output().strip();
    if (!output.isEmpty()) {
      throw new IllegalStateException("javac (" + what + ") printed diagnostics; the benchmark expects a clean"
          + " compilation:\n" + output);
    }
    long count;
    try (Stream<Path> files = Files.walk(classes)) {
      count = files.filter(p -> p.toString().endsWith(".class")).count();
    }
    if (count != classFiles) {
      throw new IllegalStateException(what + ": " + count + " class files, expected " + classFiles);
    }
    Path index = classes.resolve("META-INF/papertrail/citations.json");
    if (!Files.isRegularFile(index)) {
      throw new IllegalStateException(what + " left no citation index " + index);
    }
    long cited = indexedCitations(index);
    if (cited != config.citations()) {
      throw new IllegalStateException(what + ": the index holds " + cited + " citations, expected "
          + config.citations() + " (the module's)");
    }
    if (writtenAfter != null && Files.getLastModifiedTime(index).toMillis() < writtenAfter) {
      throw new IllegalStateException(what + ": the processor did not write the index " + index);
    }
  }

  /** A ratio row: each papertrail column over the {@code -proc:none} column before it (the same file). */
  private static void pairRow(StringBuilder body, String label, Map<String, double[]> values,
      java.util.function.ToDoubleFunction<double[]> stat) {
    body.append("| ").append(label);
    values.forEach((name, v) -> body.append(" | ").append(name.endsWith("-proc:none") ? ""
        : fmt(stat.applyAsDouble(v) / stat.applyAsDouble(values.get(name.replace("papertrail processor", "-proc:none")
            .replace("baseline processor", "-proc:none"))),
            3) + "×"));
    body.append(" |\n");
  }

  /** The incremental target: the @Paper file's one-file recompile ≤ 1.10× -proc:none, judged like the others. */
  private void incrementalTarget(Map<String, double[]> walls, boolean judged) {
    String uncited = "file without @Paper: ";
    String extra = "; file without @Paper " + fmt(median(walls.get(uncited + "papertrail processor"))
        / median(walls.get(uncited + "-proc:none")), 3) + "×, " + fmt(median(walls.get("@Paper file: -proc:none")), 2)
        + " s → " + fmt(median(walls.get("@Paper file: papertrail processor")), 2) + " s";
    compileTarget(String.format(Locale.ROOT, "one-file incremental recompile (a `@Paper` file of %,d classes, index"
            + " merged) ≤ 1.10× -proc:none (median wall)", config.classes()), walls, "@Paper file: papertrail processor",
        "@Paper file: -proc:none", 1.10, extra, judged);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Report

  private Map<String, String> reportSection(StringBuilder body) throws Exception {
    Path work = out.resolve("report-" + config.mode());
    deleteTree(work);
    Files.createDirectories(work);
    List<Map<String, String>> runs = new ArrayList<>();
    for (int i = 0; i < config.jvmRuns(); i++) {
      List<String> command = List.of(java, "-cp", classpath, "bench.ReportBench",
          Integer.toString(config.reportClasses()), Integer.toString(config.reportCitations()), work.toString(),
          Integer.toString(config.reportWarm()), Long.toString(SEED));
      Run run = timed(command, work, work.resolve("report.log"));
      if (run == null) {
        throw new IllegalStateException("the report harness failed (" + exitStatus() + "):\n" + Files.readString(work.resolve("report.log")));
      }
      Map<String, String> r = results(run.output());
      double cold = d(r, "catalogMillis") + d(r, "coldBuildMillis") + d(r, "coldWriteMillis");
      r.put("coldTotalMillis", Double.toString(cold));
      progress("report %d/%d: %,d citations over %,d classes: cold %.0f ms (catalog %.0f, build %.0f, write %.0f),"
              + " warm median %.0f ms", i + 1, config.jvmRuns(), config.reportCitations(), config.reportClasses(), cold,
          d(r, "catalogMillis"), d(r, "coldBuildMillis"), d(r, "coldWriteMillis"), d(r, "warmTotalMedianMillis"));
      runs.add(r);
    }
    Map<String, String> r = summarize(runs);
    double coldMin = runs.stream().mapToDouble(x -> d(x, "coldTotalMillis")).min().orElse(Double.NaN);

    body.append("## Report\n\n");
    body.append(String.format(Locale.ROOT, "`ReferencesBuilder.build` + `ReportFiles.write` (HTML, Markdown, JSON,"
        + " BibTeX) for one module, in a new JVM (%d JVM%s; medians): the first build+write is cold (class loading,"
        + " interpreter), like in a Maven build; then %d more in the same JVM give the warm median. Citations use the"
        + " generator's identifier forms, spread over the classes and their members.\n\n", config.jvmRuns(),
        config.jvmRuns() == 1 ? "" : "s", config.reportWarm()));
    body.append("| citations | classes | papers | bundled catalog (ms) | cold build (ms) | cold write, 4 files (ms)"
        + " | cold total, min (ms) | cold total, median (ms) | warm build+write, median (ms) | files written |\n");
    body.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    body.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s | %s | %s | %s | %s |\n\n",
        (int) d(r, "citations"), (int) d(r, "classes"), fmt(d(r, "papers"), 0),
        fmt(d(r, "catalogMillis"), 0), fmt(d(r, "coldBuildMillis"), 0), fmt(d(r, "coldWriteMillis"), 0),
        fmt(coldMin, 0), fmt(d(r, "coldTotalMillis"), 0),
        r.containsKey("warmTotalMedianMillis") ? fmt(d(r, "warmTotalMedianMillis"), 0) : "n/a", r.get("sizes")));
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // Identifiers

  private void identifierSection(StringBuilder body) throws Exception {
    Path work = out.resolve("identifiers-" + config.mode());
    deleteTree(work);
    Files.createDirectories(work);
    List<String> forms = new Forms(SEED).formsByEntry.stream().flatMap(f -> f.values().stream())
        .map(Forms.Form::written).distinct().toList();
    Path formsFile = work.resolve("forms.txt");
    Files.write(formsFile, forms, StandardCharsets.UTF_8);
    // The processor jars: they carry the id package as javac loads it, and a baseline has nothing else built.
    Map<String, Path> builds = new LinkedHashMap<>();
    builds.put("this checkout", processorJar);
    if (baselineJar != null) {
      builds.put("baseline", baselineJar);
    }
    Map<String, List<Map<String, String>>> runs = new LinkedHashMap<>();
    for (int i = 0; i < config.identifierJvms(); i++) {
      for (Map.Entry<String, Path> build : builds.entrySet()) {
        String cp = out.resolve("classes") + File.pathSeparator + build.getValue();
        List<String> command = List.of(java, "-cp", cp, "bench.IdentifierBench", formsFile.toString(),
            Integer.toString(config.identifierPasses()));
        Run run = timed(command, work, work.resolve("identifiers.log"));
        if (run == null && build.getKey().equals("baseline")) {
          // A build from before ParsedId cannot run the harness: its row says so, the run goes on.
          progress("identifiers %d/%d, baseline: the harness failed (%s), see %s", i + 1, config.identifierJvms(),
              exitStatus(), work.resolve("identifiers.log"));
          continue;
        }
        if (run == null) {
          throw new IllegalStateException("the identifier harness failed (" + exitStatus() + "):\n"
              + Files.readString(work.resolve("identifiers.log")));
        }
        Map<String, String> r = results(run.output());
        if (build.getKey().equals("this checkout") && d(r, "valid") != forms.size()) {
          throw new IllegalStateException("the identifier harness found " + r.get("valid") + " valid inputs, expected "
              + forms.size() + " (every form, no look-alike)");
        }
        progress("identifiers %d/%d, %s: %,.0f inputs, first parse %.1f ms, cold pass %.1f ms, warm %.0f ns per parse",
            i + 1, config.identifierJvms(), build.getKey(), d(r, "inputs"), d(r, "firstParseMillis"),
            d(r, "coldPassMillis"), d(r, "warmNanosPerParseMedian"));
        runs.computeIfAbsent(build.getKey(), k -> new ArrayList<>()).add(r);
      }
    }
    body.append("## Identifiers\n\n");
    body.append(String.format(Locale.ROOT, "`Identifier.parse` over every form the generated module cites and %d"
        + " look-alikes, in a new JVM with only a processor jar and the harness on the class path (%d JVM%s per build,"
        + " alternating; medians). **first parse** includes loading and setting up the `id` package; the **cold pass**"
        + " is the first parse of every input, as a build meets them; **warm** is the median of %d more passes.\n\n",
        IdentifierBench.LOOK_ALIKES.size(), config.identifierJvms(), config.identifierJvms() == 1 ? "" : "s",
        config.identifierPasses()));
    body.append("| build | inputs | valid | first parse (ms) | cold pass (ms) | warm (ns per parse) |\n");
    body.append("|---|---:|---:|---:|---:|---:|\n");
    Map<String, Map<String, String>> medians = new LinkedHashMap<>();
    runs.forEach((build, list) -> {
      Map<String, String> m = summarize(list);
      medians.put(build, m);
      body.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %s |\n", build, (int) d(m, "inputs"),
          (int) d(m, "valid"), fmt(d(m, "firstParseMillis"), 1), fmt(d(m, "coldPassMillis"), 1),
          fmt(d(m, "warmNanosPerParseMedian"), 0)));
    });
    if (baselineJar != null && !medians.containsKey("baseline")) {
      body.append("| baseline | n/a: the harness failed on the baseline's jar | | | | |\n");
    } else if (baselineJar != null) {
      Map<String, String> a = medians.get("this checkout");
      Map<String, String> b = medians.get("baseline");
      body.append(String.format(Locale.ROOT, "| this checkout ÷ baseline | | | %s× | %s× | %s× |\n",
          fmt(d(a, "firstParseMillis") / d(b, "firstParseMillis"), 3), fmt(d(a, "coldPassMillis") / d(b, "coldPassMillis"), 3),
          fmt(d(a, "warmNanosPerParseMedian") / d(b, "warmNanosPerParseMedian"), 3)));
    }
    body.append('\n');
  }

  // ---------------------------------------------------------------------------------------------
  // Catalogs

  private Map<Integer, Map<String, String>> catalogSection(StringBuilder body) throws Exception {
    Path work = out.resolve("catalogs-" + config.mode());
    deleteTree(work);
    Files.createDirectories(work);
    int full = config.catalogEntries();
    List<Integer> sizes = List.of(full / 100, full / 10, full);
    Map<Integer, Path> files = new LinkedHashMap<>();
    for (int size : sizes) {
      long t0 = System.nanoTime();
      Path file = work.resolve("catalog-" + size + ".json");
      GenerateCatalog.writeJson(file, GenerateCatalog.entries(size, SEED + size));
      files.put(size, file);
      progress("generated %s (%,d entries, %s) in %.1f s", file.getFileName(), size, mib(Files.size(file)),
          (System.nanoTime() - t0) / 1e9);
    }
    Path bib = work.resolve("catalog-" + config.bibtexEntries() + ".bib");
    GenerateCatalog.writeBibtex(bib, GenerateCatalog.entries(config.bibtexEntries(), SEED));
    progress("generated %s (%,d entries, %s)", bib.getFileName(), config.bibtexEntries(), mib(Files.size(bib)));
    boolean bibtexReader;
    try {
      Class.forName(CatalogBench.BIBTEX_READER);
      bibtexReader = true;
    } catch (ClassNotFoundException e) {
      bibtexReader = false;
    }

    Map<Integer, List<Map<String, String>>> loads = new LinkedHashMap<>();
    sizes.forEach(s -> loads.put(s, new ArrayList<>()));
    for (int r = 0; r < config.jvmRuns(); r++) {
      for (int size : sizes) {
        Map<String, String> result = load(files.get(size), "json", work);
        loads.get(size).add(result);
        progress("load %,d entries (run %d/%d): %s", size, r + 1, config.jvmRuns(),
            result.containsKey("oom") ? "OutOfMemoryError" : fmt(d(result, "loadMillis") / 1000, 2) + " s, "
                + mib(Long.parseLong(result.get("retainedBytes"))) + " heap after GC");
      }
    }
    Map<String, String> split = load(files.get(full), "json split", work);
    progress("split load of %,d entries: %s", full, split.containsKey("oom") ? "OutOfMemoryError"
        : "parse " + fmt(d(split, "parseMillis") / 1000, 2) + " s, index " + fmt(d(split, "indexMillis") / 1000, 2) + " s");
    List<Map<String, String>> buildLoads = new ArrayList<>();
    for (int r = 0; r < config.jvmRuns(); r++) {
      Map<String, String> result = load(files.get(full), "json-build", work);
      buildLoads.add(result);
      progress("load %,d entries as a build does (run %d/%d): %s", full, r + 1, config.jvmRuns(),
          result.containsKey("oom") ? "OutOfMemoryError" : fmt(d(result, "loadMillis") / 1000, 2) + " s");
    }
    List<Map<String, String>> bibLoads = new ArrayList<>();
    if (bibtexReader) {
      for (int r = 0; r < config.jvmRuns(); r++) {
        bibLoads.add(load(bib, "bibtex", work));
      }
    }

    body.append("## Large catalogs\n\n");
    body.append(String.format(Locale.ROOT, "Generated user catalogs (key, title, ids.arxiv, 1–6 authors, year), each"
            + " loaded by `Catalog.load` in a new JVM with `-Xmx1g` (%d run%s per size, sizes interleaved)."
            + " *Load* is the time to ready, cold (Jackson's classes load in it). *Heap after GC*: used heap after"
            + " the load and two `System.gc()`, catalog still referenced (MemoryMXBean). *Peak heap*: the sum of the"
            + " heap pools' peak usage during the load (an upper bound). *Max RSS*: the whole JVM, from"
            + " `/usr/bin/time -v`. Look-ups: %,d random present entries, each timed alone with `System.nanoTime`"
            + " (median; includes the timer's own cost, reported below), identifiers parsed beforehand, keys as fresh"
            + " strings; *100 hot ids*: a loop cycling through 100 ids only, whose memory stays in the CPU caches and"
            + " TLB (the look-up's own work, without the misses of a large working set), best of 5 loops; *mean in a loop*: the random look-ups in one loop without"
            + " the timer, best of 5 loops. *Of which GC*: collection time during the load (GC MXBeans)."
            + " *JSON full, as a build*: the largest file loaded as a Maven build or javac loads a user catalog,"
            + " read and merged after the bundled catalog (`Catalogs.bundledPlus`: the JSON file's own checks and"
            + " index, the merge, the merged index); the targets are judged on `Catalog.load`."
            + " BibTeX: the same measurements, the file read as a build reads a user catalog"
            + " (`CatalogSource.of(file).read()`, then `Catalog.of`).\n\n",
        config.jvmRuns(), config.jvmRuns() == 1 ? "" : "s", config.lookups()));
    body.append("| catalog | entries | file | load min (s) | load median (s) | of which GC (s) | µs per entry"
        + " | heap after GC | peak heap | max RSS | by id, median (ns) | by key, median (ns)"
        + " | by id, 100 hot ids, mean in a loop (ns) | by id, mean in a loop (ns) | by key, mean in a loop (ns) |\n");
    body.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<Integer, Map<String, String>> medians = new LinkedHashMap<>();
    String[] labels = {"JSON 1/100", "JSON 1/10", "JSON full"};
    String timer = null;
    for (int i = 0; i < sizes.size(); i++) {
      int size = sizes.get(i);
      Map<String, String> m = summarize(loads.get(size));
      medians.put(size, m);
      catalogRow(body, labels[i], size, Files.size(files.get(size)), m);
      if (m.containsKey("timerMedianNanos")) {
        timer = m.get("timerMedianNanos");
      }
    }
    catalogRow(body, "JSON full, as a build", full, Files.size(files.get(full)), summarize(buildLoads));
    if (bibtexReader) {
      bibtexMedians = summarize(bibLoads);
      catalogRow(body, "BibTeX", config.bibtexEntries(), Files.size(bib), bibtexMedians);
    } else {
      body.append(String.format(Locale.ROOT, "| BibTeX | %,d | %s | n/a (no BibTeX reader yet) | | | | | | | | | | | |\n",
          config.bibtexEntries(), mib(Files.size(bib))));
    }
    markdownRow(body, work);
    body.append("\n");
    if (timer != null) {
      body.append("An empty `System.nanoTime()` pair measures ").append(timer).append(" ns (median) on this machine.");
    }
    body.append(" GC: ").append(medians.get(full).getOrDefault("gc", "?")).append(".\n\n");
    body.append(String.format(Locale.ROOT, "*Markdown*: the same entries as a reading list shaped like public awesome"
        + " lists (badges, a table of contents, sections of %d under headings: bullet items with prose after the link,"
        + " numbered items with PDF and code links, tables `| Title | Paper | Code |`), read as a build reads a user"
        + " catalog (`CatalogSource.of(file).read()`: commonmark, the lenient reader and the awesome-list format, the"
        + " merge and keys; then `Catalog.of`); %d JVM%s, every item must load.\n\n",
        GenerateCatalog.MARKDOWN_SECTION_ITEMS, config.markdownRuns(), config.markdownRuns() == 1 ? "" : "s"));
    if (split.containsKey("parseMillis")) {
      body.append(String.format(Locale.ROOT, "Where the %,d-entry load's time goes (one more JVM, the load in two timed"
              + " steps): parsing the file into entries (`CatalogJson.read`, Jackson) %s s, of which GC %s s; indexing"
              + " them (`Catalog.of`: the key and identifier hash tables) %s s, of which GC %s s. (`Catalog.load` does"
              + " both in one pass: it records each entry's key and identifiers as the parser hands it over.)\n\n", full,
          fmt(d(split, "parseMillis") / 1000, 2), fmt(d(split, "parseGcMillis") / 1000, 2),
          fmt(d(split, "indexMillis") / 1000, 2), fmt(d(split, "indexGcMillis") / 1000, 2)));
    }
    return medians;
  }

  /** The BibTeX row's medians, for its target; null in a checkout without a BibTeX reader. */
  private Map<String, String> bibtexMedians;
  /**
   * The Markdown reading list: generated, loaded as a build loads a user catalog in
   * {@link Config#markdownRuns} JVMs, its row added to the catalog table; every item must load.
   */
  private void markdownRow(StringBuilder body, Path work) throws Exception {
    int items = config.markdownItems();
    Path md = work.resolve("reading-list-" + items + ".md");
    GenerateCatalog.writeMarkdown(md, GenerateCatalog.entries(items, SEED));
    progress("generated %s (%,d items, %s)", md.getFileName(), items, mib(Files.size(md)));
    List<Map<String, String>> loads = new ArrayList<>();
    for (int r = 0; r < config.markdownRuns(); r++) {
      Map<String, String> result = load(md, "markdown", work);
      if (!result.containsKey("oom") && (int) d(result, "entries") != items) {
        throw new IllegalStateException(md.getFileName() + " loaded " + result.get("entries") + " entries, not "
            + items + ": the Markdown reader missed or merged items");
      }
      loads.add(result);
      progress("load Markdown reading list of %,d items (run %d/%d): %s", items, r + 1, config.markdownRuns(),
          result.containsKey("oom") ? "OutOfMemoryError" : fmt(d(result, "loadMillis") / 1000, 2) + " s, CPU "
              + fmt(d(result, "loadCpuMillis") / 1000, 2) + " s");
    }
    markdownLoad = summarize(loads);
    catalogRow(body, "Markdown", items, Files.size(md), markdownLoad);
  }

  private Map<String, String> load(Path file, String format, Path work) throws Exception {
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-cp", classpath,
        "bench.CatalogBench", file.toString(), format.split(" ")[0], Integer.toString(config.lookups()),
        Long.toString(SEED)));
    if (format.endsWith(" split")) {
      command.add("split");
    }
    Path log = work.resolve("load.log");
    Run run = timed(command, work, log);
    String output = Files.readString(log);
    if (run == null) {
      if (output.contains("OutOfMemoryError")) {
        Map<String, String> oom = new LinkedHashMap<>();
        oom.put("oom", "true");
        return oom;
      }
      throw new IllegalStateException("loading " + file.getFileName() + " failed (" + exitStatus() + "):\n" + output);
    }
    Map<String, String> result = results(run.output());
    if (timeTool != null) {
      result.put("maxRssMiB", Double.toString(run.maxRssMiB()));
    }
    return result;
  }

  /** Medians of the numeric results of several runs (and the minimum load time). */
  private static Map<String, String> summarize(List<Map<String, String>> runs) {
    Map<String, String> m = new LinkedHashMap<>();
    if (runs.stream().anyMatch(r -> r.containsKey("oom"))) {
      m.put("oom", Long.toString(runs.stream().filter(r -> r.containsKey("oom")).count()));
      runs = runs.stream().filter(r -> !r.containsKey("oom")).toList();
      if (runs.isEmpty()) {
        return m;
      }
    }
    for (String key : runs.get(0).keySet()) {
      try {
        double[] values = runs.stream().mapToDouble(r -> Double.parseDouble(r.get(key))).toArray();
        m.put(key, Double.toString(median(values)));
        if (key.equals("loadMillis")) {
          m.put("loadMinMillis", Double.toString(min(values)));
        }
      } catch (NumberFormatException e) {
        m.put(key, runs.get(0).get(key));
      }
    }
    return m;
  }

  private static void catalogRow(StringBuilder body, String label, int entries, long bytes, Map<String, String> m) {
    if (!m.containsKey("loadMillis")) {
      body.append(String.format(Locale.ROOT, "| %s | %,d | %s | OutOfMemoryError with -Xmx1g | | | | | | | | | | | |\n",
          label, entries, mib(bytes)));
      return;
    }
    String oom = m.containsKey("oom") ? " (" + m.get("oom") + " run(s) OutOfMemoryError)" : "";
    body.append(String.format(Locale.ROOT, "| %s%s | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
        label, oom, entries, mib(bytes), fmt(d(m, "loadMinMillis") / 1000, 3), fmt(d(m, "loadMillis") / 1000, 3),
        fmt(d(m, "loadGcMillis") / 1000, 3), fmt(d(m, "loadMillis") * 1000 / entries, 2), mib((long) d(m, "retainedBytes")), mib((long) d(m, "peakPoolBytes")),
        m.containsKey("maxRssMiB") ? fmt(d(m, "maxRssMiB"), 0) + " MiB" : "n/a (no /usr/bin/time)",
        fmt(d(m, "byIdMedianNanos"), 0), fmt(d(m, "byKeyMedianNanos"), 0), fmt(d(m, "byIdHotMeanNanos"), 1),
        fmt(d(m, "byIdMeanNanos"), 0),
        fmt(d(m, "byKeyMeanNanos"), 0)));
  }

  // ---------------------------------------------------------------------------------------------
  // Migrate

  /**
   * {@code papertrail:migrate} (a dry run) over a generated Maven project, against a plain {@code
   * mvn validate} of the same project in the same rounds: Maven's start-up and project model, the
   * part of the migrate run that is not papertrail's. Both in a new Maven process per run, offline
   * and quiet, {@code target/} deleted before each run.
   */
  private Map<String, double[]> migrateSection(StringBuilder body) throws Exception {
    if (version == null) {
      throw new IllegalStateException("--version is needed for the migrate goal's coordinates");
    }
    Path work = out.resolve("migrate-" + config.mode());
    deleteTree(work);
    Path project = work.resolve("project");
    progress("generating a Maven project of %,d source files for papertrail:migrate", config.migrateFiles());
    GenerateTree.Summary tree = GenerateTree.generate(project, config.migrateFiles(), SEED);
    progress("generated %,d files, %,d lines, %,d paper references (%,d of bundled catalog papers), %,d links to"
            + " pages without a paper identifier", tree.files(), tree.lines(), tree.references(), tree.catalogReferences(),
        tree.nonPaperLinks());
    String sources = digest(project, tree.sources());
    String goal = "io.github.papertrail:papertrail-maven-plugin:" + version + ":migrate";
    Path target = project.resolve("target");

    // An untimed run with the log on (-X: the local repository Maven resolves the plugin from), to
    // check what migrate did and which plugin jar it ran.
    deleteTree(target);
    Path checkLog = work.resolve("migrate-check.log");
    Run check = timed(List.of(mvn, "-B", "-o", "-X", goal), project, checkLog);
    if (check == null) {
      throw new IllegalStateException("mvn " + goal + " failed (" + exitStatus() + "); see " + checkLog + "\n"
          + tail(Files.readString(checkLog), 40));
    }
    String summary = check.output().lines().map(l -> l.replaceFirst("^\\[INFO\\] ", ""))
        .filter(l -> l.startsWith("papertrail: migrate")).findFirst().orElseThrow(() -> new IllegalStateException(
            "mvn " + goal + " logged no line 'papertrail: migrate …'; see " + checkLog));
    verifyMigrate(project, sources, tree);
    String installed = installedPlugin(check.output());
    progress("check run: %s (%.1f s)", summary, check.wallSeconds());

    Map<String, List<String>> modes = new LinkedHashMap<>();
    modes.put("mvn validate", List.of(mvn, "-B", "-o", "-q", "validate"));
    modes.put("papertrail:migrate", List.of(mvn, "-B", "-o", "-q", goal));
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    modes.keySet().forEach(m -> runs.put(m, new ArrayList<>()));
    int rounds = config.warmupRounds() + migrateRuns;
    for (int round = 0; round < rounds; round++) {
      boolean warmup = round < config.warmupRounds();
      for (Map.Entry<String, List<String>> mode : modes.entrySet()) {
        deleteTree(target);
        Path log = work.resolve(mode.getKey().replace(':', '-').replace(' ', '-') + ".log");
        Run run = timed(mode.getValue(), project, log);
        if (run == null || run.output().contains("ERROR")) {
          throw new IllegalStateException(String.join(" ", mode.getValue().subList(1, mode.getValue().size()))
              + (run == null ? " failed (" + exitStatus() + ")" : " logged an error") + "; see " + log + "\n"
              + tail(Files.readString(log), 40));
        }
        if (mode.getKey().equals("papertrail:migrate")) {
          verifyMigrate(project, null, tree);
        } else if (Files.exists(target.resolve("papertrail"))) {
          throw new IllegalStateException("mvn validate ran papertrail: " + target.resolve("papertrail"));
        }
        progress("%s round %d/%d  %-20s %6.2f s", warmup ? "warm-up" : "timed", warmup ? round + 1
            : round - config.warmupRounds() + 1, warmup ? config.warmupRounds() : migrateRuns, mode.getKey(),
            run.wallSeconds());
        if (!warmup) {
          runs.get(mode.getKey()).add(run);
        }
      }
    }
    if (!digest(project, tree.sources()).equals(sources)) {
      throw new IllegalStateException("papertrail:migrate changed the sources of " + project + " in a dry run");
    }

    Map<String, double[]> walls = new LinkedHashMap<>();
    runs.forEach((name, list) -> walls.put(name, list.stream().mapToDouble(Run::wallSeconds).toArray()));
    double[] v = walls.get("mvn validate");
    double[] m = walls.get("papertrail:migrate");
    double[] part = new double[m.length];
    for (int i = 0; i < part.length; i++) {
      part[i] = m[i] - v[i];
    }
    body.append("## Migrate\n\n");
    body.append(String.format(Locale.ROOT, "`papertrail:migrate` (a dry run: it writes `target/papertrail/migrate.patch`"
            + " and `migrate.json`, and no source) over a generated Maven project without dependencies or plugins:"
            + " %,d source files in %d packages (%,d lines, %s), %,d paper references to %,d papers, %,d of them"
            + " papers of the bundled catalog, in %d styles (%s), and %,d links to pages without a paper identifier (repositories, API docs, articles;"
            + " proceedings PDFs, which migrate reports as references for a person). The"
            + " baseline is a plain `mvn validate` of the same project: Maven's start-up and project model, which any"
            + " goal pays. Each in a new Maven process, offline and quiet, `target/` deleted before each run; rounds"
            + " alternate validate, migrate, validate, …; %d timed round%s%s. **papertrail's part** is migrate −"
            + " validate (of the medians; per round in the last row). Before the rounds, one run with the log on"
            + " checks what migrate did: \"%s\".%s\n\n",
        tree.files(), tree.packages(), tree.lines(), mib(tree.bytes()), tree.references(), tree.distinctPapers(),
        tree.catalogReferences(), tree.styles().size(), formatForms(tree.styles()), tree.nonPaperLinks(),
        migrateRuns, migrateRuns == 1 ? "" : "s",
        config.warmupRounds() > 0 ? " after " + config.warmupRounds() + " discarded warm-up round" : "", summary,
        installed));
    body.append("| | mvn validate | papertrail:migrate | papertrail's part (migrate − validate) |\n");
    body.append("|---|---:|---:|---:|\n");
    body.append("| min wall (s) | ").append(fmt(min(v), 2)).append(" | ").append(fmt(min(m), 2)).append(" | ")
        .append(fmt(min(m) - min(v), 2)).append(" (min − min) |\n");
    body.append("| median wall (s) | ").append(fmt(median(v), 2)).append(" | ").append(fmt(median(m), 2)).append(" | ")
        .append(fmt(median(m) - median(v), 2)).append(" |\n");
    body.append("| spread (max−min)/median | ").append(fmt(100 * spread(v), 1)).append(" % | ")
        .append(fmt(100 * spread(m), 1)).append(" % | |\n");
    if (timeTool != null) {
      double[] cv = runs.get("mvn validate").stream().mapToDouble(Run::cpuSeconds).toArray();
      double[] cm = runs.get("papertrail:migrate").stream().mapToDouble(Run::cpuSeconds).toArray();
      walls.put("cpu mvn validate", cv);
      walls.put("cpu papertrail:migrate", cm);
      body.append("| median CPU user+sys (s) | ").append(fmt(median(cv), 2)).append(" | ").append(fmt(median(cm), 2))
          .append(" | ").append(fmt(median(cm) - median(cv), 2)).append(" |\n");
      double[] rv = runs.get("mvn validate").stream().mapToDouble(Run::maxRssMiB).toArray();
      double[] rm = runs.get("papertrail:migrate").stream().mapToDouble(Run::maxRssMiB).toArray();
      body.append("| median max RSS (MiB) | ").append(fmt(median(rv), 0)).append(" | ").append(fmt(median(rm), 0))
          .append(" | |\n");
    }
    body.append("| every round, wall (s) | ").append(joined(v)).append(" | ").append(joined(m)).append(" | ")
        .append(joined(part)).append(" (median ").append(fmt(median(part), 2)).append(") |\n");
    body.append("\nCommands (run in the generated project's folder): `mvn -B -o -q validate`; `mvn -B -o -q ")
        .append(goal).append("`; check run `mvn -B -o -X ").append(goal).append("`.\n\n");
    walls.put("part", part);
    return walls;
  }

  /** What migrate must have written; with the sources' digest, also that it changed none. */
  private static void verifyMigrate(Path project, String sources, GenerateTree.Summary tree) throws IOException {
    Path dir = project.resolve("target/papertrail");
    for (String name : List.of("migrate.patch", "migrate.json")) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("papertrail:migrate wrote no " + file);
      }
    }
    if (Files.size(dir.resolve("migrate.json")) == 0) {
      throw new IllegalStateException("papertrail:migrate wrote an empty " + dir.resolve("migrate.json"));
    }
    if (sources != null && !digest(project, tree.sources()).equals(sources)) {
      throw new IllegalStateException("papertrail:migrate changed the sources of " + project + " in a dry run");
    }
  }

  /**
   * A sentence on the plugin jar that Maven ran (from the local repository it logs with -X): the
   * migrate row measures the installed plugin, the other rows this checkout's jars.
   */
  private String installedPlugin(String debugLog) throws IOException {
    String repo = debugLog.lines().filter(l -> l.contains("Using local repository at "))
        .map(l -> l.substring(l.indexOf("Using local repository at ") + "Using local repository at ".length()).strip())
        .findFirst().orElse(null);
    if (repo == null || pluginJar == null) {
      return "";
    }
    Path jar = Path.of(repo, "io/github/papertrail/papertrail-maven-plugin", version,
        "papertrail-maven-plugin-" + version + ".jar");
    if (Files.isRegularFile(jar) && Files.isRegularFile(pluginJar)
        && Arrays.equals(Files.readAllBytes(jar), Files.readAllBytes(pluginJar))) {
      return " Maven ran the installed plugin jar, the same bytes as this checkout's `" + pluginJar.getParent()
          .getParent().getFileName() + "/target/" + pluginJar.getFileName() + "`.";
    }
    progress("warning: the papertrail-maven-plugin jar in the local Maven repository is not this checkout's build;"
        + " the migrate row measures the installed one (bench/run --build installs this checkout's)");
    return " **Maven ran an installed plugin jar that differs from this checkout's build** (`bench/run --build`"
        + " installs this checkout's).";
  }

  /** SHA-256 over the files' paths and contents. */
  private static String digest(Path root, List<String> files) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String file : files) {
        sha.update(file.getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(root.resolve(file)));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String joined(double[] values) {
    return String.join(" ", Arrays.stream(values).mapToObj(x -> fmt(x, 2)).toList());
  }

  private static String tail(String text, int lines) {
    List<String> all = text.lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** The migrate target: papertrail's part of a dry run over 1,500 files < 5 s (medians). */
  private void migrateTarget(Map<String, double[]> migrate, boolean judged) {
    double part = median(migrate.get("papertrail:migrate")) - median(migrate.get("mvn validate"));
    String measured = fmt(part, 2) + " s (migrate " + fmt(median(migrate.get("papertrail:migrate")), 2)
        + " s − validate " + fmt(median(migrate.get("mvn validate")), 2) + " s; median of the rounds' differences "
        + fmt(median(migrate.get("part")), 2) + " s";
    if (migrate.containsKey("cpu papertrail:migrate")) {
      measured += "; CPU time " + fmt(median(migrate.get("cpu papertrail:migrate"))
          - median(migrate.get("cpu mvn validate")), 2) + " s";
    }
    // Judged like the compile targets: a miss even for the most favourable pairing of runs (the fastest
    // migrate after the slowest validate) is a miss, a pass even for the least favourable one a pass; in
    // between, the medians decide only if both spreads are ≤ 10 %. With 5 runs or more, each mode's
    // slowest run is left out of these bounds (not of the medians).
    double[] m = trimmed(migrate.get("papertrail:migrate"));
    double[] v = trimmed(migrate.get("mvn validate"));
    double best = min(m) - max(v);
    double worst = max(m) - min(v);
    double spread = Math.max(spread(m), spread(v));
    measured += "; pairings of runs " + fmt(best, 2) + " to " + fmt(worst, 2) + " s, spread up to "
        + fmt(100 * spread, 0) + " %" + (m.length < migrate.get("mvn validate").length ? ", slowest run of each left out"
        : "") + ")";
    String verdict;
    if (!judged) {
      verdict = "not judged (small mode)";
    } else if (best >= 5) {
      verdict = "**no**";
    } else if (worst < 5) {
      verdict = "**yes**";
    } else if (spread <= 0.10) {
      verdict = part < 5 ? "**yes**" : "**no**";
    } else {
      verdict = "**inconclusive** (runs spread > 10 %: a busy machine); the medians say " + (part < 5 ? "yes" : "no");
    }
    md.append(String.format(Locale.ROOT, "| papertrail:migrate (dry run) of %,d files: papertrail's part (migrate − mvn"
        + " validate, median wall) < 5 s | %s | %s |\n", config.migrateFiles(), measured, verdict));
  }

  // ---------------------------------------------------------------------------------------------
  // Targets and environment

  private void targets(Map<String, double[]> walls, Map<String, String> report, Map<Integer, Map<String, String>> catalogs,
      Map<String, double[]> incremental, Map<String, double[]> migrate) {
    boolean judged = config.mode().equals("full");
    md.append("## Targets\n\n");
    if (!judged) {
      md.append("Small mode: the sizes are not the targets' sizes, so nothing is judged; the values are shown"
          + " only to prove that every step ran.\n\n");
    }
    md.append("| target | measured | met? |\n|---|---|---|\n");
    if (walls != null) {
      sectionTargets(walls, report, catalogs, judged);
    }
    if (incremental != null) {
      incrementalTarget(incremental, judged);
    }
    if (migrate != null) {
      migrateTarget(migrate, judged);
    }
    if (agentResults != null) {
      agentTarget(agentResults, judged);
    }
    md.append("\n");
  }

  private void sectionTargets(Map<String, double[]> walls, Map<String, String> report,
      Map<Integer, Map<String, String>> catalogs, boolean judged) {
    compileTarget("plugin mode ≤ 1.05× -proc:none (median wall)", walls, "papertrail plugin", "-proc:none", 1.05,
        "", judged);
    compileTarget("processor ≤ 1.05× the no-op processor (median wall)", walls, "papertrail processor",
        "no-op processor", 1.05, "; no-op itself " + fmt(median(walls.get("no-op processor"))
            / median(walls.get("-proc:none")), 3) + "× -proc:none", judged);
    double cold = d(report, "coldTotalMillis");
    target(String.format(Locale.ROOT, "report of %,d citations < 2 s (cold, median: bundled catalog + build + write)",
        config.reportCitations()), fmt(cold / 1000, 2) + " s (warm: "
        + (report.containsKey("warmTotalMedianMillis") ? fmt(d(report, "warmTotalMedianMillis") / 1000, 2) : "n/a")
        + " s)", cold < 2000, judged);
    int full = config.catalogEntries();
    Map<String, String> big = catalogs.get(full);
    boolean loaded = big.containsKey("loadMillis");
    target(String.format(Locale.ROOT, "%,d-entry JSON catalog loaded in < 2 s (median)", full),
        loaded ? fmt(d(big, "loadMillis") / 1000, 2) + " s" : "OutOfMemoryError with -Xmx1g",
        loaded && d(big, "loadMillis") < 2000, judged);
    target(String.format(Locale.ROOT, "%,d-entry JSON catalog in < 1 GiB heap (-Xmx1g, no OOM)", full),
        loaded ? mib((long) d(big, "retainedBytes")) + " after GC, peak ≤ " + mib((long) d(big, "peakPoolBytes"))
            + (big.containsKey("oom") ? ", " + big.get("oom") + " run(s) OOM" : "")
            : "OutOfMemoryError with -Xmx1g",
        loaded && !big.containsKey("oom") && d(big, "retainedBytes") < (1L << 30), judged);
    boolean bibLoaded = bibtexMedians != null && bibtexMedians.containsKey("loadMillis");
    target(String.format(Locale.ROOT, "%,d-entry BibTeX catalog loaded in < 2 s (median, as a build reads it)",
            config.bibtexEntries()),
        bibLoaded ? fmt(d(bibtexMedians, "loadMillis") / 1000, 2) + " s"
            : bibtexMedians == null ? "n/a (no BibTeX reader)" : "OutOfMemoryError with -Xmx1g",
        bibLoaded && d(bibtexMedians, "loadMillis") < 2000, judged);
    boolean mdLoaded = markdownLoad.containsKey("loadMillis");
    target(String.format(Locale.ROOT, "%,d-item Markdown reading list loaded in < 1 s (median of %d)",
            config.markdownItems(), config.markdownRuns()),
        mdLoaded ? fmt(d(markdownLoad, "loadMillis") / 1000, 2) + " s (min " + fmt(d(markdownLoad, "loadMinMillis") / 1000, 2)
            + " s; CPU time, all threads, median " + fmt(d(markdownLoad, "loadCpuMillis") / 1000, 2) + " s)"
            : "OutOfMemoryError with -Xmx1g",
        mdLoaded && d(markdownLoad, "loadMillis") < 1000, judged);
    Map<String, String> small = catalogs.get(full / 100);
    Map<String, String> middle = catalogs.get(full / 10);
    if (loaded && small.containsKey("byIdHotMeanNanos")) {
      // The look-up's own work (100 hot ids, in cache) must not grow with the catalog: a hash map
      // stays ~1×, a tree would be ~1.5× (log 1M / log 10k), a scan 100×. Random look-ups over the
      // whole catalog also pay cache misses, which grow with the working set, not with the algorithm.
      double hotRatio = d(big, "byIdHotMeanNanos") / d(small, "byIdHotMeanNanos");
      target(String.format(Locale.ROOT, "look-up O(1): by-id look-up of 100 hot ids (mean in a loop) at %,d entries ≤"
              + " 1.5× at %,d (a tree ≈ 1.5×, a scan 100×)", full, full / 100),
          String.format(Locale.ROOT, "%s → %s ns (%s×); random ids over the whole catalog (medians) %s → %s → %s ns,"
                  + " random keys %s → %s → %s ns (%,d → %,d → %,d entries: cache and TLB misses)",
              fmt(d(small, "byIdHotMeanNanos"), 1), fmt(d(big, "byIdHotMeanNanos"), 1), fmt(hotRatio, 2),
              fmt(d(small, "byIdMedianNanos"), 0), fmt(d(middle, "byIdMedianNanos"), 0),
              fmt(d(big, "byIdMedianNanos"), 0), fmt(d(small, "byKeyMedianNanos"), 0),
              fmt(d(middle, "byKeyMedianNanos"), 0), fmt(d(big, "byKeyMedianNanos"), 0), full / 100, full / 10,
              full),
          hotRatio <= 1.5, judged);
    } else {
      target("look-up O(1)", "not measured (load failed)", false, judged);
    }
  }

  /**
   * A wall-time ratio target, judged on the medians unless the machine's noise could flip it: when
   * even the most favourable pairing of runs (this mode's fastest over the base's slowest) misses,
   * it is a miss; when even the least favourable one (slowest over fastest) meets it, it is met;
   * in between, the medians decide only if every run of both modes lies within 10 % of its median's
   * range ((max − min) / median ≤ 10 %), and otherwise the verdict is "inconclusive". With 5 runs or
   * more, each mode's slowest run is left out of these bounds (not out of the medians): other work on
   * the machine only ever slows a run down, so one disturbed run must not hide a clear result.
   */
  private void compileTarget(String name, Map<String, double[]> walls, String mode, String base, double limit,
      String extra, boolean judged) {
    double ratio = median(walls.get(mode)) / median(walls.get(base));
    double[] m = trimmed(walls.get(mode));
    double[] b = trimmed(walls.get(base));
    double best = min(m) / max(b);
    double worst = max(m) / min(b);
    double spread = Math.max(spread(m), spread(b));
    String measured = fmt(ratio, 3) + "× (min ÷ min " + fmt(min(walls.get(mode)) / min(walls.get(base)), 3) + "×" + extra;
    if (cpuTimes.containsKey(mode)) {
      measured += "; CPU time " + fmt(median(cpuTimes.get(mode)) / median(cpuTimes.get(base)), 3) + "×";
    }
    measured += "; pairings of runs " + fmt(best, 3) + "–" + fmt(worst, 3) + "×, spread up to "
        + fmt(100 * spread, 0) + " %" + (m.length < walls.get(mode).length ? ", slowest run of each left out" : "") + ")";
    String verdict;
    if (!judged) {
      verdict = "not judged (small mode)";
    } else if (best > limit) {
      verdict = "**no**";
    } else if (worst <= limit) {
      verdict = "**yes**";
    } else if (spread <= 0.10) {
      verdict = ratio <= limit ? "**yes**" : "**no**";
    } else {
      verdict = "**inconclusive** (runs spread > 10 %: a busy machine); the medians say " + (ratio <= limit ? "yes" : "no");
    }
    md.append("| ").append(name).append(" | ").append(measured).append(" | ").append(verdict).append(" |\n");
  }

  /** Without the slowest run, when there are 5 or more. */
  private static double[] trimmed(double[] values) {
    if (values.length < 5) {
      return values;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return Arrays.copyOf(sorted, sorted.length - 1);
  }

  private static double spread(double[] values) {
    return (max(values) - min(values)) / median(values);
  }

  private void target(String name, String measured, boolean met, boolean judged) {
    md.append("| ").append(name).append(" | ").append(measured).append(" | ")
        .append(judged ? (met ? "**yes**" : "**no**") : "not judged (small mode)").append(" |\n");
  }

  private void environment(Instant started, double loadBefore, double loadAfter) throws Exception {
    String javaVersion = firstLine(capture(List.of(java, "-version")));
    String javacVersion = firstLine(capture(List.of(javac, "-version")));
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    md.append("| | |\n|---|---|\n");
    md.append("| date | ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" |\n");
    md.append("| papertrail | ").append(commit(Path.of(""))).append(" |\n");
    if (baselineDir != null) {
      md.append("| baseline (`--baseline`) | ").append(commit(baselineDir)).append(" |\n");
    }
    md.append("| JDK | ").append(javaVersion).append("; ").append(javacVersion).append(" |\n");
    md.append("| machine | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append(' ').append(System.getProperty("os.arch")).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ").append(mib(memory)).append(" RAM |\n");
    md.append("| load average (1 min) | ").append(fmt(loadBefore, 2)).append(" before, ").append(fmt(loadAfter, 2))
        .append(" after: anything above 0 is other work sharing the CPUs |\n");
    md.append("| command | `bench/run").append(config.mode().equals("small") ? " --small" : "")
        .append(baselineDir != null ? " --baseline DIR" : "")
        .append(only != null ? " --only " + only : "").append("` (").append(runsSentence()).append(") |\n\n");
  }

  /** "8 timed runs per mode", or the rounds of the one section that ran. */
  private String runsSentence() {
    int runs = only == null ? config.runs() : only.equals("migrate") ? migrateRuns
        : only.equals("agent") ? agentRuns() : incrementalRuns;
    String sentence = runs + " timed run" + (runs == 1 ? "" : "s") + " per mode";
    return only == null ? sentence + "; incremental row " + incrementalRuns + ", migrate row " + migrateRuns : sentence;
  }

  // ---------------------------------------------------------------------------------------------
  // papertrail-agent overhead

  /** The program of the agent row: an annotated method called in a hot loop, timed inside the JVM. */
  private static final String HOT_LOOP = """
      import io.github.papertrail.Paper;

      public final class HotLoop {
        @Paper("2106.09685")
        static long step(long x) {
          return x * 6364136223846793005L + 1442695040888963407L;
        }

        public static void main(String[] args) {
          long calls = Long.parseLong(args[0]);
          long x = 0;
          long start = System.nanoTime();
          for (long i = 0; i < calls; i++) {
            x = step(x);
          }
          long nanos = System.nanoTime() - start;
          System.out.println("RESULT loopMillis=" + nanos / 1e6);
          System.out.println("RESULT x=" + x);
        }
      }
      """;

  /** The small program whose start-up the agent row states: one cited type, one line printed. */
  private static final String HELLO = """
      import io.github.papertrail.Paper;

      @Paper("1706.03762")
      public final class Hello {
        public static void main(String[] args) {
          System.out.println("hello");
        }
      }
      """;

  /** Calls of the annotated method: the target is judged at 10^8. */
  private long agentCalls() {
    return config.mode().equals("full") ? 100_000_000L : 1_000_000L;
  }

  /** Timed rounds of the agent row: each round runs the five JVMs, alternating. */
  private int agentRuns() {
    return agentRuns;
  }

  /**
   * The hot loop and the small program, each in a new JVM without and with {@code -javaagent:} (writing
   * its JSON and BibTeX at exit), alternating in every round; medians of wall, CPU and the loop's own time.
   */
  private Map<String, double[]> agentSection(StringBuilder body) throws Exception {
    if (agentJar == null || !Files.isRegularFile(agentJar)) {
      throw new IllegalStateException("the agent row needs the papertrail-agent jar (" + agentJar
          + "): build papertrail first");
    }
    Path work = out.resolve("agent-" + config.mode());
    deleteTree(work);
    Files.createDirectories(work.resolve("src"));
    Files.writeString(work.resolve("src/HotLoop.java"), HOT_LOOP, StandardCharsets.UTF_8);
    Files.writeString(work.resolve("src/Hello.java"), HELLO, StandardCharsets.UTF_8);
    if (timed(List.of(javac, "--release", "17", "-proc:none", "-cp", annotationsJar.toString(), "-d", "classes",
        "src/HotLoop.java", "src/Hello.java"), work, work.resolve("javac.log")) == null) {
      throw new IllegalStateException("javac failed on the agent row's programs: see " + work.resolve("javac.log"));
    }
    String agent = "-javaagent:" + agentJar + "=out=";
    String calls = Long.toString(agentCalls());
    Map<String, List<String>> modes = new LinkedHashMap<>();
    modes.put("hot loop", List.of(java, "-cp", "classes", "HotLoop", calls));
    modes.put("hot loop, agent", List.of(java, agent + "hot.json", "-cp", "classes", "HotLoop", calls));
    modes.put("small program", List.of(java, "-cp", "classes", "Hello"));
    modes.put("small program, agent", List.of(java, agent + "hello.json", "-cp", "classes", "Hello"));
    modes.put("small program, agent without out=", List.of(java, "-javaagent:" + agentJar, "-cp", "classes",
        "Hello"));
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    modes.keySet().forEach(name -> runs.put(name, new ArrayList<>()));
    int rounds = config.warmupRounds() + agentRuns();
    for (int round = 0; round < rounds; round++) {
      boolean warmup = round < config.warmupRounds();
      for (Map.Entry<String, List<String>> mode : modes.entrySet()) {
        progress("agent %s %d/%d: %s", warmup ? "warm-up" : "round", warmup ? round + 1
            : round - config.warmupRounds() + 1, warmup ? config.warmupRounds() : agentRuns(), mode.getKey());
        Path log = work.resolve("run.log");
        Run run = timed(mode.getValue(), work, log);
        if (run == null) {
          throw new IllegalStateException(mode.getKey() + " failed (" + exitStatus() + "): see " + log);
        }
        if (!warmup) {
          runs.get(mode.getKey()).add(run);
        }
      }
    }
    for (String written : List.of("hot.json", "hello.json")) {
      String json = Files.readString(work.resolve(written), StandardCharsets.UTF_8);
      if (!json.contains(written.equals("hot.json") ? "HotLoop#step(long)" : "\"element\": \"Hello\"")) {
        throw new IllegalStateException("the agent did not record the program's citation: " + work.resolve(written));
      }
    }
    Map<String, double[]> wall = new LinkedHashMap<>();
    Map<String, double[]> cpu = new LinkedHashMap<>();
    Map<String, double[]> loop = new LinkedHashMap<>();
    runs.forEach((name, list) -> {
      wall.put(name, list.stream().mapToDouble(Run::wallSeconds).toArray());
      cpu.put(name, list.stream().mapToDouble(Run::cpuSeconds).toArray());
      loop.put(name, list.stream().mapToDouble(r -> d(results(r.output()), "loopMillis")).toArray());
    });
    body.append("## papertrail-agent\n\n");
    body.append(String.format(Locale.ROOT, "A loop calling an annotated method %,d times (the loop timed inside the"
        + " JVM), and a small program with one cited type, each in a new JVM without and with"
        + " `-javaagent:papertrail-agent.jar=out=FILE` (the agent writes its JSON and BibTeX at exit; the last column without `out=`: attached,"
        + " recording, writing nothing), all"
        + " alternating in each of %d round%s%s:%n%n", agentCalls(), agentRuns(), agentRuns() == 1 ? "" : "s",
        config.warmupRounds() > 0 ? " after " + config.warmupRounds() + " discarded warm-up round" : ""));
    body.append("| |");
    modes.keySet().forEach(name -> body.append(" ").append(name).append(" |"));
    body.append("\n|---|").append("---:|".repeat(modes.size())).append("\n");
    row(body, "median loop (ms)", loop, w -> Double.isNaN(median(w)) ? "" : fmt(median(w), 1));
    row(body, "min loop (ms)", loop, w -> Double.isNaN(median(w)) ? "" : fmt(min(w), 1));
    row(body, "median wall (s)", wall, w -> fmt(median(w), 3));
    row(body, "median CPU user+sys (s)", cpu, w -> fmt(median(w), 2));
    body.append("\n");
    Map<String, double[]> all = new LinkedHashMap<>();
    wall.forEach((name, w) -> all.put("wall " + name, w));
    cpu.forEach((name, w) -> all.put("cpu " + name, w));
    loop.forEach((name, w) -> all.put("loop " + name, w));
    return all;
  }

  private void agentTarget(Map<String, double[]> agent, boolean judged) {
    double loop = median(agent.get("loop hot loop, agent")) / median(agent.get("loop hot loop"));
    double wall = median(agent.get("wall hot loop, agent")) / median(agent.get("wall hot loop"));
    double cpu = median(agent.get("cpu hot loop, agent")) / median(agent.get("cpu hot loop"));
    double startWall = median(agent.get("wall small program, agent")) - median(agent.get("wall small program"));
    double startCpu = median(agent.get("cpu small program, agent")) - median(agent.get("cpu small program"));
    double attachWall = median(agent.get("wall small program, agent without out="))
        - median(agent.get("wall small program"));
    target(String.format(Locale.ROOT, "papertrail-agent: a hot loop of %,d calls of an annotated method ≤ 1 %% slower"
        + " (median loop time)", agentCalls()), String.format(Locale.ROOT, "%+.2f %% (%s → %s ms); whole JVM:"
        + " wall %.3f×, CPU %.3f× (these include the agent's start-up and exit)", (loop - 1) * 100,
        fmt(median(agent.get("loop hot loop")), 1), fmt(median(agent.get("loop hot loop, agent")), 1), wall, cpu),
        loop <= 1.01, judged);
    md.append(String.format(Locale.ROOT, "| papertrail-agent start-up and exit on a small program (stated, no target)"
        + " | +%.3f s wall (%s → %s s), +%.2f s CPU; without `out=` (attach and record only) +%.3f s wall | |%n",
        startWall, fmt(median(agent.get("wall small program")), 3),
        fmt(median(agent.get("wall small program, agent")), 3), startCpu, attachWall));
  }

  // ---------------------------------------------------------------------------------------------
  // Processes and numbers

  /** Runs a command, returns its timings and output, or null when it exits non-zero. */
  private Run timed(List<String> command, Path dir, Path log) throws Exception {
    List<String> full = new ArrayList<>();
    Path times = null;
    if (timeTool != null) {
      times = Files.createTempFile(out, "time", ".txt");
      full.addAll(List.of(timeTool, "-f", "%e %U %S %M", "-o", times.toString()));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.HOURS)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log);
    double cpu = Double.NaN;
    double rss = Double.NaN;
    if (times != null) {
      String[] fields = Files.readString(times).strip().split("\\s+");
      Files.deleteIfExists(times);
      String[] last = fields.length >= 4 ? Arrays.copyOfRange(fields, fields.length - 4, fields.length) : null;
      if (last != null) {
        try {
          cpu = Double.parseDouble(last[1]) + Double.parseDouble(last[2]);
          rss = Double.parseDouble(last[3]) / 1024;
        } catch (NumberFormatException e) {
          // "Command exited with non-zero status" and no numbers: left NaN
        }
      }
    }
    lastExit = process.exitValue();
    return lastExit == 0 ? new Run(wall, cpu, rss, output) : null;
  }

  /** The short commit of the checkout in dir, "unknown" outside git, with a note when it has uncommitted changes. */
  private static String commit(Path dir) {
    String commit = firstLine(capture(List.of("git", "-C", dir.toAbsolutePath().toString(), "rev-parse", "--short", "HEAD")));
    String dirty = capture(List.of("git", "-C", dir.toAbsolutePath().toString(), "status", "--porcelain",
        "--untracked-files=no")).isBlank() ? "" : " (with uncommitted changes)";
    return commit.isBlank() ? "unknown" : commit + dirty;
  }

  /** "exit status 1", or "killed by signal 15" for a process that a signal ended. */
  private String exitStatus() {
    return lastExit > 128 ? "exit status " + lastExit + ": killed by signal " + (lastExit - 128)
        : "exit status " + lastExit;
  }

  private static String capture(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.waitFor() == 0 ? text : "";
    } catch (IOException | InterruptedException e) {
      return "";
    }
  }

  private static Map<String, String> results(String output) {
    Map<String, String> results = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("RESULT ")) {
        int eq = line.indexOf('=');
        results.put(line.substring(7, eq), line.substring(eq + 1).strip());
      }
    }
    return results;
  }

  private static String formatForms(Map<String, Integer> forms) {
    return String.join(", ", forms.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + e.getValue()).toList());
  }

  private static void row(StringBuilder body, String label, Map<String, double[]> values,
      java.util.function.Function<double[], String> cell) {
    body.append("| ").append(label);
    values.values().forEach(v -> body.append(" | ").append(cell.apply(v)));
    body.append(" |\n");
  }

  /** A ratio row: each papertrail column over its baseline column, the other cells empty. */
  private static void baselineRow(StringBuilder body, String label, Map<String, double[]> values,
      java.util.function.ToDoubleFunction<double[]> stat) {
    body.append("| ").append(label);
    values.forEach((name, v) -> body.append(" | ").append(!name.startsWith("papertrail") ? ""
        : fmt(stat.applyAsDouble(v) / stat.applyAsDouble(values.get(name.replace("papertrail", "baseline"))), 3) + "×"));
    body.append(" |\n");
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static double d(Map<String, String> map, String key) {
    String value = map.get(key);
    return value == null ? Double.NaN : Double.parseDouble(value);
  }

  private static String fmt(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MiB", bytes / 1048576.0);
  }

  private static String firstLine(String text) {
    String strip = text.strip();
    int nl = strip.indexOf('\n');
    return nl < 0 ? strip : strip.substring(0, nl);
  }

  private static void progress(String format, Object... args) {
    System.out.println("bench: " + String.format(Locale.ROOT, format, args));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
