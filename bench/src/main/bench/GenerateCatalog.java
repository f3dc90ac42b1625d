package bench;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Writes large user catalogs: in the catalog JSON schema (what {@code Catalog.load} reads, formatted
 * like papertrail writes it: two-space indent, entries sorted by key), the same entries as BibTeX
 * and as a Markdown reading list.
 * Every entry has a key, a title, an arXiv id (unique), authors and a year.
 */
final class GenerateCatalog {

  private static final String[] SURNAMES = {"Smith", "Zhang", "Wang", "Li", "Kumar", "Garcia", "Müller", "Nguyen",
      "Kim", "Chen", "Rossi", "Dubois", "Ivanova", "Tanaka", "Okafor", "Silva", "Cohen", "Novak", "Larsen", "Haddad",
      "Yamamoto", "Singh", "Petrov", "O'Neil", "Fischer", "Bernard", "Costa", "Lee", "Park", "Ahmed"};
  private static final String[] GIVEN = {"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.", "N.",
      "P.", "R.", "S.", "T.", "W.", "Y.", "Z."};
  private static final String[] WORDS = {"scaling", "sparse", "attention", "efficient", "low-rank", "adaptation",
      "language", "models", "preference", "optimization", "reinforcement", "learning", "from", "human", "feedback",
      "direct", "policy", "reward", "mixture", "experts", "quantized", "training", "inference", "transformers",
      "retrieval", "augmented", "generation", "reasoning", "chain", "thought", "distillation", "contrastive",
      "multimodal", "vision", "tokenization", "long", "context", "memory", "gradient", "projection", "alignment",
      "instruction", "tuning", "evaluation", "benchmark", "robust", "calibration", "uncertainty", "diffusion",
      "speculative", "decoding", "state", "space", "recurrent", "normalization", "pretraining", "data", "curation"};

  /** One generated entry. */
  record Entry(String key, String title, String arxiv, String[] authors, int year) {}

  private GenerateCatalog() {}

  /** {@code n} entries, sorted by key; deterministic for a seed. Entry i has a unique arXiv id. */
  static Entry[] entries(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Entry[] entries = new Entry[n];
    for (int i = 0; i < n; i++) {
      // 120 months from 1501, then a 5-digit number: unique for up to 11,999,880 entries
      int month = i % 120;
      int number = i / 120 + 1;
      int yy = 15 + month / 12;
      String arxiv = String.format("%02d%02d.%05d", yy, month % 12 + 1, number);
      int year = 2000 + yy;
      int words = 5 + random.nextInt(7);
      StringBuilder title = new StringBuilder();
      String first = null;
      for (int w = 0; w < words; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        if (first == null && word.length() > 3) {
          first = word.replace("-", "");
        }
        title.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
            .append(w + 1 < words ? " " : "");
      }
      String[] authors = new String[1 + random.nextInt(6)];
      for (int a = 0; a < authors.length; a++) {
        authors[a] = GIVEN[random.nextInt(GIVEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
      }
      String surname = authors[0].substring(authors[0].indexOf(' ') + 1).toLowerCase()
          .replace("ü", "u").replace("'", "");
      // Google Scholar style plus the entry number: unique
      String key = surname + year + (first == null ? "paper" : first) + Integer.toString(i, 36);
      entries[i] = new Entry(key, title.toString(), arxiv, authors, year);
    }
    Arrays.sort(entries, Comparator.comparing(Entry::key));
    return entries;
  }

  static void writeJson(Path file, Entry[] entries) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("{\n  \"schemaVersion\": 1,\n  \"entries\": [");
      for (int i = 0; i < entries.length; i++) {
        Entry e = entries[i];
        out.write(i == 0 ? "\n" : ",\n");
        out.write("    {\n      \"key\": ");
        out.write(json(e.key()));
        out.write(",\n      \"title\": ");
        out.write(json(e.title()));
        out.write(",\n      \"ids\": {\n        \"arxiv\": ");
        out.write(json("arxiv:" + e.arxiv()));
        out.write("\n      },\n      \"authors\": [");
        for (int a = 0; a < e.authors().length; a++) {
          out.write(a == 0 ? " " : ", ");
          out.write(json(e.authors()[a]));
        }
        out.write(" ],\n      \"year\": ");
        out.write(Integer.toString(e.year()));
        out.write("\n    }");
      }
      out.write("\n  ]\n}\n");
    }
  }

