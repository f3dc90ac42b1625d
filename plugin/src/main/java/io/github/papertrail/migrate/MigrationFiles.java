package io.github.papertrail.migrate;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.io.AtomicFiles;
import io.github.papertrail.report.BibtexExport;
import io.github.papertrail.report.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link Migration.Plan} becomes on disk: the patch ({@code migrate.patch}, a unified diff
 * that {@code git apply} and {@code patch -p1} take in {@code root}, inside a repository's
 * subfolder too), the record ({@code migrate.json}), and in an applied run the edited sources and
 * the generated catalog. Each file is written whole or not at all.
 */
public final class MigrationFiles {

  /** The first line of a generated catalog. */
  static final String CATALOG_HEADER =
      "% Papers that papertrail:migrate found in comments and that no catalog held.\n"
          + "% Check each entry; edit it freely: migrate only appends.\n";

  /** The note of an entry whose title no comment gives. */
  static final String UNTITLED_NOTE =
      "The comments give no title: write it in the title field, which holds the identifier.";

  private final Migration.Plan plan;
  private final Path root;
  private final Path catalog;
  private final String catalogBefore;
  private final String catalogAfter;

  /**
   * @param root the directory paths are relative to (where {@code mvn} ran)
   * @param catalog the generated catalog file
   * @throws IOException when the generated catalog exists and cannot be read
   */
  public MigrationFiles(Migration.Plan plan, Path root, Path catalog) throws IOException {
    this.plan = plan;
    this.root = root.toAbsolutePath().normalize();
    this.catalog = catalog.toAbsolutePath().normalize();
    this.catalogBefore =
        Files.isRegularFile(catalog) ? Files.readString(catalog, StandardCharsets.UTF_8) : null;
    this.catalogAfter = catalogText(catalogBefore, plan.newEntries(), plan.untitled());
  }

  /** The generated catalog's text after {@code entries} are appended to {@code before}. */
  static String catalogText(String before, List<CatalogEntry> entries, Set<String> untitled) {
    if (entries.isEmpty()) {
      return before;
    }
    String start = before == null ? CATALOG_HEADER : before;
    if (!start.isEmpty() && !start.endsWith("\n")) {
      start += "\n";
    }
    return start
        + BibtexExport.entries(entries, e -> untitled.contains(e.key()) ? UNTITLED_NOTE : null);
  }

  /** A path as the patch and the record write it: relative to {@code root}, with '/'. */
  public String relative(Path file) {
    return UnifiedDiff.relative(root, file);
  }

  /** The unified diff of every change, sources in plan order, then the generated catalog. */
  public String patch() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<SourceFile, String> e : plan.edited().entrySet()) {
      out.append(
          UnifiedDiff.traditional(
              UnifiedDiff.of(relative(e.getKey().path()), e.getKey().text(), e.getValue())));
    }
    if (!plan.newEntries().isEmpty()) {
      String path = relative(catalog);
      if (catalogBefore == null) {
        out.append(newFile(path, catalogAfter));
      } else {
        out.append(UnifiedDiff.traditional(UnifiedDiff.of(path, catalogBefore, catalogAfter)));
      }
    }
    return out.toString();
  }

  /** The diff that creates a file. */
  static String newFile(String path, String text) {
    List<String> lines = UnifiedDiff.lines(text);
    StringBuilder out =
        new StringBuilder("--- /dev/null\n+++ b/")
            .append(path)
            .append("\n@@ -0,0 +1")
            .append(lines.size() == 1 ? "" : "," + lines.size())
            .append(" @@\n");
    for (String line : lines) {
      out.append('+').append(line);
      if (!line.endsWith("\n")) {
        out.append("\n\\ No newline at end of file\n");
      }
    }
    return out.toString();
  }

  /** The record of the run, as JSON: the summary, and each annotation, entry and problem. */
  public byte[] json() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files", plan.files().size());
    summary.put("skippedFiles", plan.skipped().size());
    summary.put("references", plan.references());
    summary.put("annotations", plan.annotations().size());
    summary.put("newEntries", plan.newEntries().size());
    summary.put("needsPerson", plan.needsPerson().size());
    summary.put("alreadyCited", plan.alreadyCited());
    summary.put("changedFiles", plan.edited().size());

    List<Object> annotations = new ArrayList<>();
    for (Migration.Annotation a : plan.annotations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", relative(a.file().path()));
      m.put("line", a.declaration().line());
      m.put("element", a.declaration().name());
      m.put("paper", a.value());
      m.put("key", a.entry().key());
      m.put("title", a.entry().title());
      m.put("resolvedBy", a.resolvedBy().name().toLowerCase(java.util.Locale.ROOT));
      m.put("newEntry", a.newEntry());
      m.put("referenceLine", a.reference().line());
      m.put("written", a.reference().written());
      annotations.add(m);
    }
    List<Object> entries = new ArrayList<>();
    for (CatalogEntry entry : plan.newEntries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", entry.key());
      m.put("title", entry.title());
      m.put("id", entry.citeAs());
      m.put("authors", entry.authors());
      m.put("year", entry.year());
      m.put("titleFound", !plan.untitled().contains(entry.key()));
      entries.add(m);
    }
    List<Object> needsPerson = new ArrayList<>();
    for (Migration.NeedsPerson n : plan.needsPerson()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", relative(n.file().path()));
      m.put("line", n.line());
      m.put("element", n.element());
      m.put("text", n.text());
      m.put("reason", n.reason());
      needsPerson.add(m);
    }
    List<Object> skipped = new ArrayList<>();
    for (SourceFile f : plan.skipped()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", relative(f.path()));
      m.put("line", f.problem().line());
      m.put("column", f.problem().column());
      m.put("message", f.problem().message());
      skipped.add(m);
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("summary", summary);
    record.put("annotations", annotations);
    record.put("newEntries", entries);
    record.put("needsPerson", needsPerson);
    record.put("skipped", skipped);
    record.put("catalog", relative(catalog));
    return Json.write(record);
  }

  /**
   * Writes the patch and the record into {@code directory}.
   *
   * @return the patch file
   */
  public Path writeRecord(Path directory) throws IOException {
    Path patch = directory.resolve("migrate.patch");
    AtomicFiles.write(patch, patch().getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(directory.resolve("migrate.json"), json());
    return patch;
  }

  /** A source that could not be written back, and why. */
  public record NotWritten(SourceFile file, String why) {}

  /**
   * Edits the sources in place, each in {@code charset}, whole or not at all, and appends the new
   * entries to the generated catalog.
   *
   * @return the sources left as they were: their new text is not encodable in {@code charset}
   */
  public List<NotWritten> apply(Charset charset) throws IOException {
    List<NotWritten> notWritten = new ArrayList<>();
    for (Map.Entry<SourceFile, String> e : plan.edited().entrySet()) {
      byte[] bytes;
      try {
        ByteBuffer encoded =
            charset
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(e.getValue()));
        bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
      } catch (CharacterCodingException unmappable) {
        notWritten.add(
            new NotWritten(e.getKey(), "the new text cannot be written in " + charset.name()));
        continue;
      }
      AtomicFiles.write(e.getKey().path(), bytes);
    }
    if (!plan.newEntries().isEmpty()) {
      AtomicFiles.write(catalog, catalogAfter.getBytes(StandardCharsets.UTF_8));
    }
    return notWritten;
  }
}
