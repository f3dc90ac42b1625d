package io.github.papertrail.id;

/**
 * New-style arXiv ids, {@code YYMM.NNNN} up to 1412 and {@code YYMM.NNNNN} from 1501, from 0704
 * (April 2007) on. The shape is lenient on purpose: it catches look-alikes so that each deviation
 * gets its own reason.
 */
final class NewArxivParser {

  private NewArxivParser() {}

  /** Null when {@code candidate} is not shaped like a new-style id. */
  static ParsedId parse(String input, String candidate) {
    // The shape: slashes, YYMM, '.', digits, an optional v or V and digits, and any tail.
    Cursor cursor = new Cursor(candidate);
    int slashes = cursor.skip('/');
    int start = cursor.at();
    if (cursor.digits() != 4) {
      return null;
    }
    String yymm = cursor.since(start);
    if (!cursor.take('.')) {
      return null;
    }
    start = cursor.at();
    if (cursor.digits() == 0) {
      return null;
    }
    String sequence = cursor.since(start);
    char v = cursor.takeAnyOf("vV");
    start = cursor.at();
    cursor.digits();
    String versionDigits = cursor.since(start);

    Problems problems = new Problems();
    ArxivParser.leadingSlashes(problems, slashes);
    ArxivParser.tail(problems, cursor.rest());
    int month = Integer.parseInt(yymm.substring(2));
    if (month < 1 || month > 12) {
      problems.fatal("arXiv month " + yymm.substring(2) + " is not 01-12");
    } else if (Integer.parseInt(yymm) < 704) {
      problems.fatal("new-style arXiv ids start at 0704 (April 2007), " + yymm + " is earlier");
    }
    int width = Integer.parseInt(yymm) <= 1412 ? 4 : 5;
    String repadded = sequence.length() == width ? sequence : repad(sequence, width);
    if (sequence.length() != width) {
      problems.add(
          (width == 4
                  ? "arXiv ids up to 1412 have a 4-digit sequence number, "
                  : "arXiv ids from 1501 on have a 5-digit sequence number, ")
              + yymm
              + "."
              + sequence
              + " has "
              + sequence.length(),
          repadded != null);
    }
    if (Chars.isAllZeros(sequence)) {
      problems.fatal("arXiv sequence number " + sequence + " is never assigned");
    }
    Integer version = ArxivParser.version(problems, v, versionDigits);
    return problems.result(
        input, () -> new Identifier(Scheme.ARXIV, yymm + "." + repadded, version));
  }

  /**
   * arXiv re-pads a number of the wrong width; we suggest that only when no digit is lost or
   * invented.
   */
  private static String repad(String sequence, int width) {
    int excess = sequence.length() - width;
    if (excess > 0) {
      return Chars.isAllZeros(sequence.substring(0, excess)) ? sequence.substring(excess) : null;
    }
    return sequence.charAt(0) == '0' ? null : "0".repeat(-excess) + sequence;
  }
}