  static void writeBibtex(Path file, Entry[] entries) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (Entry e : entries) {
        out.write("@article{" + e.key() + ",\n");
        out.write("  title = {" + e.title() + "},\n");
        out.write("  author = {" + String.join(" and ", e.authors()) + "},\n");
        out.write("  year = {" + e.year() + "},\n");
        out.write("  eprint = {" + e.arxiv() + "},\n");
        out.write("  archivePrefix = {arXiv},\n");
        out.write("}\n\n");
      }
    }
  }

  /** Sections of a generated reading list, each in one of the three shapes awesome lists use. */
  static final int MARKDOWN_SECTION_ITEMS = 40;

  /**
   * The same entries as a Markdown reading list shaped like public awesome lists: a title with
   * badges, a table of contents of anchor links, then sections of {@value #MARKDOWN_SECTION_ITEMS}
   * papers under {@code ##} headings, in turn bullet items ({@code - [Title](https://arxiv.org/abs/…)
   * - prose}, some with a code link), numbered items (a PDF link, a venue, a code link) and a table
   * ({@code | Title | Paper | Code |}, the title in the first cell, a generic "arXiv" link, a star
   * badge). Every entry is one paper link; every other link is an anchor, a repository or a badge.
   */
  static void writeMarkdown(Path file, Entry[] entries) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    int sections = (entries.length + MARKDOWN_SECTION_ITEMS - 1) / MARKDOWN_SECTION_ITEMS;
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("# Awesome Generated Papers [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
          + " [![License: CC0](https://img.shields.io/badge/License-CC0-lightgrey.svg)](LICENSE)\n\n");
      out.write("A curated list of " + entries.length + " papers on training and serving language models."
          + " Contributions welcome: read the [guide](CONTRIBUTING.md) first.\n\n## Contents\n\n");
      for (int s = 0; s < sections; s++) {
        out.write("- [" + sectionName(s) + "](#" + sectionName(s).toLowerCase().replace(' ', '-') + ")\n");
      }
      for (int i = 0; i < entries.length; i++) {
        Entry e = entries[i];
        int s = i / MARKDOWN_SECTION_ITEMS;
        int n = i % MARKDOWN_SECTION_ITEMS;
        if (n == 0) {
          out.write("\n## " + sectionName(s) + "\n\n");
          if (s % 3 == 2) {
            out.write("| Title | Paper | Code |\n|:------|:-----:|:----:|\n");
          }
        }
        String repo = "https://github.com/" + e.key().replaceFirst("\\d.*", "") + "/" + e.key();
        String authors = e.authors()[0].substring(e.authors()[0].indexOf(' ') + 1)
            + (e.authors().length > 1 ? " et al." : "");
        switch (s % 3) {
          case 0 -> out.write("- [" + e.title() + "](https://arxiv.org/abs/" + e.arxiv() + ") - " + authors + ", "
              + e.year() + ". A short note on why it matters, with `tags` and *emphasis*"
              + (n % 4 == 0 ? "; [code](" + repo + ")" : "") + ".\n");
          case 1 -> out.write((n + 1) + ". [" + e.title() + "](https://arxiv.org/pdf/" + e.arxiv() + (n % 2 == 0 ? "v2" : "")
              + ".pdf) (NeurIPS " + e.year() + ") [[code]](" + repo + ") - " + authors + (authors.endsWith(".") ? "" : ".")
              + "\n");
          default -> out.write("| " + e.title() + " | [arXiv](https://arxiv.org/abs/" + e.arxiv() + ") | [GitHub]("
              + repo + ") ![stars](https://img.shields.io/github/stars/" + e.key() + ") |\n");
        }
      }
      out.write("\n## Contributing\n\nOpen a pull request; keep one paper per line.\n");
    }
  }

  private static String sectionName(int s) {
    return Character.toUpperCase(WORDS[s % WORDS.length].charAt(0)) + WORDS[s % WORDS.length].substring(1) + " "
        + WORDS[(s / WORDS.length + 7 * s + 3) % WORDS.length] + " " + (s + 1);
  }

  private static String json(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
