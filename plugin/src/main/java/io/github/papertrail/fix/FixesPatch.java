package io.github.papertrail.fix;

import io.github.papertrail.catalog.Catalogs;
import io.github.papertrail.check.AutomaticFix;
import io.github.papertrail.check.Fix;
import io.github.papertrail.io.AtomicFiles;
import io.github.papertrail.migrate.SourceParser;
import io.github.papertrail.migrate.UnifiedDiff;
import io.github.papertrail.report.Citation;
import io.github.papertrail.report.CitationCheck;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code fixes.patch}: the {@link AutomaticFix} of every finding that has one, each written into
 * the string literal of the identifier and nothing else, as a unified diff that {@code git apply}
 * takes where {@code mvn} ran (the paths are relative to it, without {@code diff --git} lines, as
 * in {@code migrate.patch}). Files in path order, one diff each; bytes in the sources' encoding, so
 * that context lines match the files; CRLF and a missing final newline are kept.
 *
 * <p>The source is the citation's {@code source} (relative to its source root, as the citation
 * index and the class file give it) under the first source root that has it; the literal is the one
 * on the citation's line (in the whole file when the index gives no line) whose content is the
 * identifier as written, when there is exactly one ({@link StringLiterals#find}). A fix that cannot
 * be placed is not written, and is said with its place and why.
 */
public final class FixesPatch {

  /** The patch's file name, in {@code target/papertrail}. */
  public static final String FILE = "fixes.patch";

  private FixesPatch() {}

  /**
   * A fix written.
   *
   * @param file the source as the patch names it
   * @param line the line of the literal, or null when the citation index gives none
   * @param written the identifier the literal held
   */
  public record Written(String file, Integer line, String written, Fix fix) {
    /** {@code src/main/java/com/acme/Lora.java:12: "2106.09658" -> "2106.09685" (hu2021lora)}. */
    public String format() {
      return where(file, line) + ": " + change(written, fix);
    }
  }

  /**
   * A fix found and not written, and why.
   *
   * @param file the source as the patch would name it, the source in its root when no root holds
   *     it, or the element when even that is unknown
   */
  public record NotWritten(String file, Integer line, String written, Fix fix, String why) {
    /** {@code src/main/java/com/acme/Lora.java:12: "…" -> "…" (key) not written: why}. */
    public String format() {
      return where(file, line) + ": " + change(written, fix) + " not written: " + why;
    }
  }

  private static final Comparator<NotWritten> NOT_WRITTEN_ORDER =
      Comparator.comparing(NotWritten::file)
          .thenComparing(NotWritten::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(NotWritten::written);

  /** The patch (empty when nothing is written), the fixes in it, the files it changes. */
  public record Result(
      String patch, List<Written> written, List<NotWritten> notWritten, int files) {
    public Result {
      written = List.copyOf(written);
      notWritten = List.copyOf(notWritten);
    }
  }

  /** One literal to fix: its file and line (null: anywhere in the file), the text it holds. */
  private record Target(Path file, String shown, Integer line, String written) {}

  private static final Comparator<Target> ORDER =
      Comparator.comparing(Target::shown)
          .thenComparing(Target::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Target::written);

  /**
   * The fixes of {@code findings} as a patch.
   *
   * @param sourceRoots where the citations' sources are, in order
   * @param root where {@code mvn} ran: the patch's paths are relative to it
   * @param charset the sources' encoding
   */
  public static Result build(
      List<CitationCheck.Finding> findings,
      Catalogs catalogs,
      List<Path> sourceRoots,
      Path root,
      Charset charset) {
    List<NotWritten> notWritten = new ArrayList<>();
    Map<Target, Fix> targets = new TreeMap<>(ORDER);
    Map<Target, String> conflicting = new TreeMap<>(ORDER);
    for (CitationCheck.Finding finding : findings) {
      Citation citation = finding.citation();
      Fix fix = AutomaticFix.of(finding.problem(), citation.title(), catalogs);
      if (fix == null) {
        continue;
      }
      Path file = find(sourceRoots, citation.source());
      if (file == null) {
        notWritten.add(
            new NotWritten(
                citation.source() == null ? citation.element() : citation.source(),
                citation.line(),
                citation.id(),
                fix,
                citation.source() == null
                    ? "the class file names no source file"
                    : "no source root holds it"));
        continue;
      }
      Target target =
          new Target(file, UnifiedDiff.relative(root, file), citation.line(), citation.id());
      Fix before = targets.putIfAbsent(target, fix);
      if (before != null && !before.replacement().equals(fix.replacement())) {
        conflicting.put(target, fix.replacement());
      }
    }
    for (Map.Entry<Target, String> c : conflicting.entrySet()) {
      Target t = c.getKey();
      Fix fix = targets.remove(t);
      notWritten.add(
          new NotWritten(
              t.shown(),
              t.line(),
              t.written(),
              fix,
              "two citations of the literal have different fixes (\""
                  + fix.replacement()
                  + "\", \""
                  + c.getValue()
                  + "\"): edit it by hand"));
    }
    Map<Path, List<Map.Entry<Target, Fix>>> byFile = new TreeMap<>();
    for (Map.Entry<Target, Fix> e : targets.entrySet()) {
      byFile.computeIfAbsent(e.getKey().file(), f -> new ArrayList<>()).add(e);
    }
    List<Map.Entry<Path, List<Map.Entry<Target, Fix>>>> files = new ArrayList<>(byFile.entrySet());
    files.sort(Comparator.comparing(e -> e.getValue().get(0).getKey().shown()));
    StringBuilder patch = new StringBuilder();
    List<Written> written = new ArrayList<>();
    int changed = 0;
    for (Map.Entry<Path, List<Map.Entry<Target, Fix>>> e : files) {
      String diff = fileDiff(e.getKey(), e.getValue(), root, charset, written, notWritten);
      if (!diff.isEmpty()) {
        patch.append(diff);
        changed++;
      }
    }
    notWritten.sort(NOT_WRITTEN_ORDER);
    return new Result(patch.toString(), written, notWritten, changed);
  }

  /** The diff of one file with its fixes, each placed or said not written. */
  private static String fileDiff(
      Path file,
      List<Map.Entry<Target, Fix>> fixes,
      Path root,
      Charset charset,
      List<Written> written,
      List<NotWritten> notWritten) {
    String before;
    try {
      before = read(file, charset);
    } catch (IOException e) {
      for (Map.Entry<Target, Fix> f : fixes) {
        notWritten.add(notWritten(f, "cannot be read: " + e.getMessage()));
      }
      return "";
    }
    List<int[]> spots = new ArrayList<>();
    List<Map.Entry<Target, Fix>> placed = new ArrayList<>();
    for (Map.Entry<Target, Fix> f : fixes) {
      String replacement = f.getValue().replacement();
      StringLiterals.Spot spot =
          plain(replacement, charset)
              ? StringLiterals.find(before, f.getKey().line(), f.getKey().written())
              : StringLiterals.Spot.not("the fix would need escapes in a literal: edit it by hand");
      if (spot.why() != null) {
        notWritten.add(notWritten(f, spot.why()));
      } else if (spots.stream().anyMatch(s -> s[0] == spot.start())) {
        notWritten.add(notWritten(f, "another fix edits the same literal: edit it by hand"));
      } else {
        spots.add(new int[] {spot.start(), spot.end()});
        placed.add(f);
      }
    }
    StringBuilder after = new StringBuilder(before);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spots.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> spots.get(i)[0]).reversed());
    for (int i : order) {
      after.replace(spots.get(i)[0], spots.get(i)[1], placed.get(i).getValue().replacement());
    }
    for (Map.Entry<Target, Fix> f : placed) {
      Target t = f.getKey();
      written.add(new Written(t.shown(), t.line(), t.written(), f.getValue()));
    }
    return UnifiedDiff.plain(root, file, before, after.toString());
  }

  /**
   * Writes the patch into {@code directory} when it holds a fix; otherwise deletes the {@code
   * fixes.patch} an earlier run left there, which no longer fits the sources.
   *
   * @return the patch file, or null when there is none
   */
  public static Path write(Result result, Path directory, Charset charset) throws IOException {
    Path file = directory.resolve(FILE);
    if (result.written().isEmpty()) {
      Files.deleteIfExists(file);
      return null;
    }
    AtomicFiles.write(file, result.patch().getBytes(charset));
    return file;
  }

  /** The first {@code root/source} that is a file, or null. */
  private static Path find(List<Path> roots, String source) {
    if (source == null) {
      return null;
    }
    for (Path root : roots) {
      Path file = root.resolve(source);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }

  /** The file's text, when its bytes are text in {@code charset}. */
  private static String read(Path file, Charset charset) throws IOException {
    try {
      return SourceParser.text(file, charset);
    } catch (CharacterCodingException e) {
      throw new IOException(
          "its bytes are not " + charset.name() + "; set project.build.sourceEncoding", e);
    }
  }

  /**
   * Whether the text goes into a string literal as it is: no quote, backslash or control character,
   * and every character writable in the sources' encoding.
   */
  private static boolean plain(String text, Charset charset) {
    return text.chars().noneMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c))
        && charset.newEncoder().canEncode(text);
  }

  private static NotWritten notWritten(Map.Entry<Target, Fix> f, String why) {
    Target t = f.getKey();
    return new NotWritten(t.shown(), t.line(), t.written(), f.getValue(), why);
  }

  private static String where(String file, Integer line) {
    return line == null ? file : file + ":" + line;
  }

  private static String change(String written, Fix fix) {
    return "\""
        + written
        + "\" -> \""
        + fix.replacement()
        + "\""
        + (fix.key() == null ? "" : " (" + fix.key() + ")");
  }
}
