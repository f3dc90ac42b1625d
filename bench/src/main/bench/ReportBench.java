package bench;
import io.github.papertrail.catalog.format.CatalogFiles;
import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.report.Citation;
import io.github.papertrail.report.References;
import io.github.papertrail.report.ReferencesBuilder;
import io.github.papertrail.report.ReportFiles;
import io.github.papertrail.report.SourceLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The report of one module in a fresh JVM, as {@code papertrail:report} makes it: the catalogs, then
 * {@link ReferencesBuilder#build} and {@link ReportFiles#write} (HTML, Markdown, JSON, BibTeX). The
 * first build+write is cold (class loading, interpreter), like a Maven build; then a few more
 * give the warm time. Prints {@code RESULT name=value} lines.
 *
 * <p>Usage: {@code ReportBench CLASSES CITATIONS OUT_DIR WARM_ITERATIONS SEED}
 */
public final class ReportBench {

  private static final String[] MEMBERS = {"#EPS", "#" + "<init>(int,long)", "#forward(float[])", "#softmax(float[])",
      "#layerNormLoss(float[],float[])", "#step(float[],float)", "#score(float[])"};
  private static final String[] KINDS = {"FIELD", "CONSTRUCTOR", "METHOD", "METHOD", "METHOD", "METHOD", "METHOD"};

  private ReportBench() {}

  public static void main(String[] args) throws Exception {
    int classes = Integer.parseInt(args[0]);
    int citations = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    int warm = Integer.parseInt(args[3]);
    long seed = Long.parseLong(args[4]);

    long t0 = System.nanoTime();
    Catalogs catalogs = CatalogFiles.bundledPlus(List.of());
    long catalogNanos = System.nanoTime() - t0;

    List<Citation> list = citations(classes, citations, seed);
    SourceLinks links = SourceLinks.under(Map.of("bench", "../../src/main/java/"));

    long b0 = System.nanoTime();
    References references = ReferencesBuilder.build("Paper references: bench", list, catalogs);
    long b1 = System.nanoTime();
    Map<String, Path> files = ReportFiles.write(references, links, out.resolve("cold"));
    long b2 = System.nanoTime();
    result("citations", list.size());
    result("classes", references.classes().size());
    result("papers", references.papers().size());
    result("catalogMillis", catalogNanos / 1e6);
    result("coldBuildMillis", (b1 - b0) / 1e6);
    result("coldWriteMillis", (b2 - b1) / 1e6);
    long bytes = 0;
    StringBuilder sizes = new StringBuilder();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      long size = Files.size(file.getValue());
      bytes += size;
      sizes.append(sizes.length() == 0 ? "" : ", ").append(file.getKey()).append(' ').append(size / 1024).append(" KiB");
    }
    result("files", files.size());
    result("bytes", bytes);
    result("sizes", sizes);

    double[] totals = new double[warm];
    double[] builds = new double[warm];
    for (int i = 0; i < warm; i++) {
      long w0 = System.nanoTime();
      References again = ReferencesBuilder.build("Paper references: bench", list, catalogs);
      long w1 = System.nanoTime();
      ReportFiles.write(again, links, out.resolve("warm"));
      long w2 = System.nanoTime();
      builds[i] = (w1 - w0) / 1e6;
      totals[i] = (w2 - w0) / 1e6;
    }
    if (warm > 0) {
      result("warmBuildMedianMillis", median(builds));
      result("warmTotalMedianMillis", median(totals));
      result("warmIterations", warm);
    }
  }

  /** {@code citations} citations over {@code classes} classes of one module, in the generator's forms. */
  static List<Citation> citations(int classes, int citations, long seed) {
    Forms forms = new Forms(seed);
    List<Citation> list = new ArrayList<>(citations);
    for (int i = 0; i < citations; i++) {
      int c = i % classes; // every class gets its share; the first citations of each are on the class
      String owner = GenerateModule.packageName(c) + "." + GenerateModule.className(c);
      String source = owner.replace('.', '/') + ".java";
      Forms.Cite cite = forms.next();
      boolean onClass = i < classes;
      int member = forms.random().nextInt(MEMBERS.length);
      String element = onClass ? owner : owner + MEMBERS[member];
      String kind = onClass ? "CLASS" : KINDS[member];
      int line = onClass ? 6 : 12 + member * 14;
      list.add(new Citation("bench", element, kind, source, line, cite.form().written(), cite.role(),
          cite.section(), cite.note(), cite.title()));
    }
    return list;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void result(String name, Object value) {
    System.out.println("RESULT " + name + "=" + value);
  }
}
