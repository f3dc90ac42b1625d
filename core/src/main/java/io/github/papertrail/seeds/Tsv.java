package io.github.papertrail.seeds;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file with a header row: read strictly, every problem named with its line.
 */
public final class Tsv {

  /** One data row and its 1-based line. */
  record Row(int line, List<String> cells) {
    String get(int column) {
      return cells.get(column);
    }
  }

  private Tsv() {}

  static List<Row> read(Path file, List<String> header) {
    String name = file.getFileName().toString();
    String text = readUtf8(file, name);
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new SeedFormatException(
          name, 1, "empty; expected the header row " + String.join("<TAB>", header));
    }
    String head = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
    if (!List.of(head.split("\t", -1)).equals(header)) {
      throw new SeedFormatException(
          name,
          1,
          "the header row is '"
              + head.replace("\t", "<TAB>")
              + "'; expected "
              + String.join("<TAB>", header));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = List.of(line.split("\t", -1));
      if (cells.size() != header.size()) {
        throw new SeedFormatException(
            name,
            i + 1,
            cells.size()
                + " tab-separated columns; expected "
                + header.size()
                + " ("
                + String.join(", ", header)
                + ")");
      }
      for (int c = 0; c < cells.size(); c++) {
        if (cells.get(c).isBlank()) {
          throw new SeedFormatException(name, i + 1, "the column '" + header.get(c) + "' is empty");
        }
      }
      rows.add(new Row(i + 1, cells));
    }
    return rows;
  }

  /**
   * The file as UTF-8; a missing file or bytes that are not UTF-8 are errors naming the file (and
   * line).
   */
  public static String readUtf8(Path file, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SeedFormatException(file.toString(), 0, "no such file");
    } catch (IOException e) {
      throw new SeedFormatException(file.toString(), 0, "cannot read: " + e);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new SeedFormatException(
          name, line, "not UTF-8 text (byte " + (in.position() + 1) + "); save the file as UTF-8");
    }
    out.flip();
    return out.toString();
  }
}
