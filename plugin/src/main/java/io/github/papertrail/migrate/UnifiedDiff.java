package io.github.papertrail.migrate;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The git-style unified diff of one file, as {@code git diff} writes it and {@code git apply} reads
 * it: three lines of context, hunks closer than seven lines merged, the function line after each
 * hunk header, {@code \ No newline at end of file} after a last line without a terminator.
 *
 * <p>Lines are split at {@code \n} only, as git does, and keep their terminators: a CRLF file's
 * lines carry their {@code \r}, so the patch gives back the same bytes. java-diff-utils aligns the
 * two line lists (lines compared with their terminators); the hunks are written here, since the
 * library's own writer drops the terminators. There is no {@code index} line: the blob ids need the
 * file's bytes, and {@code git apply} does not need them.
 *
 * <p>The patches papertrail writes ({@code migrate.patch}, {@code fixes.patch}) hold {@link
 * #traditional} diffs, with paths {@link #relative} to where {@code mvn} ran.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;

  /** The longest function line after a hunk header, in UTF-8 bytes, as in git's xdiff. */
  private static final int FUNC_LINE_BYTES = 80;

  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /**
   * The git-style unified diff of one file, "" when before equals after. path uses '/' and is
   * relative to the directory git apply runs in.
   */
  static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Change> changes = changes(a, b);
    StringBuilder out = new StringBuilder();
    String oldName = quoted("a/" + path);
    String newName = quoted("b/" + path);
    String tab = path.indexOf(' ') >= 0 ? "\t" : "";
    out.append("diff --git ").append(oldName).append(' ').append(newName).append('\n');
    out.append("--- ").append(oldName).append(tab).append('\n');
    out.append("+++ ").append(newName).append(tab).append('\n');
    int first = 0;
    while (first < changes.size()) {
      int last = first;
      while (last + 1 < changes.size()
          && changes.get(last + 1).oldStart - changes.get(last).oldEnd() <= 2 * CONTEXT) {
        last++;
      }
      hunk(out, a, b, changes.subList(first, last + 1));
      first = last + 1;
    }
    return out.toString();
  }

  /**
   * The diff of one file as papertrail's patches hold it: {@link #of} without its {@code diff
   * --git} line, the file named {@link #relative} to {@code root}; "" when before equals after.
   */
  public static String plain(Path root, Path file, String before, String after) {
    return traditional(of(relative(root, file), before, after));
  }

  /**
   * A path as a patch writes it: relative to {@code root} (where {@code mvn} ran, where {@code git
   * apply} runs), with '/'; absolute when outside it.
   */
  public static String relative(Path root, Path file) {
    Path base = root.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace(File.separatorChar, '/');
  }

  /**
   * The diff without its {@code diff --git} line. With that line {@code git apply} takes the paths
   * from the repository's root and, run in a module's folder, skips every file without a word;
   * without it the paths are taken from where it runs, as {@code patch -p1} takes them.
   */
  static String traditional(String gitDiff) {
    return gitDiff.startsWith("diff --git ")
        ? gitDiff.substring(gitDiff.indexOf('\n') + 1)
        : gitDiff;
  }

  /** The lines of {@code text}, each with its {@code \n}; the last one may have none. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** One run of removed and added lines: 0-based starts and counts in the old and new lines. */
  private static final class Change {
    int oldStart;
    final int oldCount;
    int newStart;
    final int newCount;

    Change(int oldStart, int oldCount, int newStart, int newCount) {
      this.oldStart = oldStart;
      this.oldCount = oldCount;
      this.newStart = newStart;
      this.newCount = newCount;
    }

    int oldEnd() {
      return oldStart + oldCount;
    }

    int newEnd() {
      return newStart + newCount;
    }
  }

  /**
   * The changes from a to b, in order. A run of only added (or only removed) lines that could sit
   * lower, because the line after it equals its first line, is moved down as far as it goes, as git
   * does before its indent heuristic: lines inserted before an equal line show after it.
   */
  private static List<Change> changes(List<String> a, List<String> b) {
    List<Change> changes = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      changes.add(
          new Change(
              d.getSource().getPosition(),
              d.getSource().size(),
              d.getTarget().getPosition(),
              d.getTarget().size()));
    }
    changes.sort((x, y) -> Integer.compare(x.oldStart, y.oldStart));
    for (int k = 0; k < changes.size(); k++) {
      Change c = changes.get(k);
      int nextOld = k + 1 < changes.size() ? changes.get(k + 1).oldStart : a.size();
      if (c.oldCount == 0) {
        while (c.oldStart < nextOld && b.get(c.newStart).equals(b.get(c.newEnd()))) {
          c.oldStart++;
          c.newStart++;
        }
      } else if (c.newCount == 0) {
        while (c.oldEnd() < nextOld && a.get(c.oldStart).equals(a.get(c.oldEnd()))) {
          c.oldStart++;
          c.newStart++;
        }
      }
    }
    return changes;
  }

  private static void hunk(StringBuilder out, List<String> a, List<String> b, List<Change> run) {
    Change first = run.get(0);
    Change last = run.get(run.size() - 1);
    int oldFrom = Math.max(0, first.oldStart - CONTEXT);
    int oldTo = Math.min(a.size(), last.oldEnd() + CONTEXT);
    int newFrom = first.newStart - (first.oldStart - oldFrom);
    int newTo = last.newEnd() + (oldTo - last.oldEnd());
    out.append("@@ -")
        .append(range(oldFrom, oldTo - oldFrom))
        .append(" +")
        .append(range(newFrom, newTo - newFrom))
        .append(" @@");
    String func = functionLine(a, oldFrom);
    if (!func.isEmpty()) {
      out.append(' ').append(func);
    }
    out.append('\n');
    int i = oldFrom;
    for (Change c : run) {
      for (; i < c.oldStart; i++) {
        line(out, ' ', a.get(i));
      }
      for (; i < c.oldEnd(); i++) {
        line(out, '-', a.get(i));
      }
      for (int j = c.newStart; j < c.newEnd(); j++) {
        line(out, '+', b.get(j));
      }
    }
    for (; i < oldTo; i++) {
      line(out, ' ', a.get(i));
    }
  }

  /** git's numbers of a range: 1-based start, the line before it when empty; no count when 1. */
  private static String range(int start, int count) {
    if (count == 1) {
      return Integer.toString(start + 1);
    }
    return (count == 0 ? start : start + 1) + "," + count;
  }

  private static void line(StringBuilder out, char prefix, String line) {
    out.append(prefix).append(line);
    if (!line.endsWith("\n")) {
      out.append('\n').append(NO_NEWLINE);
    }
  }

  /**
   * git's default function line: the nearest old line before the hunk that starts with a letter,
   * '_' or '$', cut to 80 UTF-8 bytes (whole characters) and stripped of trailing whitespace.
   */
  private static String functionLine(List<String> a, int hunkStart) {
    for (int l = hunkStart - 1; l >= 0; l--) {
      String line = a.get(l);
      if (line.isEmpty()) {
        continue;
      }
      char c = line.charAt(0);
      if ((c < 128 && Character.isLetter(c)) || c == '_' || c == '$') {
        int end = 0;
        int bytes = 0;
        while (end < line.length()) {
          int cp = line.codePointAt(end);
          int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
          if (bytes + n > FUNC_LINE_BYTES) {
            break;
          }
          bytes += n;
          end += Character.charCount(cp);
        }
        while (end > 0 && isCSpace(line.charAt(end - 1))) {
          end--;
        }
        return line.substring(0, end);
      }
    }
    return "";
  }

  private static boolean isCSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /**
   * A name as git writes it with core.quotePath on: as is, or in double quotes with C escapes and
   * octal UTF-8 bytes when it holds a quote, a backslash, a control character or a non-ASCII one.
   */
  static String quoted(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    boolean plain = true;
    for (byte x : bytes) {
      int u = x & 0xFF;
      if (u < 0x20 || u == '"' || u == '\\' || u >= 0x7F) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return name;
    }
    StringBuilder q = new StringBuilder("\"");
    for (byte x : bytes) {
      int u = x & 0xFF;
      switch (u) {
        case 0x07 -> q.append("\\a");
        case '\b' -> q.append("\\b");
        case '\t' -> q.append("\\t");
        case '\n' -> q.append("\\n");
        case 0x0B -> q.append("\\v");
        case '\f' -> q.append("\\f");
        case '\r' -> q.append("\\r");
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        default -> {
          if (u < 0x20 || u >= 0x7F) {
            q.append('\\').append((char) ('0' + (u >> 6))).append((char) ('0' + ((u >> 3) & 7)));
            q.append((char) ('0' + (u & 7)));
          } else {
            q.append((char) u);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
