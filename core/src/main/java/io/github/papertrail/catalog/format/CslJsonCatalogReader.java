package io.github.papertrail.catalog.format;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads CSL-JSON, the citeproc data format that Zotero, Better BibTeX, pandoc and papertrail's own
 * {@code export} write: a JSON array of items, read with jackson-core's streaming parser.
 *
 * <p>Per item: the key is {@code citation-key} when given, else {@code id}; an id that is a Zotero
 * item address ({@code http://zotero.org/users/…/items/ABCD2345}, {@code 1234567/ABCD2345}) or a
 * number names no paper, so the item is keyed as the seeds are (first author's surname, year, first
 * title word: {@code hu2021lora}), as is an item without an id (with a warning). {@code title};
 * {@code author} ({@code family} with {@code given} and particles, or {@code literal}); the year
 * and date from {@code issued} ({@code date-parts}, {@code raw} or {@code literal}); the venue from
 * {@code container-title}, else {@code event-title} or {@code event}; {@code keyword} (comma- or
 * semicolon-separated) as tags; {@code abstract}. Identifiers: an arXiv id in {@code number} or
 * {@code archive_location} where {@code publisher}, {@code archive}, {@code container-title} or
 * {@code source} says arXiv (as Zotero writes a preprint), {@code DOI}, {@code URL}, then an arXiv
 * id or paper link written in {@code note}, {@code number} or {@code container-title} (Zotero's
 * {@code "arXiv:2106.09685 [cs]"}). The type {@code post-weblog} is a blog post, {@code post} a
 * tweet, {@code document} notes, any other a paper.
 *
 * <p>An item without a title, a key used before, or an item that is not an object is a located
 * warning ({@code refs.json:12:5: item 3 ('smith2020') has no title; it is skipped}) while the
 * others load; a field of the wrong shape is left out with a warning. A file that is not JSON, or
 * not an array, fails.
 */
public final class CslJsonCatalogReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Zotero's item addresses: a URI, or the web API's {@code library/KEY}; or a bare number. */
  private static final Pattern NOT_A_KEY =
      Pattern.compile("(?s).*://.*|\\d+/[A-Z0-9]{8}|\\d+|urn:.*");

  private static final Pattern ARXIV = Pattern.compile("(?i).*\\barxiv\\b.*");
  private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");

  private final ItemCatalog catalog;

  private CslJsonCatalogReader(String name) {
    this.catalog = new ItemCatalog(name);
  }

  /**
   * @param name the file name, for sources and messages ("refs.json:12:5: …")
   * @throws CatalogException when the file is not a JSON array, or no item of it can be read
   */
  public static CatalogLoad read(String name, String content) {
    CslJsonCatalogReader reader = new CslJsonCatalogReader(name);
    Tree.Node root = Tree.read(FACTORY, content, name, "CSL-JSON", reader.catalog);
    if (root == null || !root.isArray()) {
      throw new CatalogException(
          name
              + (root == null ? "" : ":" + root.line() + ":" + root.column())
              + ": not CSL-JSON: expected an array of items, [{\"id\": \"hu2021lora\", \"title\":"
              + " \"…\", …}, …], "
              + (root == null ? "found nothing" : "found " + root.describe()));
    }
    List<ItemCatalog.Draft> drafts = new ArrayList<>();
    List<Tree.Node> items = root.elements();
    for (int i = 0; i < items.size(); i++) {
      ItemCatalog.Draft draft = reader.item(items.get(i), i + 1);
      if (draft != null) {
        drafts.add(draft);
      }
    }
    return reader.catalog.load(
        drafts, false, "CSL-JSON items such as {\"id\": \"hu2021lora\", \"title\": \"…\"}");
  }

  private ItemCatalog.Draft item(Tree.Node item, int number) {
    if (!item.isObject()) {
      catalog.problem(
          item, "item " + number + " is " + item.describe() + ", not an object; it is skipped");
      return null;
    }
    String id = item.text("id");
    String citationKey = item.text("citation-key");
    String what = "item " + number + (id == null ? "" : " ('" + id + "')");
    String title = item.text("title");
    if (title == null) {
      catalog.problem(item, what + " has no title; it is skipped");
      return null;
    }
    String key = citationKey != null ? citationKey : id;
    String keyProblem = null;
    if (key == null) {
      keyProblem = "has no \"id\", so it is keyed '%s'; give it an \"id\" to choose its key";
    } else if (NOT_A_KEY.matcher(key).matches()) {
      key = null; // a Zotero item address: keyed as the seeds are, quietly
    }
    List<String> otherIds = new ArrayList<>();
    Ids ids = ids(item, what, otherIds);
    Integer year = null;
    String date = null;
    Tree.Node issued = item.get("issued");
    if (issued != null) {
      date = date(issued, what);
      year = ItemCatalog.year(date);
    }
    String venue = item.text("container-title");
    if (venue == null) {
      venue = item.text("event-title") != null ? item.text("event-title") : item.text("event");
    }
    String keywords = item.text("keyword");
    return new ItemCatalog.Draft(
        key,
        what,
        item,
        keyProblem,
        title,
        authors(item.get("author"), what),
        null,
        null,
        year,
        date != null && date.length() > 4 ? date : null,
        venue == null ? null : IdCollector.venue(venue),
        kind(item.text("type")),
        keywords == null ? null : Arrays.asList(TAG_SEPARATOR.split(keywords)),
        item.text("abstract"),
        ids,
        otherIds);
  }

  /** "Edward J. Hu" from given and family (with particles and suffix), or a literal name. */
  private List<String> authors(Tree.Node list, String what) {
    List<String> authors = new ArrayList<>();
    if (list == null || list.value() == null) {
      return authors;
    }
    if (!list.isArray()) {
      catalog.problem(
          list,
          what
              + ": \"author\" must be an array of names, [{\"family\": \"Hu\", \"given\": \"Edward"
              + " J.\"}], not "
              + list.describe()
              + "; the authors are left out");
      return authors;
    }
    for (Tree.Node name : list.elements()) {
      String author;
      if (name.isObject()) {
        author =
            name.text("literal") != null
                ? name.text("literal")
                : join(
                    name.text("given"),
                    name.text("dropping-particle"),
                    name.text("non-dropping-particle"),
                    name.text("family"),
                    name.text("suffix"));
      } else {
        author = name.stripped(); // a name written as a string, as some tools do
      }
      if (author != null && !author.isEmpty()) {
        authors.add(author);
      }
    }
    return authors;
  }

  private static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null) {
        out.append(out.length() == 0 ? "" : " ").append(part);
      }
    }
    return out.toString();
  }

  /**
   * The ISO date of a CSL date: its first {@code date-parts}, else {@code raw} or {@code literal}
   * when it is an ISO date, else the year written in them; null when there is none.
   */
  private String date(Tree.Node issued, String what) {
    if (!issued.isObject()) {
      // not CSL, but written by hand and by some tools: "issued": "2021-06-17"
      String text = issued.stripped();
      return ItemCatalog.isoDate(text) != null ? ItemCatalog.isoDate(text) : year(text);
    }
    Tree.Node parts = issued.get("date-parts");
    if (parts != null) {
      List<Tree.Node> first =
          parts.elements().isEmpty() ? List.of() : parts.elements().get(0).elements();
      Integer[] numbers = new Integer[3];
      for (int i = 0; i < Math.min(3, first.size()); i++) {
        numbers[i] = number(first.get(i).stripped());
      }
      if (numbers[0] != null) {
        return ItemCatalog.isoDate(numbers[0], numbers[1], numbers[2]);
      }
      catalog.problem(
          parts,
          what
              + ": \"date-parts\" must hold [[year, month, day]], as [[2021, 6, 17]], not "
              + parts.describe()
              + "; the date is left out");
      return null;
    }
    for (String field : new String[] {"raw", "literal"}) {
      String text = issued.text(field);
      if (text != null) {
        return ItemCatalog.isoDate(text) != null ? ItemCatalog.isoDate(text) : year(text);
      }
    }
    return null;
  }

  private static String year(String text) {
    Integer year = ItemCatalog.year(text);
    return year == null ? null : year.toString();
  }

  private static Integer number(String text) {
    try {
      return text == null ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Ids ids(Tree.Node item, String what, List<String> otherIds) {
    Tree.Node[] at = {item}; // the field being read, where its problems are
    IdCollector found = new IdCollector(problem -> catalog.problem(at[0], what + ": " + problem));
    boolean arxiv = false;
    for (String field : new String[] {"publisher", "archive", "container-title", "source"}) {
      String value = item.text(field);
      arxiv |= value != null && ARXIV.matcher(value).matches();
    }
    for (String field :
        new String[] {"number", "archive_location", "DOI", "URL", "note", "container-title"}) {
      String value = item.text(field);
      if (value == null) {
        continue;
      }
      at[0] = item.get(field);
      switch (field) {
        case "number", "archive_location" -> {
          Identifier id = arxiv ? found.parse(value, field, false) : null;
          if (id != null && id.scheme() == Scheme.ARXIV) {
            found.add(id);
          } else {
            found.inText(value, field); // "arXiv:2106.09685", as papertrail writes it on any item
          }
        }
        case "DOI", "URL" -> found.add(value, field, true);
        default -> found.inText(value, field);
      }
    }
    return found.ids(otherIds);
  }

  private static Kind kind(String type) {
    if (type == null) {
      return Kind.PAPER;
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "post-weblog" -> Kind.BLOG_POST;
      case "post" -> Kind.TWEET;
      case "document" -> Kind.NOTES;
      default -> Kind.PAPER;
    };
  }
}
