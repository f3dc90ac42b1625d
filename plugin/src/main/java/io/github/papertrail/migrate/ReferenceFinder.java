package io.github.papertrail.migrate;

import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import io.github.papertrail.mention.Mention;
import io.github.papertrail.mention.PaperMentions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the papers a comment refers to: by identifier (every {@link PaperMentions} mention, and
 * links to proceedings and publisher pages), with the title, authors, year and venue its own text
 * gives; and by title only, in a part of the comment that reads like a bibliographic reference.
 *
 * <p>The comment is cut into units (paragraphs, {@code <pre>} blocks, list items, block tags);
 * details are looked for in the reference's unit, or in its sentence when the unit holds several
 * references, and each detail goes to the nearest reference. Conservative: a title must be marked
 * as one (italic, cited, quoted, or a link's text) and have at least three words.
 */
final class ReferenceFinder {

  private static final int TEXT_LENGTH = 200;

  private static final Pattern URL = Pattern.compile("https?://[^\\s{}<>\"']+");
  private static final Pattern HOST_PATH = Pattern.compile("^https?://([^/?#]+)([^?#]*)");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
  private static final Pattern ANCHOR =
      Pattern.compile(
          "<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern LINK_TAG =
      Pattern.compile("\\{@link(?:plain)?\\s+(https?://[^\\s}]+)\\s+([^}]+)}");
  private static final Pattern ITALIC =
      Pattern.compile("<(i|em|cite)>(.*?)</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern QUOTED =
      Pattern.compile(
          "(?<![\\w=])\"([^\"]{3,300}?)\"(?!\\w)|“([^”]{3,300}?)”|``(.{3,300}?)''", Pattern.DOTALL);
  private static final Pattern YEAR =
      Pattern.compile("(?m)(?<![\\w./:-])((?:19|20)\\d\\d)[a-z]?(?=[ \\t]*$|\\s*[),.;:(\\]])");
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*";
  private static final String INITIALS = "\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*";

  /** Initials run together after "Family, ": "Zeiler, MD.". */
  private static final String RUN_INITIALS = "\\p{Lu}{1,3}\\.";

  private static final Pattern AUTHOR =
      Pattern.compile(
          "(?<family>"
              + NAME
              + "),\\s*(?<given>"
              + INITIALS
              + "|"
              + RUN_INITIALS
              + ")|(?<given2>"
              + INITIALS
              + ")\\s?(?<family2>"
              + NAME
              + ")|(?<vfamily>"
              + NAME
              + ")\\s(?<vgiven>\\p{Lu}{1,3})(?=\\s*[,.;]|\\s+and\\b|\\s*&)|(?<bare>"
              + NAME
              + ")");
  private static final Pattern AUTHOR_SEPARATOR =
      Pattern.compile("\\s*(?:,\\s*(?:and\\s+|&\\s*)?|and\\s+|&\\s*)");
  private static final Pattern AFTER_BARE_NAMES =
      Pattern.compile("^(?:\\s*,?\\s*\\(?\\s*(?:19|20)\\d\\d|\\s+et\\s+al\\b)");
  private static final Pattern PREVIOUS_WORD =
      Pattern.compile("(\\S+)\\s+(\\p{Lu}[\\p{L}'’-]*)\\s+$");

  /** A link text that cites rather than titles: "Vaswani et al. (2017)", "Kingma and Ba, 2015". */
  private static final Pattern CITATION =
      Pattern.compile("\\bet al\\b|[(,]\\s*(?:19|20)\\d\\d[a-z]?\\)?$");

  private static final Pattern BY = Pattern.compile("\\bby\\s+$");
  private static final Pattern ACRONYM =
      Pattern.compile(
          "\\b(ICML|NeurIPS|NIPS|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|"
              + "AAAI|IJCAI|KDD|AISTATS|COLT|UAI|JMLR|TPAMI|SIGIR|WSDM|ICASSP|INTERSPEECH)\\b"
              + "(\\s*'?(?:19|20)?\\d\\d\\b)?");
  private static final Pattern BIB_WORD =
      Pattern.compile(
          "\\b(?:Proceedings|Journal|Conference|Annals|Transactions|Symposium|Workshop)\\b");
  private static final Pattern VENUE_WORD =
      Pattern.compile(
          "\\b(?:Proceedings|Journal|Conference|Annals|Transactions|Symposium|Workshop|Review|"
              + "Letters|Advances)\\b");
  private static final Pattern VENUE_AFTER_TITLE =
      Pattern.compile("^[\\s,.:;]*(?:[Ii]n:?\\s+)?(\\p{Lu}[^,.(\\n]{2,120}?)\\s*(?=[,.(\\n]|$)");
  private static final Pattern NO_VENUE =
      Pattern.compile("arxiv|preprint|corr\\b|://", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*(?=\\n)");
  private static final Pattern PRE =
      Pattern.compile("<pre>(.*?)(?:</pre>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern BREAK =
      Pattern.compile(
          "</?(?:p|ul|ol|li|br|blockquote|h\\d|dl|dt|dd|table|tr|td)\\b[^>]*>"
              + "|(?m)^[ \\t]*(?:@\\w+|-\\s|•|\\[\\d+\\])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_ITEM = Pattern.compile("(?m)^[ \\t]*(?:-\\s|•|\\[\\d+\\])");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}<{\"“])");
  private static final Set<String> ABBREVIATIONS =
      Set.of("al", "eq", "eqs", "fig", "sec", "cf", "vs", "e.g", "i.e", "etc", "no", "vol", "pp");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "The",
          "This",
          "That",
          "These",
          "See",
          "In",
          "On",
          "As",
          "For",
          "From",
          "And",
          "But",
          "Algorithm",
          "Section",
          "Figure",
          "Table",
          "Eq",
          "Equation",
          "Appendix",
          "Proceedings",
          "Journal",
          "Conference",
          "Annals",
          "Transactions",
          "Advances",
          "Preprint",
          "Note",
          "Default",
          "Defaults",
          "Paper",
          "Step",
          "Vol",
          "Volume",
          "Chapter",
          "Part",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec",
          "Used",
          "Uses",
          "Based",
          "Follows",
          "Also");
  private static final Set<String> LITTLE_WORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "with", "by", "at", "from",
          "via", "is", "as", "into");
  private static final Set<String> NOT_TITLES =
      Set.of(
          "paper",
          "the paper",
          "this paper",
          "pdf",
          "here",
          "link",
          "arxiv",
          "openreview",
          "doi",
          "abstract",
          "preprint",
          "the arxiv paper",
          "arxiv paper",
          "original paper",
          "project page",
          "source code",
          "official code",
          "official implementation",
          "reference implementation",
          "blog post",
          "home page",
          "full text",
          "model card",
          "pdf version",
          "arxiv version",
          "openreview page",
          "paper link",
          "read more",
          "learn more");

  private ReferenceFinder() {}

  /** A place the comment names a paper by identifier. */
  private record Hit(Identifier id, String written, int start, int end) {}

  /** A marked title: its text and the span of its markup (quotes, tags) in the body. */
  private record TitleSpan(String title, int start, int end) {}

  /** A list of authors and its span in the body. */
  private record Authors(List<String> names, int start, int end) {}

  /** A year and where it is. */
  private record Year(int year, int start, int end) {}

  /** A venue and where it is. */
  private record Venue(String venue, int start, int end) {}

  /** What one place gives about its paper, before places of the same paper merge. */
  private static final class Found {
    final Identifier id;
    final String written;
    final int start;
    final int end;
    int anchorStart = -1;
    int anchorEnd = -1;
    TitleSpan title;
    Authors authors;
    Year year;
    Venue venue;
    String text;

    Found(Identifier id, String written, int start, int end) {
      this.id = id;
      this.written = written;
      this.start = start;
      this.end = end;
    }

    int spanStart() {
      return anchorStart >= 0 ? anchorStart : start;
    }

    int spanEnd() {
      return anchorEnd >= 0 ? anchorEnd : end;
    }
  }

  /** Every paper reference of the comment, in order; each identifier at most once. */
  /**
   * Whether the text may hold a title as {@link #ITALIC} and {@link #QUOTED} find them: a quote
   * ({@code "}, {@code “}, {@code ``}) or an {@code <i>}, {@code <em>} or {@code <cite>} tag.
   */
  static boolean mayTitle(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201C' || c == '`' && i + 1 < n && text.charAt(i + 1) == '`') {
        return true;
      }
      if (c == '<' && i + 2 < n) {
        char d = Character.toLowerCase(text.charAt(i + 1));
        if (d == 'i' && text.charAt(i + 2) == '>'
            || (d == 'e' || d == 'c')
                && text.regionMatches(
                    true, i + 1, d == 'e' ? "em>" : "cite>", 0, d == 'e' ? 3 : 5)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the comment may hold a reference at all; when false, {@link #find} finds none. Cheap: a
   * file none of whose comments may is not worth parsing.
   */
  static boolean mayRefer(Comment comment) {
    return PaperMentions.mayMention(comment.text()) || mayTitle(comment.text());
  }

  static List<Reference> find(Comment comment) {
    String body = comment.body();
    if (!PaperMentions.mayMention(body) && !mayTitle(body)) {
      return List.of(); // most comments: no link, no identifier, no quoted or italic title
    }
    List<Hit> hits = hits(body);
    String noTags = blank(body, TAG);
    char[] masked = noTags.toCharArray();
    blank(masked, URL.matcher(body));
    for (Hit hit : hits) {
      blank(masked, hit.start(), hit.end());
    }
    List<TitleSpan> titles = titles(body, noTags);
    for (TitleSpan t : titles) {
      blank(masked, t.start(), t.end());
    }
    String plain = new String(masked);
    List<int[]> units = units(body, comment.kind() == Comment.Kind.LINE);

    List<Found> found = new ArrayList<>();
    for (Hit hit : hits) {
      found.add(new Found(hit.id(), hit.written(), hit.start(), hit.end()));
    }
    anchors(body, found, titles);

    List<Found> titleOnly = new ArrayList<>();
    for (int[] unit : units) {
      List<Found> inUnit = within(found, unit[0], unit[1]);
      if (inUnit.isEmpty()) {
        List<Found> refs = titleOnly(body, plain, unit, titles);
        titleOnly.addAll(refs);
        if (!refs.isEmpty()) {
          details(body, plain, unit, refs, titles);
        }
      } else if (inUnit.size() == 1 || unit[2] == 1) {
        details(body, plain, unit, inUnit, titles);
      } else {
        for (int[] sentence : sentences(plain, unit)) {
          List<Found> refs = within(found, sentence[0], sentence[1]);
          if (!refs.isEmpty()) {
            details(body, plain, sentence, refs, titles);
          }
        }
      }
    }
    found.addAll(titleOnly);
    found.sort(Comparator.comparingInt(f -> f.start));
    return merge(found, body, comment.line());
  }

  // ---- identifiers --------------------------------------------------------------------------

  private static List<Hit> hits(String body) {
    List<Hit> hits = new ArrayList<>();
    for (Mention m : PaperMentions.find(body)) {
      hits.add(new Hit(m.id(), m.written(), m.offset(), m.offset() + m.written().length()));
    }
    Matcher url = URL.matcher(body);
    while (url.find()) {
      int start = url.start();
      if (hits.stream().anyMatch(h -> h.start() <= start && start < h.end())) {
        continue;
      }
      String written = PaperMentions.trimEnd(url.group());
      Identifier id = proceedings(written.replace("&amp;", "&"));
      if (id != null) {
        hits.add(new Hit(id, written, start, start + written.length()));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  /** The identifier of a proceedings or publisher page of one paper, or null for any other link. */
  static Identifier proceedings(String url) {
    Matcher m = HOST_PATH.matcher(url);
    if (!m.find()) {
      return null;
    }
    String host = m.group(1).toLowerCase(Locale.ROOT);
    String path = m.group(2);
    boolean paper =
        switch (host) {
          case "proceedings.mlr.press" -> path.matches("/v\\d+/.+");
          case "proceedings.neurips.cc", "papers.nips.cc", "papers.neurips.cc" ->
              path.startsWith("/paper");
          case "jmlr.org", "www.jmlr.org" -> path.matches("/papers/v\\d+/.+");
          case "openaccess.thecvf.com" -> path.matches("/content.*/(?:papers|html)/.+");
          case "ojs.aaai.org" -> path.contains("/article/");
          case "ijcai.org", "www.ijcai.org" -> path.matches("/proceedings/\\d{4}/.+");
          case "dl.acm.org" -> path.startsWith("/doi/") || path.startsWith("/citation");
          case "ieeexplore.ieee.org" -> path.matches("/(?:abstract/)?document/\\d+.*");
          case "link.springer.com" -> path.matches("/(?:article|chapter|content/pdf)/.+");
          case "aclweb.org", "www.aclweb.org" -> path.startsWith("/anthology/");
          default -> false;
        };
    if (!paper) {
      return null;
    }
    if (host.equals("link.springer.com")) {
      Identifier doi = PaperMentions.doiInPage(url, true);
      if (doi != null) {
        return doi;
      }
    }
    ParsedId parsed = Identifier.parse(url);
    return parsed instanceof ParsedId.Valid valid && valid.id().scheme() != Scheme.KEY
        ? valid.id()
        : null;
  }

  /** The link text of an {@code <a href>} or {@code {@link url text}} around a reference. */
  private static void anchors(String body, List<Found> found, List<TitleSpan> titles) {
    for (Pattern p : List.of(ANCHOR, LINK_TAG)) {
      Matcher a = p.matcher(body);
      while (a.find()) {
        for (Found f : found) {
          if (a.start(1) <= f.start && f.start < a.end(1) && f.anchorStart < 0) {
            f.anchorStart = a.start();
            f.anchorEnd = a.end();
            TitleSpan inside = null;
            for (TitleSpan t : titles) {
              if (t.start() >= a.start(2) && t.end() <= a.end(2)) {
                inside = t;
                break;
              }
            }
            if (inside != null) {
              f.title = inside;
            } else {
              String text = clean(a.group(2));
              if (isTitle(text, 2) && !NOT_TITLES.contains(text.toLowerCase(Locale.ROOT))) {
                f.title = new TitleSpan(text, a.start(2), a.end(2));
              }
            }
          }
        }
      }
    }
  }

  // ---- units of text ------------------------------------------------------------------------

  /** Paragraphs, {@code <pre>} blocks (third element 1), list items and block tags. */
  private static List<int[]> units(String body, boolean lineComment) {
    List<int[]> units = new ArrayList<>();
    if (lineComment) {
      units.add(new int[] {0, body.length(), 0});
      return units;
    }
    List<int[]> pres = new ArrayList<>();
    Matcher pre = PRE.matcher(body);
    while (pre.find()) {
      pres.add(new int[] {pre.start(1), pre.end(1), pre.start(), pre.end()});
    }
    int from = 0;
    for (int[] p : pres) {
      split(body, from, p[2], 0, units);
      split(body, p[0], p[1], 1, units);
      from = p[3];
    }
    split(body, from, body.length(), 0, units);
    return units;
  }

  private static void split(String body, int start, int end, int pre, List<int[]> units) {
    List<Integer> cuts = new ArrayList<>();
    Matcher blank = BLANK_LINE.matcher(body).region(start, end);
    while (blank.find()) {
      cuts.add(blank.start());
    }
    {
      Matcher cut = (pre == 0 ? BREAK : LIST_ITEM).matcher(body).region(start, end);
      cut.useTransparentBounds(true).useAnchoringBounds(false);
      while (cut.find()) {
        cuts.add(cut.start());
      }
    }
    cuts.sort(null);
    int from = start;
    for (int at : cuts) {
      if (at > from) {
        units.add(new int[] {from, at, pre});
      }
      from = Math.max(from, at);
    }
    if (end > from) {
      units.add(new int[] {from, end, pre});
    }
  }

  /** The sentences of a unit, split after a full stop that ends no initial or abbreviation. */
  private static List<int[]> sentences(String plain, int[] unit) {
    List<int[]> sentences = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(plain).region(unit[0], unit[1]);
    int from = unit[0];
    while (end.find()) {
      int at = end.start();
      int word = at;
      while (word > from
          && (Character.isLetter(plain.charAt(word - 1)) || plain.charAt(word - 1) == '.')) {
        word--;
      }
      String before = plain.substring(word, at);
      if (before.length() == 1 && Character.isUpperCase(before.charAt(0))
          || ABBREVIATIONS.contains(before.toLowerCase(Locale.ROOT))) {
        continue;
      }
      sentences.add(new int[] {from, at + 1, 0});
      from = at + 1;
    }
    sentences.add(new int[] {from, unit[1], 0});
    return sentences;
  }

  private static List<Found> within(List<Found> found, int start, int end) {
    List<Found> in = new ArrayList<>();
    for (Found f : found) {
      if (f.id != null && start <= f.start && f.start < end) {
        in.add(f);
      }
    }
    return in;
  }

  // ---- titles -------------------------------------------------------------------------------

  /** Every marked title candidate of the body: italic or cited, or quoted. */
  private static List<TitleSpan> titles(String body, String noTags) {
    List<TitleSpan> titles = new ArrayList<>();
    Matcher italic = ITALIC.matcher(body);
    while (italic.find()) {
      String text = clean(italic.group(2));
      if (isTitle(text, 2)) {
        titles.add(new TitleSpan(text, italic.start(), italic.end()));
      }
    }
    Matcher quoted = QUOTED.matcher(noTags);
    while (quoted.find()) {
      String inner =
          quoted.group(1) != null
              ? quoted.group(1)
              : quoted.group(2) != null ? quoted.group(2) : quoted.group(3);
      if (BLANK_LINE.matcher(inner).find() || inner.startsWith(" ")) {
        continue;
      }
      String text = clean(inner);
      if (isTitle(text, 2)) {
        titles.add(new TitleSpan(text, quoted.start(), quoted.end()));
      }
    }
    titles.sort(Comparator.comparingInt(TitleSpan::start));
    return titles;
  }

  /** Whether the text may be a title: three words or more, capitalised, no code, no address. */
  private static boolean isTitle(String text, int significant) {
    if (text.isEmpty() || text.length() > 300 || text.contains("://")) {
      return false;
    }
    char first = text.charAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    if (text.matches(".*[=;{}<>\\[\\]].*")
        || text.matches(".*\\w\\(.*")
        || CITATION.matcher(text).find()) {
      return false;
    }
    String[] words = text.split("\\s+");
    if (words.length == 2 && significant <= 2) {
      // "Layer Normalization", "Group Normalization": two capitalised words, neither little
      for (String w : words) {
        if (w.isEmpty()
            || !Character.isUpperCase(w.charAt(0))
            || LITTLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
      return true;
    }
    if (words.length < 3) {
      return false;
    }
    int count = 0;
    for (String w : words) {
      String word = w.replaceAll("[^\\p{L}\\p{N}-]", "").toLowerCase(Locale.ROOT);
      if (!word.isEmpty()
          && !LITTLE_WORDS.contains(word)
          && word.chars().anyMatch(Character::isLetter)) {
        count++;
      }
    }
    return count >= significant;
  }

  /** Title-only references of a unit with no identifier, when it reads like a reference. */
  private static List<Found> titleOnly(
      String body, String plain, int[] unit, List<TitleSpan> titles) {
    List<Found> refs = new ArrayList<>();
    List<TitleSpan> candidates = new ArrayList<>();
    for (TitleSpan t : titles) {
      if (unit[0] <= t.start()
          && t.start() < unit[1]
          && isTitle(t.title(), 3)
          && !inAnchor(body, t)) {
        candidates.add(t);
      }
    }
    if (candidates.isEmpty()) {
      return refs;
    }
    String text = plain.substring(unit[0], unit[1]);
    boolean year = !years(plain, unit[0], unit[1]).isEmpty();
    boolean authors = !authors(plain, unit[0], unit[1], titles).isEmpty();
    boolean bibliographic =
        BIB_WORD.matcher(text).find()
            || year && authors
            || text.contains("In:") && (year || authors);
    if (!bibliographic) {
      return refs;
    }
    for (TitleSpan t : candidates) {
      Found f = new Found(null, t.title(), t.start(), t.end());
      f.title = t;
      refs.add(f);
    }
    return refs;
  }

  private static boolean inAnchor(String body, TitleSpan t) {
    Matcher a = ANCHOR.matcher(body);
    while (a.find()) {
      if (a.start() <= t.start() && t.end() <= a.end()) {
        return true;
      }
    }
    return false;
  }

  // ---- details ------------------------------------------------------------------------------

  /** Gives each reference of the context the nearest title, authors, year and venue. */
  private static void details(
      String body, String plain, int[] context, List<Found> refs, List<TitleSpan> titles) {
    for (Found f : refs) {
      f.text = oneLine(body.substring(context[0], context[1]));
    }
    for (TitleSpan t : titles) {
      if (t.start() < context[0] || t.start() >= context[1] || claimed(t, refs)) {
        continue;
      }
      Found nearest = nearest(refs, t.start(), t.end());
      if (nearest != null && nearest.title == null && nearest.id != null) {
        nearest.title = t;
      }
    }
    for (Authors a : authors(plain, context[0], context[1], titles)) {
      Found nearest = nearest(refs, a.start(), a.end());
      if (nearest != null && closer(nearest.authors, a, nearest)) {
        nearest.authors = a;
      }
    }
    for (Year y : years(plain, context[0], context[1])) {
      Found nearest = nearest(refs, y.start(), y.end());
      if (nearest != null
          && (nearest.year == null
              || distance(nearest, y.start(), y.end())
                  < distance(nearest, nearest.year.start(), nearest.year.end()))) {
        nearest.year = y;
      }
    }
    boolean bibliographic =
        context[2] == 1
            || BIB_WORD.matcher(plain.substring(context[0], context[1])).find()
            || refs.stream().anyMatch(f -> f.authors != null && f.year != null);
    for (Found f : refs) {
      if (f.title != null && f.title.end() <= context[1] && (bibliographic || f.id == null)) {
        f.venue = venueAfter(plain, f.title.end(), context[1]);
      }
    }
    Matcher acronym = ACRONYM.matcher(plain).region(context[0], context[1]);
    while (acronym.find()) {
      boolean placed =
          acronym.group(2) != null
              || acronym.start() >= 3
                  && plain
                      .substring(Math.max(0, acronym.start() - 3), acronym.start())
                      .matches(".*(?:[Ii]n\\s|\\()");
      Found nearest = nearest(refs, acronym.start(), acronym.end());
      if (placed && nearest != null && nearest.venue == null) {
        nearest.venue = new Venue(acronym.group(1), acronym.start(), acronym.end());
      }
    }
  }

  private static boolean claimed(TitleSpan t, List<Found> refs) {
    for (Found f : refs) {
      if (f.title == t
          || f.anchorStart >= 0 && f.anchorStart <= t.start() && t.start() < f.anchorEnd) {
        return true;
      }
    }
    return false;
  }

  private static boolean closer(Authors current, Authors candidate, Found f) {
    return current == null
        || distance(f, candidate.start(), candidate.end())
            < distance(f, current.start(), current.end());
  }

  private static Found nearest(List<Found> refs, int start, int end) {
    Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Found f : refs) {
      int d = distance(f, start, end);
      if (d < bestDistance) {
        best = f;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(Found f, int start, int end) {
    int s = f.id == null ? f.start : f.spanStart();
    int e = f.id == null ? f.end : f.spanEnd();
    if (end <= s) {
      return s - end;
    }
    if (start >= e) {
      return start - e;
    }
    return 0;
  }

  /** The venue written right after a title: a journal or proceedings name before its year. */
  private static Venue venueAfter(String plain, int from, int to) {
    Matcher m = VENUE_AFTER_TITLE.matcher(plain).region(from, to);
    if (!m.find()) {
      return null;
    }
    String venue = m.group(1).replaceAll("\\s+", " ").strip();
    if (NO_VENUE.matcher(venue).find() || venue.split(" ").length > 12) {
      return null;
    }
    String after = plain.substring(m.end(1), to);
    boolean beforeYear = after.matches("(?s)^[\\s,.(]*(?:(?:19|20)\\d\\d|vol|\\d).*");
    if (!beforeYear && !VENUE_WORD.matcher(venue).find()) {
      return null;
    }
    return new Venue(venue, m.start(1), m.end(1));
  }

  /** The years written as a reference writes them: "2017.", "(2014)", ", 1951,". */
  private static List<Year> years(String plain, int start, int end) {
    List<Year> years = new ArrayList<>();
    Matcher m = YEAR.matcher(plain).region(start, end);
    m.useTransparentBounds(true);
    while (m.find()) {
      years.add(new Year(Integer.parseInt(m.group(1)), m.start(1), m.end(1)));
    }
    return years;
  }

  /**
   * The lists of authors: "Loshchilov, I., and Hutter, F.", "I. Loshchilov and F. Hutter", or
   * family names alone when a year or "et al." follows, or "by" comes before.
   */
  /**
   * How far before and after a list of names the words that tell an author list ("by", a
   * capitalised word, a year, "et al.") are looked for: enough for those words, and a long
   * paragraph is not scanned again for each capitalised word in it.
   */
  private static final int LOOK_BACK = 80;

  private static final int LOOK_AHEAD = 40;

  /**
   * Whether a marked title starts right after the names, with only spaces and punctuation between:
   * {@code Bottou L. "Large-Scale Machine Learning…"}, the first line of a reference.
   */
  private static boolean titleFollows(List<TitleSpan> titles, String plain, int listEnd, int end) {
    for (TitleSpan t : titles) {
      if (t.start() >= listEnd && t.start() < end) {
        for (int i = listEnd; i < t.start(); i++) {
          char c = plain.charAt(i);
          if (!Character.isWhitespace(c) && ".,:;".indexOf(c) < 0) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static List<Authors> authors(String plain, int start, int end, List<TitleSpan> titles) {
    List<Authors> lists = new ArrayList<>();
    Matcher m = AUTHOR.matcher(plain).region(start, end);
    m.useTransparentBounds(true);
    int from = start;
    while (from < end && m.find(from)) {
      if (m.end() > end) {
        break;
      }
      List<String> names = new ArrayList<>();
      boolean bareOnly = true; // no name in the "I. Family" or "Family, I." forms
      boolean initialed = true; // every name with initials, Vancouver's "Family I" too
      int listStart = m.start();
      int listEnd;
      Matcher cur = m;
      while (true) {
        String name = name(cur);
        if (name == null) {
          break;
        }
        bareOnly &= cur.group("bare") != null || cur.group("vfamily") != null;
        initialed &= cur.group("bare") == null;
        names.add(name);
        listEnd = cur.end();
        Matcher sep = AUTHOR_SEPARATOR.matcher(plain).region(listEnd, end);
        if (!sep.lookingAt() || sep.end() == listEnd) {
          break;
        }
        Matcher next = AUTHOR.matcher(plain).region(sep.end(), end);
        // "Hochreiter, S., and Schmidhuber, J.", Neural...: a family name alone ends such a list
        if (!next.lookingAt() || name(next) == null || !bareOnly && next.group("bare") != null) {
          break;
        }
        cur = next;
      }
      listEnd = cur.end();
      if (names.isEmpty()) {
        from = m.end();
        continue;
      }
      boolean distinctive = names.size() > 1 ? !bareOnly : m.group("family") != null;
      if (distinctive
          || !afterCapitalised(plain, Math.max(start, listStart - LOOK_BACK), listStart)
              && AFTER_BARE_NAMES
                  .matcher(plain.substring(listEnd, Math.min(end, listEnd + LOOK_AHEAD)))
                  .find()
          || BY.matcher(plain.substring(Math.max(start, listStart - LOOK_BACK), listStart)).find()
          || initialed && titleFollows(titles, plain, listEnd, end)) {
        lists.add(new Authors(names, listStart, listEnd));
      }
      from = listEnd;
    }
    return lists;
  }

  /**
   * Whether a capitalised word that is no name comes right before, not first in its sentence:
   * "Mathematical Statistics" but not "Implements Vaswani".
   */
  private static boolean afterCapitalised(String plain, int start, int at) {
    Matcher word = PREVIOUS_WORD.matcher(plain.substring(start, at));
    return word.find()
        && !NOT_NAMES.contains(word.group(2))
        && ".!?:;".indexOf(word.group(1).charAt(word.group(1).length() - 1)) < 0;
  }

  private static String name(Matcher m) {
    if (m.group("family") != null) {
      return initials(m.group("given")) + " " + m.group("family");
    }
    if (m.group("family2") != null) {
      return initials(m.group("given2")) + " " + m.group("family2");
    }
    if (m.group("vfamily") != null) {
      // Vancouver style, "Chen T": the initials without dots
      String family = m.group("vfamily");
      if (NOT_NAMES.contains(family)) {
        return null;
      }
      return String.join(". ", m.group("vgiven").split("")) + ". " + family;
    }
    String bare = m.group("bare");
    return NOT_NAMES.contains(bare) || ACRONYM.matcher(bare).matches() ? null : bare;
  }

  private static String initials(String given) {
    if (given.matches("\\p{Lu}{2,3}\\.")) {
      given = String.join(".", given.substring(0, given.length() - 1).split("")) + "."; // "MD."
    }
    return given.replaceAll("\\s+", "").replace(".", ". ").replace(". -", ".-").strip();
  }

  // ---- results ------------------------------------------------------------------------------

  private static List<Reference> merge(List<Found> found, String body, int firstLine) {
    Map<String, List<Found>> byId = new LinkedHashMap<>();
    List<Reference> references = new ArrayList<>();
    List<Object> order = new ArrayList<>();
    for (Found f : found) {
      if (f.id == null) {
        order.add(f);
      } else {
        String key = f.id.normalForm();
        if (!byId.containsKey(key)) {
          order.add(key);
        }
        byId.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      }
    }
    for (Object o : order) {
      List<Found> places = o instanceof Found f ? List.of(f) : byId.get(o);
      Found first = places.get(0);
      String title = null;
      List<String> authors = List.of();
      Integer year = null;
      String venue = null;
      String text = null;
      for (Found f : places) {
        if (title == null && f.title != null) {
          title = f.title.title();
          text = f.text;
        }
        if (authors.isEmpty() && f.authors != null) {
          authors = f.authors.names();
        }
        if (year == null && f.year != null) {
          year = f.year.year();
        }
        if (venue == null && f.venue != null) {
          venue = f.venue.venue();
        }
      }
      if (text == null) {
        text = first.text != null ? first.text : oneLine(first.written);
      }
      references.add(
          new Reference(
              first.id,
              first.written,
              firstLine + lineOf(body, first.start),
              title,
              authors,
              year,
              venue,
              text));
    }
    return references;
  }

  private static int lineOf(String body, int offset) {
    int lines = 0;
    for (int i = 0; i < offset; i++) {
      if (body.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  // ---- text ---------------------------------------------------------------------------------

  /** Markup and quotes stripped, whitespace collapsed, trailing punctuation dropped. */
  private static String clean(String text) {
    String s = stripMarkup(text).strip();
    while (!s.isEmpty() && "\"“”'`,.;:".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    while (!s.isEmpty() && "\"“”'`".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1).strip();
    }
    return s;
  }

  private static String stripMarkup(String text) {
    String s = text.replaceAll("\\{@(?:code|literal|link|linkplain)\\s+([^}]*)}", "$1");
    s = TAG.matcher(s).replaceAll(" ");
    s =
        s.replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", " ");
    return s.replaceAll("\\s+", " ").replaceAll(" (?=[,.;:!?)])", "").replace("( ", "(");
  }

  /** The text on one line, markup stripped, at most {@value #TEXT_LENGTH} chars. */
  private static String oneLine(String text) {
    String s = stripMarkup(text).strip();
    if (s.startsWith("@")) {
      s = s.replaceFirst("^@\\w+\\s*", "");
    }
    return s.length() <= TEXT_LENGTH ? s : s.substring(0, TEXT_LENGTH - 1).strip() + "…";
  }

  private static String blank(String text, Pattern pattern) {
    char[] chars = text.toCharArray();
    blank(chars, pattern.matcher(text));
    return new String(chars);
  }

  private static void blank(char[] chars, Matcher m) {
    while (m.find()) {
      blank(chars, m.start(), m.end());
    }
  }

  private static void blank(char[] chars, int start, int end) {
    for (int i = start; i < end && i < chars.length; i++) {
      if (chars[i] != '\n') {
        chars[i] = ' ';
      }
    }
  }
}
