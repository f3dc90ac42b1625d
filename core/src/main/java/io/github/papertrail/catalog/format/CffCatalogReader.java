package io.github.papertrail.catalog.format;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.papertrail.catalog.CatalogException;
import io.github.papertrail.catalog.CatalogLoad;
import io.github.papertrail.catalog.Ids;
import io.github.papertrail.catalog.Kind;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the papers of a CITATION.cff (Citation File Format 1.2.0): its {@code references:}, and its
 * {@code preferred-citation:} as one more entry before them (the paper a project asks to be cited
 * for is a paper of its catalog); the software the file describes is not a paper and is not read.
 * Also reads what papertrail's {@code export} writes ({@code papers.cff.yaml}). YAML is read with
 * jackson-dataformat-yaml's streaming parser.
 *
 * <p>CFF has no keys: each entry is keyed as the seeds are ({@code hu2021lora}: first author's
 * surname, year, first significant title word; more title words, then a letter, where two would be
 * the same), in file order, so the same file always gives the same keys. A preferred citation
 * repeated among the references (same title and ids) is read once.
 *
 * <p>Per reference: {@code title}; {@code authors}, persons ({@code given-names}, {@code
 * name-particle}, {@code family-names}, {@code name-suffix}) or entities ({@code name}; {@code
 * anonymous} names no one, and papertrail's {@code "6 authors"} gives the count); {@code year}, or
 * the year of {@code date-published}, which also gives the date; the venue from {@code
 * conference.name}, {@code journal} or {@code collection-title}; {@code keywords} as tags; {@code
 * abstract}. Identifiers: {@code doi}, {@code identifiers} ({@code doi}, {@code url}, and {@code
 * other} values such as {@code arXiv:2106.09685}), {@code url}, {@code repository}, then an arXiv
 * id or paper link written in {@code journal}, {@code collection-title} or {@code notes}. The type
 * {@code blog} is a blog post; every other type a paper.
 *
 * <p>A reference without a title, or one that is not a mapping, is a located warning ({@code
 * CITATION.cff:40:5: reference 3 has no title; it is skipped}) while the others load; a field of
 * the wrong shape is left out with a warning. A file that is not YAML, or has neither {@code
 * references} nor {@code preferred-citation}, fails.
 */
public final class CffCatalogReader {

  private static final YAMLFactory FACTORY = factory();

  /** papertrail's placeholder when a catalog only counts the authors ({@code CffExport}). */
  private static final Pattern COUNTED = Pattern.compile("(\\d+) authors?");

  private static final Pattern ARXIV = Pattern.compile("(?i).*\\barxiv\\b.*");

  private final ItemCatalog catalog;

  private CffCatalogReader(String name) {
    this.catalog = new ItemCatalog(name);
  }

  /** snakeyaml's 3 MB document limit would refuse an export of a large catalog. */
  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(256 * 1024 * 1024);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  /**
   * @param name the file name, for sources and messages ("CITATION.cff:40:5: …")
   * @throws CatalogException when the file is not YAML, lists no references, or none can be read
   */
  public static CatalogLoad read(String name, String content) {
    CffCatalogReader reader = new CffCatalogReader(name);
    Tree.Node root = Tree.read(FACTORY, content, name, "YAML", reader.catalog);
    Tree.Node preferred = root == null ? null : root.get("preferred-citation");
    Tree.Node references = root == null ? null : root.get("references");
    if (preferred == null && references == null) {
      throw new CatalogException(
          name
              + (root == null ? "" : ":" + root.line() + ":" + root.column())
              + ": a CITATION.cff catalog lists its papers under \"references:\" (or"
              + " \"preferred-citation:\"), each with a type, title and authors; "
              + (root == null
                  ? "this file is empty"
                  : root.isObject() ? "this file has neither" : "this file is " + root.describe()));
    }
    List<ItemCatalog.Draft> drafts = new ArrayList<>();
    if (preferred != null) {
      reader.add(drafts, preferred, "preferred-citation");
    }
    if (references != null && !references.isArray()) {
      reader.catalog.problem(
          references,
          "\"references\" must be a list of references (\"- type: article\" …), not "
              + references.describe()
              + "; it is skipped");
    }
    List<Tree.Node> list = references == null ? List.of() : references.elements();
    for (int i = 0; i < list.size(); i++) {
      reader.add(drafts, list.get(i), "reference " + (i + 1));
    }
    return reader.catalog.load(
        drafts, true, "references such as \"- type: article\" with a title and authors");
  }

  private void add(List<ItemCatalog.Draft> drafts, Tree.Node reference, String what) {
    if (!reference.isObject()) {
      catalog.problem(
          reference, what + " is " + reference.describe() + ", not a mapping; it is skipped");
      return;
    }
    String title = reference.text("title");
    if (title == null) {
      catalog.problem(reference, what + " has no title; it is skipped");
      return;
    }
    List<String> authors = new ArrayList<>();
    Integer[] count = new Integer[1];
    authors(reference.get("authors"), what, authors, count);
    String date = ItemCatalog.isoDate(reference.text("date-published"));
    Integer year = ItemCatalog.year(reference.text("year"));
    if (year == null) {
      year = ItemCatalog.year(date);
    }
    String venue = null;
    Tree.Node conference = reference.get("conference");
    if (conference != null) {
      venue = conference.isObject() ? conference.text("name") : conference.stripped();
    }
    for (String field : new String[] {"journal", "collection-title"}) {
      venue = venue != null ? venue : reference.text(field);
    }
    List<String> otherIds = new ArrayList<>();
    Ids ids = ids(reference, what, otherIds);
    drafts.add(
        new ItemCatalog.Draft(
            null,
            what,
            reference,
            null,
            title,
            authors,
            null,
            count[0],
            year,
            date != null && date.length() > 4 ? date : null,
            venue == null ? null : IdCollector.venue(venue),
            "blog".equals(reference.text("type")) ? Kind.BLOG_POST : Kind.PAPER,
            strings(reference.get("keywords")),
            reference.text("abstract"),
            ids,
            otherIds));
  }

  private void authors(Tree.Node list, String what, List<String> authors, Integer[] count) {
    if (list == null || list.value() == null) {
      return;
    }
    if (!list.isArray()) {
      catalog.problem(
          list,
          what
              + ": \"authors\" must be a list of persons (\"- family-names: Hu\") or entities"
              + " (\"- name: …\"), not "
              + list.describe()
              + "; the authors are left out");
      return;
    }
    for (Tree.Node author : list.elements()) {
      String family = author.text("family-names");
      String name = author.text("name");
      if (family != null || author.text("given-names") != null) {
        authors.add(
            String.join(
                " ",
                nonNull(
                    author.text("given-names"),
                    author.text("name-particle"),
                    family,
                    author.text("name-suffix"))));
      } else if (name != null) {
        Matcher counted = COUNTED.matcher(name);
        if (counted.matches()) {
          count[0] = Integer.valueOf(counted.group(1));
        } else if (!name.equalsIgnoreCase("anonymous")) {
          authors.add(name);
        }
      } else if (author.stripped() != null) {
        authors.add(author.stripped()); // a name written as a string
      }
    }
  }

  private static List<String> nonNull(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (part != null) {
        kept.add(part);
      }
    }
    return kept;
  }

  /** A list of strings, or one string, as a list; null for none. */
  private static List<String> strings(Tree.Node node) {
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      return node.stripped() == null ? null : List.of(node.stripped());
    }
    return node.elements().stream().map(Tree.Node::stripped).filter(s -> s != null).toList();
  }

  private Ids ids(Tree.Node reference, String what, List<String> otherIds) {
    Tree.Node[] at = {reference}; // the value being read, where its problems are
    IdCollector found = new IdCollector(problem -> catalog.problem(at[0], what + ": " + problem));
    add(found, at, reference, "doi", true);
    Tree.Node identifiers = reference.get("identifiers");
    for (Tree.Node identifier :
        identifiers == null ? List.<Tree.Node>of() : identifiers.elements()) {
      String type = identifier.text("type");
      String value = identifier.text("value");
      if (value == null) {
        continue;
      }
      at[0] = identifier.get("value");
      String field = "identifiers value";
      switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
        case "doi", "url" -> found.add(value, field, true);
        case "swh" -> {
          // a Software Heritage id names code, not a paper
        }
        default -> {
          String description = identifier.text("description");
          boolean arxiv =
              ARXIV.matcher(value).matches()
                  || (description != null && ARXIV.matcher(description).matches());
          Identifier id = found.parse(value, field, arxiv);
          if (id != null && id.scheme() != Scheme.KEY) {
            found.add(id);
          }
        }
      }
    }
    add(found, at, reference, "url", true);
    add(found, at, reference, "repository", false);
    for (String field : new String[] {"journal", "collection-title", "notes"}) {
      found.inText(reference.text(field), field);
    }
    return found.ids(otherIds);
  }

  private static void add(
      IdCollector found, Tree.Node[] at, Tree.Node reference, String field, boolean report) {
    if (reference.get(field) != null) {
      at[0] = reference.get(field);
      found.add(reference.text(field), field, report);
    }
  }
}
