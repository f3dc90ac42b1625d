package bench;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.Catalog;
import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.format.CatalogJson;
import io.github.papertrail.id.Identifier;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One catalog load in a fresh JVM (the benchmark starts it with {@code -Xmx1g}): time to ready,
 * heap after a GC, peak heap, then look-up latency by identifier and by key. Prints
 * {@code RESULT name=value} lines.
 *
 * <p>Usage: {@code CatalogBench FILE json|bibtex|markdown LOOKUPS SEED [split]}; {@code split} reads the file and
 * indexes the entries in two timed steps instead of one {@code Catalog.load}.
 */
public final class CatalogBench {

  static final String BIBTEX_READER = "io.github.papertrail.catalog.format.BibtexCatalogReader";

  private CatalogBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String format = args[1];
    int lookups = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);

    boolean split = args.length > 4 && args[4].equals("split");
    long gcBefore = gcMillis();
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    Catalog catalog;
    if (split) {
      // where the load's time goes: parsing the file, then indexing the entries (Catalog.load does both)
      List<CatalogEntry> read;
      try (InputStream in = Files.newInputStream(file)) {
        read = CatalogJson.read(in, file.toString());
      }
      long parsed = System.nanoTime();
      long gcParsed = gcMillis();
      catalog = Catalog.of(read, file.toString());
      result("parseMillis", (parsed - start) / 1e6);
      result("parseGcMillis", gcParsed - gcBefore);
      result("indexMillis", (System.nanoTime() - parsed) / 1e6);
      result("indexGcMillis", gcMillis() - gcParsed);
    } else {
      catalog = switch (format) {
        case "bibtex" -> loadBibtex(file);
        case "markdown" -> loadMarkdown(file);
        case "json-build" -> loadAsBuild(file);
        default -> CatalogFiles.load(file);
      };
    }
    long loadNanos = (format.equals("json-build") ? asBuildReadyAt : System.nanoTime()) - start;
    long gcDuring = gcMillis() - gcBefore;
    long cpuDuring = processCpuNanos() - cpuBefore;
    int size = catalog.size();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    result("entries", size);
    result("loadMillis", loadNanos / 1e6);
    result("loadGcMillis", gcDuring);
    result("loadCpuMillis", cpuDuring / 1e6);
    result("retainedBytes", retained);
    result("peakPoolBytes", peak);
    result("maxHeapBytes", Runtime.getRuntime().maxMemory());
    result("gc", String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()));

    // Look-ups of entries present, in random order. Identifiers are parsed beforehand (the caller
    // parses once); keys are fresh String copies, so each look-up hashes and compares like a caller's.
    SplittableRandom random = new SplittableRandom(seed);
    List<CatalogEntry> entries = catalog.entries();
    Identifier[] ids = new Identifier[lookups];
    String[] keys = new String[lookups];
    for (int i = 0; i < lookups; i++) {
      CatalogEntry entry = entries.get(random.nextInt(entries.size()));
      while (entry.ids().all().isEmpty()) { // the bundled catalog, merged in as a build does, has a few without
        entry = entries.get(random.nextInt(entries.size()));
      }
      ids[i] = Identifier.parse(entry.ids().all().get(0).replaceFirst("^arxiv:", "")).orElseThrow();
      keys[i] = new String(entry.key().toCharArray());
    }
    // 100 ids: their hash-table slots, nodes and strings stay in the caches and the TLB even in a 1M-entry
    // heap (1,000 random ids of a 700 MB heap already span ~4,000 pages, more than the TLB holds)
    int hot = Math.min(100, lookups);
    Identifier[] hotIds = new Identifier[lookups];
    for (int i = 0; i < lookups; i++) {
      hotIds[i] = ids[i % hot];
    }
    long[] byId = new long[lookups];
    long[] byKey = new long[lookups];
    long[] empty = new long[lookups];
    // Warm-up: the timed methods below run many times on slices first, so that the JIT has compiled
    // them (not just an on-stack replacement of one long loop) before the measured calls.
    long sink = 0;
    int slice = Math.min(1_000, lookups);
    for (int round = 0; round < 300; round++) {
      int from = random.nextInt(lookups - slice + 1);
      sink += timeById(catalog, ids, from, from + slice, byId);
      sink += timeByKey(catalog, keys, from, from + slice, byKey);
      timeEmpty(from, from + slice, empty);
      sink += loopById(catalog, ids, from, from + slice) + loopByKey(catalog, keys, from, from + slice)
          + loopById(catalog, hotIds, from, from + slice);
    }
    // Measured: every look-up timed alone (random ids, random keys, then the timer
    // alone), then the loops without the per-call timer, best of 5 (a loop that the scheduler
    // interrupts on a busy machine is longer, never shorter), and the loop over 100 hot ids.
    sink += timeById(catalog, ids, 0, lookups, byId);
    sink += timeByKey(catalog, keys, 0, lookups, byKey);
    timeEmpty(0, lookups, empty);
    long loopId = Long.MAX_VALUE;
    long loopKey = Long.MAX_VALUE;
    long loopHot = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      sink += loopById(catalog, ids, 0, lookups);
      long t1 = System.nanoTime();
      sink += loopByKey(catalog, keys, 0, lookups);
      long t2 = System.nanoTime();
      sink += loopById(catalog, hotIds, 0, lookups);
      long t3 = System.nanoTime();
      loopId = Math.min(loopId, t1 - t0);
      loopKey = Math.min(loopKey, t2 - t1);
      loopHot = Math.min(loopHot, t3 - t2);
    }
    result("lookups", lookups);
    result("byIdMedianNanos", median(byId));
    result("byKeyMedianNanos", median(byKey));
    result("timerMedianNanos", median(empty));
    result("byIdHotMeanNanos", (double) loopHot / lookups);
    result("byIdMeanNanos", (double) loopId / lookups);
    result("byKeyMeanNanos", (double) loopKey / lookups);
    result("sink", sink);
    java.lang.ref.Reference.reachabilityFence(catalog);
  }

  /**
   * The file loaded as a build loads a user catalog: read, merged after the bundled catalog, indexed
   * ({@code Catalogs.bundledPlus}). The look-ups below need a {@code Catalog}: the merged entries
   * are indexed again, after the clock has stopped.
   */
  static Catalog loadAsBuild(Path file) {
    io.github.papertrail.catalog.Catalogs catalogs = io.github.papertrail.catalog.format.CatalogFiles.bundledPlus(List.of(file));
    asBuildReadyAt = System.nanoTime();
    return Catalog.of(catalogs.entries(), file.toString());
  }

  /** When {@link #loadAsBuild}'s load proper ended: its load time stops there. */
  static long asBuildReadyAt;

  /**
   * Through the BibTeX reader, the way a build reads a user catalog file when the checkout has that
   * API ({@code CatalogSource.of(file).read()}, then {@code Catalog.of}); else through
   * {@code BibtexCatalogReader} itself: a public static method taking {@code (String name, String
   * content)}, a {@link Path}, or an {@link InputStream} or {@link Reader} and a name, that returns a
   * {@link Catalog}, a list of entries or a result with {@code entries()}. Called by reflection, so
   * that the benchmark still compiles against a checkout without a BibTeX reader.
   */
  static Catalog loadBibtex(Path file) throws Exception {
    try {
      Class<?> source = Class.forName("io.github.papertrail.catalog.format.CatalogSource");
      Object of = source.getMethod("of", Path.class).invoke(null, file);
      Object load = source.getMethod("read").invoke(of);
      return catalogOf(load, file);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      // an older API: the reader alone
    }
    Class<?> reader = Class.forName(BIBTEX_READER);
    for (Method method : reader.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Class<?>[] params = method.getParameterTypes();
      Object result;
      if (params.length == 2 && params[0] == String.class && params[1] == String.class) {
        result = method.invoke(null, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      } else if (params.length == 1 && params[0] == Path.class) {
        result = method.invoke(null, file);
      } else if (params.length == 2 && params[0] == InputStream.class && params[1] == String.class) {
        try (InputStream in = Files.newInputStream(file)) {
          result = method.invoke(null, in, file.toString());
        }
      } else if (params.length == 2 && params[0] == Reader.class && params[1] == String.class) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          result = method.invoke(null, in, file.toString());
        }
      } else {
        continue;
      }
      Catalog catalog = catalogOf(result, file);
      if (catalog != null) {
        return catalog;
      }
    }
    throw new IllegalStateException(BIBTEX_READER + " has no public static method the benchmark knows how to call");
  }

  /**
   * A Markdown reading list read as a build reads a user catalog ({@code CatalogSource.of(file).read()},
   * then {@code Catalog.of}). Called directly: the harness is compiled against this checkout.
   */
  static Catalog loadMarkdown(Path file) {
    io.github.papertrail.catalog.CatalogLoad load = io.github.papertrail.catalog.format.CatalogSource.of(file).read();
    if (!load.problems().isEmpty()) {
      throw new IllegalStateException(file + ": the Markdown reader reports " + load.problems().size()
          + " problems, first: " + load.problems().get(0));
    }
    return Catalog.of(load.entries(), file.toString());
  }

  /** A Catalog, a List of entries, or an object with entries() (and problems(), which must be empty). */
  private static Catalog catalogOf(Object result, Path file) throws Exception {
    if (result instanceof Catalog catalog) {
      return catalog;
    }
    Object entries = result;
    if (!(result instanceof List<?>)) {
      try {
        entries = result.getClass().getMethod("entries").invoke(result);
        Object problems = result.getClass().getMethod("problems").invoke(result);
        if (problems instanceof List<?> list && !list.isEmpty()) {
          throw new IllegalStateException(file + ": the BibTeX reader reports " + list.size() + " problems, first: "
              + list.get(0));
        }
      } catch (NoSuchMethodException e) {
        return null;
      }
    }
    if (entries instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof CatalogEntry)) {
      @SuppressWarnings("unchecked")
      List<CatalogEntry> typed = (List<CatalogEntry>) list;
      return Catalog.of(typed, file.toString());
    }
    return null;
  }

  private static long timeById(Catalog catalog, Identifier[] ids, int from, int to, long[] nanos) {
    long found = 0;
    for (int i = from; i < to; i++) {
      long t0 = System.nanoTime();
      List<CatalogEntry> entries = catalog.lookup(ids[i]);
      long t1 = System.nanoTime();
      nanos[i] = t1 - t0;
      if (entries.isEmpty()) {
        throw new IllegalStateException("look-up of " + ids[i] + " found nothing");
      }
      found += entries.size();
    }
    return found;
  }

  private static long timeByKey(Catalog catalog, String[] keys, int from, int to, long[] nanos) {
    long found = 0;
    for (int i = from; i < to; i++) {
      long t0 = System.nanoTime();
      boolean present = catalog.byKey(keys[i]).isPresent();
      long t1 = System.nanoTime();
      nanos[i] = t1 - t0;
      if (!present) {
        throw new IllegalStateException("no entry under key " + keys[i]);
      }
      found++;
    }
    return found;
  }

  private static void timeEmpty(int from, int to, long[] nanos) {
    for (int i = from; i < to; i++) {
      long t0 = System.nanoTime();
      long t1 = System.nanoTime();
      nanos[i] = t1 - t0;
    }
  }

  private static long loopById(Catalog catalog, Identifier[] ids, int from, int to) {
    long found = 0;
    for (int i = from; i < to; i++) {
      found += catalog.lookup(ids[i]).size();
    }
    return found;
  }

  private static long loopByKey(Catalog catalog, String[] keys, int from, int to) {
    long found = 0;
    for (int i = from; i < to; i++) {
      found += catalog.byKey(keys[i]).isPresent() ? 1 : 0;
    }
    return found;
  }

  /** CPU time of the whole JVM so far (every thread: the JIT's and the GC's too), or 0 if unknown. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void result(String name, Object value) {
    System.out.println("RESULT " + name + "=" + value);
  }
}
