package io.github.papertrail.catalog.format;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Source;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A user catalog file and its format. */
public record CatalogSource(Path path, CatalogFormat format) {

  /**
   * "bibtex:refs.txt", "csl-json:refs.txt": a word, a colon, the path. A one-letter word is a
   * Windows drive (C:\x.json), never a format.
   */
  private static final Pattern PREFIXED =
      Pattern.compile("([A-Za-z][A-Za-z-]+):(.*)", Pattern.DOTALL);

  public CatalogSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
  }

  /** A file in the format its extension says. */
  public static CatalogSource of(Path file) {
    return new CatalogSource(file, CatalogFormat.of(String.valueOf(file.getFileName())));
  }

  /**
   * A catalog as a user writes it: {@code team.json}, {@code refs.bib}, {@code papers.md}, {@code
   * refs.csl.json}, {@code CITATION.cff}, or with the format first for any name, {@code
   * bibtex:refs.txt} ({@code json:}, {@code bibtex:}, {@code markdown:}, {@code csl-json:} (or
   * {@code csljson:}, {@code csl:}), {@code cff:}, in any case). Relative paths are resolved
   * against {@code baseDir}.
   *
   * @throws CatalogException when the path is empty or its format cannot be told
   */
  public static CatalogSource parse(String written, Path baseDir) {
    String text = written == null ? "" : written.strip();
    CatalogFormat format = null;
    Matcher m = PREFIXED.matcher(text);
    if (m.matches() && CatalogFormat.forWord(m.group(1)) != null) {
      format = CatalogFormat.forWord(m.group(1));
      text = m.group(2).strip();
    }
    if (text.isEmpty()) {
      throw new CatalogException(
          "\""
              + written
              + "\" names no catalog file; write a path such as team.json or bibtex:refs.txt");
    }
    Path path;
    try {
      path = baseDir.resolve(text).normalize();
    } catch (InvalidPathException e) {
      throw new CatalogException(
          "\"" + written + "\" is not a valid catalog path: " + e.getMessage(), e);
    }
    return new CatalogSource(path, format != null ? format : CatalogFormat.of(text));
  }

  /** The file's name, as sources and messages name it. */
  public String name() {
    return String.valueOf(path.getFileName());
  }

  /**
   * Reads the catalog. Problems an entry has that do not spoil the others come back in the load. A
   * JSON file whose first character (after white space) is {@code [} is CSL-JSON, as Zotero's and
   * pandoc's {@code .json} files are; papertrail's catalog JSON is an object.
   *
   * @throws CatalogException naming the file (and line) when it is missing, unreadable or unusable
   */
  public CatalogLoad read() {
    return switch (format) {
      case JSON -> {
        if (isArray()) {
          yield CslJsonCatalogReader.read(name(), text());
        }
        // one list for all its entries
        List<Source> thisFile = List.of(new Source(name(), null, null, null, null));
        yield new CatalogLoad(
            CatalogFiles.loadEntries(path, entry -> withSource(entry, thisFile)), List.of());
      }
      case BIBTEX -> BibtexCatalogReader.read(name(), text());
      case MARKDOWN -> MarkdownCatalogReader.read(name(), text());
      case CSL_JSON -> CslJsonCatalogReader.read(name(), text());
      case CFF -> CffCatalogReader.read(name(), text());
    };
  }

  /**
   * Whether the file's first character after white space (and a UTF-8 byte order mark) is {@code
   * [}; false when it cannot be read, for the JSON reader to say why.
   */
  private boolean isArray() {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      int b = in.read();
      if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
        b = in.read();
      }
      while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        b = in.read();
      }
      return b == '[';
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return path.toString();
  }

  /** A JSON entry that says nothing of where it comes from gets this file as its source. */
  static CatalogEntry withSource(CatalogEntry e, List<Source> thisFile) {
    return !e.sources().isEmpty()
        ? e
        : new CatalogEntry(
            e.key(),
            e.title(),
            e.otherTitles(),
            e.ids(),
            e.otherIds(),
            e.authors(),
            e.moreAuthors(),
            e.authorCount(),
            e.year(),
            e.date(),
            e.venue(),
            e.organisation(),
            e.kind(),
            e.tags(),
            e.abstractText(),
            thisFile,
            e.conflicts());
  }

  /**
   * The file as UTF-8 text, with the same messages as a JSON catalog's for a missing or unreadable
   * file.
   */
  private String text() {
    if (Files.isDirectory(path)) {
      throw new CatalogException(path + ": is a directory; expected a catalog file");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
      // a byte order mark, as Windows editors write one, is no part of the text
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw new CatalogException(path + ": no such catalog file");
    } catch (AccessDeniedException e) {
      throw new CatalogException(path + ": cannot read the catalog file: permission denied");
    } catch (CharacterCodingException e) {
      // Old .bib files are often Latin-1; guessing would garble names, so say what to do.
      throw new CatalogException(
          path + ": is not UTF-8 text; save it as UTF-8 (or write accents as LaTeX, {\\\"u})");
    } catch (IOException e) {
      throw new CatalogException(path + ": cannot read the catalog file: " + e.getMessage(), e);
    }
  }
}
