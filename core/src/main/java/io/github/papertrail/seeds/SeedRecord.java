package io.github.papertrail.seeds;

import io.github.papertrail.catalog.Kind;
import io.github.papertrail.id.Identifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One paper or write-up as a seed document names it: its fields as written there, and where.
 *
 * @param seed the seed file name
 * @param line the 1-based line of the title
 * @param ids identifiers from the item's links (paper sites parsed by the grammar), in link order
 * @param links every link of the item that is not a paper identifier (code, tweet, write-up), in
 *     order
 * @param authors author names as written (surnames only where the seed gives only those)
 * @param moreAuthors the seed lists only the first authors ("et al.")
 * @param authorCount the count where the seed says "N authors"
 * @param dateWritten the date as written; {@code date} the same parsed to ISO 8601 where
 *     unambiguous ({@code 2024-07-10}, {@code 2024-08} or {@code --05-02} without a year)
 * @param upvotes the Daily Papers upvote count glued to the date line
 * @param section the heading the item stands under
 * @param summary the list author's own words about the item (not the paper's abstract)
 */
public record SeedRecord(
    String seed,
    int line,
    String title,
    Kind kind,
    List<Identifier> ids,
    List<String> links,
    List<String> authors,
    boolean moreAuthors,
    Integer authorCount,
    String organisation,
    String venue,
    Integer year,
    String dateWritten,
    String date,
    Integer upvotes,
    String abstractText,
    List<String> tags,
    String section,
    String summary) {

  public SeedRecord {
    ids = List.copyOf(ids);
    links = List.copyOf(links);
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }

  /** {@code seed:line}, as error messages and the build summary name a record. */
  public String where() {
    return seed + ":" + line;
  }

  static Builder at(String seed, int line) {
    return new Builder(seed, line);
  }

  /** Collects a record's fields while a parser walks its item. */
  static final class Builder {
    private final String seed;
    private final int line;
    private String title;
    private Kind kind = Kind.PAPER;
    private final Set<Identifier> ids = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final List<String> authors = new ArrayList<>();
    private boolean moreAuthors;
    private Integer authorCount;
    private String organisation;
    private String venue;
    private Integer year;
    private String dateWritten;
    private String date;
    private Integer upvotes;
    private String abstractText;
    private final Set<String> tags = new TreeSet<>();
    private String section;
    private String summary;

    private Builder(String seed, int line) {
      this.seed = seed;
      this.line = line;
    }

    Builder title(String value) {
      this.title = TextRepair.clean(value);
      return this;
    }

    Builder kind(Kind value) {
      this.kind = value;
      return this;
    }

    Builder id(Identifier value) {
      ids.add(value);
      return this;
    }

    Builder link(String value) {
      links.add(value);
      return this;
    }

    Builder author(String value) {
      authors.add(TextRepair.clean(value));
      return this;
    }

    Builder moreAuthors(boolean value) {
      this.moreAuthors = value;
      return this;
    }

    Builder authorCount(Integer value) {
      this.authorCount = value;
      return this;
    }

    Builder organisation(String value) {
      this.organisation = TextRepair.clean(value);
      return this;
    }

    Builder venue(String value) {
      this.venue = value;
      return this;
    }

    Builder year(Integer value) {
      this.year = value;
      return this;
    }

    Builder date(SeedDate value) {
      this.dateWritten = value.written();
      this.date = value.iso();
      if (value.year() != null) {
        this.year = value.year();
      }
      return this;
    }

    Builder upvotes(Integer value) {
      this.upvotes = value;
      return this;
    }

    Builder abstractText(String value) {
      this.abstractText = TextRepair.clean(value);
      return this;
    }

    Builder tag(String value) {
      tags.add(TextRepair.clean(value));
      return this;
    }

    Builder section(String value) {
      this.section = TextRepair.clean(value);
      return this;
    }

    Builder summary(String value) {
      String cleaned = TextRepair.clean(value);
      this.summary = cleaned == null || cleaned.isEmpty() ? null : cleaned;
      return this;
    }

    boolean hasTitle() {
      return title != null && !title.isEmpty();
    }

    SeedRecord build() {
      if (!hasTitle()) {
        throw new SeedFormatException(seed, line, "an item without a title");
      }
      return new SeedRecord(
          seed,
          line,
          title,
          kind,
          new ArrayList<>(ids),
          new ArrayList<>(links),
          authors,
          moreAuthors,
          authorCount,
          organisation,
          venue,
          year,
          dateWritten,
          date,
          upvotes,
          abstractText,
          new ArrayList<>(tags),
          section,
          summary);
    }
  }
}
