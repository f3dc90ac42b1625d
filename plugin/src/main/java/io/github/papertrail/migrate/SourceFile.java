package io.github.papertrail.migrate;

import java.nio.file.Path;
import java.util.List;

/**
 * One Java source file, read: either parsed (every declaration, every comment) or not ({@code
 * problem} says why and where, and nothing else is given: never a half result).
 *
 * @param path the file
 * @param text the file's text, decoded; edits are made on it at the offsets of this model
 * @param problem why the file could not be parsed, or null
 * @param packageName the package, {@code ""} in the default package
 * @param declarations in source order (a declaration before the ones inside it)
 * @param comments every comment of the file, in source order
 * @param paperImported whether the simple name {@code Paper} means {@code
 *     io.github.papertrail.Paper} here (a single-type or on-demand import, or the file is in that
 *     package)
 * @param paperNameTaken whether the simple name {@code Paper} means another type here (it is
 *     imported from elsewhere), so that a new annotation must be written qualified
 * @param importPoint where {@code import io.github.papertrail.Paper;} would go
 * @param lineSeparator the file's line separator (its first one; {@code \n} if it has none)
 */
public record SourceFile(
    Path path,
    String text,
    Problem problem,
    String packageName,
    List<Declaration> declarations,
    List<Comment> comments,
    boolean paperImported,
    boolean paperNameTaken,
    ImportPoint importPoint,
    String lineSeparator) {

  /** Why a file could not be parsed: the parser's first error, 1-based line and column. */
  public record Problem(int line, int column, String message) {}

  /**
   * Whether the file was parsed; when false only {@code path}, {@code text} and {@code problem}.
   */
  public boolean parsed() {
    return problem == null;
  }

  static SourceFile unparsable(Path path, String text, Problem problem) {
    return new SourceFile(path, text, problem, "", List.of(), List.of(), false, false, null, "\n");
  }
}
