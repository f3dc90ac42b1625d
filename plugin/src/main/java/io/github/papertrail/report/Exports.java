package io.github.papertrail.report;

import io.github.papertrail.catalog.CatalogEntry;
import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.Scheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the export formats read alike from a catalog entry: order, names, dates, venue, identifiers,
 * pages.
 */
final class Exports {

  /** What an entry's venue is, which decides the item type of CSL-JSON and CFF. */
  enum Venue {
    /** No venue, or a preprint server given as one (arXiv, bioRxiv, …): the entry is a preprint. */
    NONE,
    /** A conference or its proceedings, workshop, symposium, findings volume. */
    CONFERENCE,
    /**
     * Any other venue (or one that says journal, transactions, letters, magazine, review): taken to
     * be a journal.
     */
    JOURNAL
  }

  /**
   * A name split for CSL ({@code family}, {@code given}) and CFF ({@code family-names}, {@code
   * given-names}).
   */
  record Name(String family, String given) {}

  private static final Pattern CONFERENCE =
      Pattern.compile(
          "(?i)\\b(?:conferences?|conf|proceedings|proc|workshops?"
              + "|symposium|congress|meeting|findings|ICLR|ICML|NeurIPS|NIPS|ACL|EMNLP|NAACL|EACL|AACL|COLING|CoNLL|LREC|AAAI"
              + "|IJCAI|CVPR|ICCV|ECCV|WACV|BMVC|KDD|SIGIR|SIGMOD|VLDB|WWW|WSDM|CIKM|RecSys|COLM|AISTATS|UAI|COLT|CoRL|ICRA"
              + "|IROS|INTERSPEECH|ICASSP|MLSys|OSDI|SOSP|NSDI|EuroSys|ASPLOS|ISCA|MICRO|PLDI|POPL|OOPSLA|ICSE|FSE|CHI|UIST)\\b");

  private static final Pattern JOURNAL =
      Pattern.compile("(?i)\\b(?:journal|transactions|letters|magazine|review)\\b");

  private static final Pattern PREPRINT_SERVER =
      Pattern.compile(
          "(?i)\\s*(?:arxiv(?:\\.org)?|biorxiv|medrxiv|chemrxiv" + "|ssrn|preprint|corr)\\s*");

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private Exports() {}

  /**
   * The entries sorted by key, the first of any two with one key kept (as catalog look-up does).
   */
  static List<CatalogEntry> sorted(List<CatalogEntry> entries) {
    Map<String, CatalogEntry> byKey = new LinkedHashMap<>();
    for (CatalogEntry entry : entries) {
      byKey.putIfAbsent(entry.key(), entry);
    }
    List<CatalogEntry> sorted = new ArrayList<>(byKey.values());
    sorted.sort(Comparator.comparing(CatalogEntry::key));
    return sorted;
  }

  static Venue venue(CatalogEntry entry) {
    String venue = venueName(entry);
    if (venue == null) {
      return Venue.NONE;
    }
    return CONFERENCE.matcher(venue).find() && !JOURNAL.matcher(venue).find()
        ? Venue.CONFERENCE
        : Venue.JOURNAL;
  }

  /** The venue as the catalog writes it, or null when it has none or names a preprint server. */
  static String venueName(CatalogEntry entry) {
    String venue = entry.venue() == null ? null : entry.venue().strip();
    return venue == null || venue.isEmpty() || PREPRINT_SERVER.matcher(venue).matches()
        ? null
        : venue;
  }

  /**
   * "Jack Lanchantin" as family "Lanchantin", given "Jack"; "Jason E Weston" as "Weston", "Jason
   * E"; a surname alone ("Hu", as the seeds cite "Hu et al.") as family only. Blank names are left
   * out.
   */
  static List<Name> names(CatalogEntry entry) {
    List<Name> names = new ArrayList<>();
    for (String author : entry.authors()) {
      String name = author == null ? "" : author.strip().replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        continue;
      }
      int space = name.lastIndexOf(' ');
      names.add(
          space < 0
              ? new Name(name, null)
              : new Name(name.substring(space + 1), name.substring(0, space)));
    }
    return names;
  }

  /**
   * Whether the catalog's author list is a prefix of the real one: "et al.", or fewer names than
   * the count it gives.
   */
  static boolean authorsIncomplete(CatalogEntry entry, List<Name> names) {
    return Boolean.TRUE.equals(entry.moreAuthors())
        || (entry.authorCount() != null && entry.authorCount() > names.size());
  }

  /**
   * The entry's date as [year], [year, month] or [year, month, day]: from {@code date} when it is
   * ISO {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} of the entry's year (a date of another
   * year is a later version's), else [year]; null when neither is known. A date without its year
   * ({@code --06-16}, as some seeds write) gives only the year.
   */
  static List<Integer> dateParts(CatalogEntry entry) {
    Matcher date = entry.date() == null ? null : DATE.matcher(entry.date().strip());
    if (date != null && date.matches()) {
      int year = Integer.parseInt(date.group(1));
      if (entry.year() == null || entry.year() == year) {
        List<Integer> parts = new ArrayList<>(List.of(year));
        if (date.group(2) != null) {
          int month = Integer.parseInt(date.group(2));
          if (month < 1 || month > 12) {
            return parts;
          }
          parts.add(month);
          if (date.group(3) != null) {
            int day = Integer.parseInt(date.group(3));
            if (day >= 1 && day <= 31) {
              parts.add(day);
            }
          }
        }
        return parts;
      }
    }
    return entry.year() == null ? null : List.of(entry.year());
  }

  /** The arXiv identifier without prefix ({@code 2106.09685}, {@code hep-th/9901001}), or null. */
  static String arxiv(CatalogEntry entry) {
    Identifier id = parse(entry.ids().arxiv());
    return id == null || id.scheme() != Scheme.ARXIV ? null : id.value();
  }

  /** The DOI, bare and lower case ({@code 10.1145/3292500.3330701}), or null. */
  static String doi(CatalogEntry entry) {
    Identifier id = parse(entry.ids().doi());
    return id == null || id.scheme() != Scheme.DOI ? null : id.value();
  }

  /** The entry's web pages (arXiv, DOI, OpenReview, ACL Anthology, then its URLs), http(s) only. */
  static List<ReportLinks.Link> pages(CatalogEntry entry) {
    return ReportLinks.pages(entry).stream().filter(link -> isWeb(link.url())).toList();
  }

  /** The first of {@link #pages}, or null. */
  static String url(CatalogEntry entry) {
    List<ReportLinks.Link> pages = pages(entry);
    return pages.isEmpty() ? null : pages.get(0).url();
  }

  private static boolean isWeb(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://"))
        && url.length() > lower.indexOf("//") + 2
        && url.chars().noneMatch(Character::isWhitespace);
  }

  private static Identifier parse(String id) {
    return id == null ? null : Identifier.parse(id).identifier().orElse(null);
  }
}
