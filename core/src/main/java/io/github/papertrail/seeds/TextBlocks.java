package io.github.papertrail.seeds;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text document cut into blocks of consecutive non-blank lines, each knowing its first
 * line.
 */
final class TextBlocks {

  /** One block: its 1-based first line and its lines. */
  record Block(int line, List<String> lines) {
    String text() {
      return String.join("\n", lines);
    }
  }

  private TextBlocks() {}

  static List<Block> of(String content) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = null;
    int start = 0;
    String[] all = content.split("\r?\n", -1);
    for (int i = 0; i < all.length; i++) {
      if (all[i].isBlank()) {
        if (lines != null) {
          blocks.add(new Block(start, lines));
          lines = null;
        }
      } else {
        if (lines == null) {
          lines = new ArrayList<>();
          start = i + 1;
        }
        lines.add(all[i]);
      }
    }
    if (lines != null) {
      blocks.add(new Block(start, lines));
    }
    return blocks;
  }
}
