package io.github.papertrail.id;

import io.github.papertrail.id.ParsedId.Malformed;
import io.github.papertrail.id.ParsedId.Valid;
import java.util.function.Supplier;

/**
 * What is wrong with a look-alike. A parser notes every deviation it finds, each as fixable (the
 * fix is known: a stray ".pdf", an upper-case V) or fatal (no digit may be guessed); the fix is
 * suggested only when every problem has one, and the first problem of the worse kind is the one
 * reported.
 */
final class Problems {
  private String firstFatal;
  private String firstFixable;

  void fixable(String reason) {
    add(reason, true);
  }

  void fatal(String reason) {
    add(reason, false);
  }

  void add(String reason, boolean fixable) {
    if (fixable && firstFixable == null) {
      firstFixable = reason;
    } else if (!fixable && firstFatal == null) {
      firstFatal = reason;
    }
  }

  /**
   * {@code fixed} is only called when there is no fatal problem: it may assume a well-formed id.
   */
  ParsedId result(String input, Supplier<Identifier> fixed) {
    if (firstFatal != null) {
      return new Malformed(input, firstFatal, null);
    }
    return firstFixable == null
        ? new Valid(fixed.get())
        : new Malformed(input, firstFixable, fixed.get());
  }

  /**
   * What a wrapped form (a URL after a prefix, an id under an archive) should become: the inner
   * form's identifier, or its own suggestion, so that a repair is only ever offered when it parses.
   */
  static Identifier suggestionFrom(ParsedId parsed) {
    if (parsed instanceof Valid valid) {
      return valid.id();
    }
    return parsed instanceof Malformed malformed ? malformed.suggestion() : null;
  }
}
