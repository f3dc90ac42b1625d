package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.id.Identifier;

/**
 * The one BibTeX entry writer of papertrail: the Maven plugin's references.bib and papers.bib, and
 * the agent's papers-used.bib. {@code @inproceedings} when the entry has a venue, else {@code
 * @misc}; keyed by catalog key; {@code eprint}/{@code archivePrefix} for arXiv; TeX specials
 * escaped.
 */
public final class BibtexEntry {

  private BibtexEntry() {}

  /**
   * Appends one entry, preceded by a blank line.
   *
   * @param url the {@code url} field (the paper's first page the caller lets become a link), or
   *     null for none
   * @param note the {@code note} field, or null for none
   */
  public static void write(StringBuilder out, CatalogEntry entry, String url, String note) {
    out.append('\n')
        .append(entry.venue() == null ? "@misc{" : "@inproceedings{")
        .append(key(entry.key()))
        .append(",\n");
    if (!entry.authors().isEmpty()) {
      String authors =
          String.join(" and ", entry.authors().stream().map(BibtexEntry::tex).toList());
      field(
          out,
          "author",
          Boolean.TRUE.equals(entry.moreAuthors()) ? authors + " and others" : authors);
    }
    // Double braces keep the capitals (LoRA, GaLore) that bibliography styles would lower-case.
    field(out, "title", "{" + tex(entry.title()) + "}");
    if (entry.venue() != null) {
      field(out, "booktitle", tex(entry.venue()));
    }
    if (entry.year() != null) {
      field(out, "year", entry.year().toString());
    }
    Identifier arxiv = parse(entry.ids().arxiv());
    if (arxiv != null) {
      field(out, "eprint", verbatim(arxiv.value()));
      field(out, "archivePrefix", "arXiv");
    }
    Identifier doi = parse(entry.ids().doi());
    if (doi != null) {
      field(out, "doi", verbatim(doi.value()));
    }
    if (url != null) {
      field(out, "url", verbatim(url));
    }
    if (note != null) {
      field(out, "note", tex(note));
    }
    out.setLength(out.length() - 2); // no comma after the last field
    out.append("\n}\n");
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  private static Identifier parse(String id) {
    return id == null ? null : Identifier.parse(id).identifier().orElse(null);
  }

  /** Escapes TeX's special characters in a text field. */
  public static String tex(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * eprint, doi and url are read verbatim by biblatex and the url package, so escaping {@code _} or
   * {@code %} there would break the address; only braces, which would end the field, are dropped.
   */
  private static String verbatim(String value) {
    return value.replaceAll("[{}\\s]", "");
  }

  // A key with a comma, brace or space would end the entry's key early.
  private static String key(String key) {
    return key.replaceAll("[^A-Za-z0-9_:.+/-]", "-");
  }

  /**
   * Text safe in a {@code %} comment line. BibTeX has no comments: it skips text outside entries up
   * to the next '@', so a comment may hold neither an '@' nor a line break (which would let the
   * next line look like an entry).
   */
  public static String comment(String value) {
    return value.replaceAll("[\\r\\n\\u2028\\u2029]", " ").replace("@", "(at)");
  }
}
