package io.github.papertrail.mention;

import io.github.papertrail.id.Identifier;
import io.github.papertrail.id.ParsedId;
import io.github.papertrail.id.Scheme;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the papers a text links or names by identifier: a Javadoc ({@code <a href=…>}, {@code
 * {@link https://…}}, {@code @see https://…}), a comment, a reference block ({@code arXiv preprint
 * arXiv:1711.05101}), a catalog entry's note. Links are found anywhere (in an attribute, in braces,
 * bare in a sentence, without its trailing punctuation); arXiv ids after {@code arXiv:}, {@code
 * arXiv } or {@code abs/}; DOIs after {@code doi:} or bare ({@code 10.1145/…}). Each candidate goes
 * through the identifier grammar; only papers count (arXiv, DOI, OpenReview, ACL Anthology, and the
 * pages of sites about one arXiv paper, or a publisher's page with a DOI in its path), never a
 * plain web page such as a blog post, slides or a repository.
 */
public final class PaperMentions {

  /**
   * An arXiv id in running text, as exporters and authors write it: "arXiv preprint
   * arXiv:1502.03167", "CoRR abs/1512.03385", "arXiv:2010.11929 [cs]", "Preprint, arXiv:1212.5701."
   */
  private static final Pattern ARXIV_IN_TEXT =
      Pattern.compile(
          "(?:arXiv[: ]\\s*|\\babs/)([^\\s,;{}\\[\\]()<>\"]+)", Pattern.CASE_INSENSITIVE);

  /** A link in running text: in an attribute, in braces, or bare. */
  private static final Pattern URL_IN_TEXT =
      Pattern.compile("https?://[^\\s{}<>\"']+", Pattern.CASE_INSENSITIVE);

  /** A DOI after "doi:" or "DOI: ", or bare, not inside a path or a number. */
  private static final Pattern DOI_IN_TEXT =
      Pattern.compile(
          "(?<![\\w./-])(?:doi:\\s*)?(10\\.\\d{4,9}/[^\\s{}<>\"']+)", Pattern.CASE_INSENSITIVE);

  /** A DOI in a page's path after a {@code /doi/} segment (and an optional view: full, pdf…). */
  private static final Pattern DOI_AFTER_DOI =
      Pattern.compile("^https?://[^/?#]+/(?:[^?#]*/)?doi/(?:[a-z]+/)?(10\\.\\d{4,9}/[^?#]+)");

  /** A DOI anywhere in a page's path. */
  private static final Pattern DOI_IN_PATH =
      Pattern.compile("^https?://[^/?#]+/(?:[^?#]*?/)?(10\\.\\d{4,9}/[^?#]+)");

  private PaperMentions() {}

  /**
   * Whether the text may mention a paper at all: it holds "://", "arxiv", "doi", "10." or "abs/"
   * (any case). Cheap; {@link #find} is only worth running when true.
   */
  public static boolean mayMention(CharSequence text) {
    if (text == null) {
      return false;
    }
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == ':' && startsWith(text, i, "://")
          || (c == 'a' || c == 'A') && startsWith(text, i, "arxiv")
          || (c == 'd' || c == 'D') && startsWith(text, i, "doi")
          || c == '1' && startsWith(text, i, "10.")
          || c == '/' && i >= 3 && startsWith(text, i - 3, "abs/")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence text, int at, String lowerCase) {
    if (at + lowerCase.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < lowerCase.length(); i++) {
      if (Character.toLowerCase(text.charAt(at + i)) != lowerCase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The papers the text mentions, in the order written; lines count from 1. */
  public static List<Mention> find(String text) {
    return find(text, 1);
  }

  /**
   * The papers the text mentions, in the order written, each once per place: a link is one mention,
   * not also the arXiv id or DOI in its path.
   *
   * @param firstLine the line the text starts on in its file
   */
  public static List<Mention> find(String text, int firstLine) {
    if (!mayMention(text)) {
      return List.of();
    }
    List<Mention> found = new ArrayList<>();
    BitSet taken = new BitSet(text.length());
    Matcher url = URL_IN_TEXT.matcher(text);
    while (url.find()) {
      String written = trimEnd(url.group());
      taken.set(url.start(), url.start() + written.length());
      add(found, paperLink(written.replace("&amp;", "&")), written, url.start());
    }
    Matcher arxiv = ARXIV_IN_TEXT.matcher(text);
    while (arxiv.find()) {
      if (!taken.get(arxiv.start())) {
        String id = trimEnd(arxiv.group(1));
        Identifier parsed = paper(id);
        if (parsed != null && parsed.scheme() == Scheme.ARXIV) {
          int end = arxiv.start(1) + id.length();
          taken.set(arxiv.start(), end);
          add(found, parsed, text.substring(arxiv.start(), end), arxiv.start());
        }
      }
    }
    Matcher doi = DOI_IN_TEXT.matcher(text);
    while (doi.find()) {
      if (!taken.get(doi.start()) && !taken.get(doi.start(1))) {
        String id = trimEnd(doi.group(1));
        Identifier parsed = paper(id);
        if (parsed != null && parsed.scheme() == Scheme.DOI) {
          add(found, parsed, text.substring(doi.start(), doi.start(1) + id.length()), doi.start());
        }
      }
    }
    found.sort(Comparator.comparingInt(Mention::offset));
    List<Mention> placed = new ArrayList<>(found.size());
    int line = firstLine;
    int counted = 0;
    for (Mention m : found) {
      for (; counted < m.offset(); counted++) {
        if (text.charAt(counted) == '\n') {
          line++;
        }
      }
      placed.add(new Mention(m.id(), m.written(), m.offset(), line));
    }
    return placed;
  }

  private static void add(List<Mention> found, Identifier id, String written, int offset) {
    if (id != null) {
      found.add(new Mention(id, written, offset, 0));
    }
  }

  /**
   * The paper a link names, or null for a plain web page: a paper site's page, or a publisher's
   * page with a DOI after {@code /doi/}.
   */
  public static Identifier paperLink(String url) {
    Identifier id = paper(url);
    if (id != null && id.scheme() == Scheme.URL) {
      return doiInPage(id.normalForm(), false);
    }
    return id;
  }

  /**
   * The candidate's identifier by the grammar (a look-alike taken in the form it suggests), or null
   * when it is none or a catalog key.
   */
  private static Identifier paper(String candidate) {
    if (candidate.isEmpty()) {
      return null;
    }
    ParsedId parsed = Identifier.parse(candidate);
    Identifier id =
        parsed instanceof ParsedId.Malformed malformed ? malformed.suggestion() : parsed.id();
    return id == null || id.scheme() == Scheme.KEY ? null : id;
  }

  /**
   * The DOI a publisher's page address holds, or null: after {@code /doi/} (ACM, Wiley, Taylor &
   * Francis, SAGE: {@code https://dl.acm.org/doi/10.1145/3292500.3330701}, {@code
   * …/doi/full/10.…}), or anywhere in the path when {@code anywhere} (Springer's {@code
   * https://link.springer.com/article/10.1007/…} written as a DOI).
   */
  public static Identifier doiInPage(String url, boolean anywhere) {
    Matcher m = (anywhere ? DOI_IN_PATH : DOI_AFTER_DOI).matcher(url);
    if (!m.find()) {
      return null;
    }
    String doi = m.group(1);
    if (doi.indexOf('%') >= 0) {
      try {
        doi = URLDecoder.decode(doi.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException brokenEscape) {
        return null;
      }
    }
    ParsedId parsed = Identifier.parse(doi);
    return parsed instanceof ParsedId.Valid valid && valid.id().scheme() != Scheme.KEY
        ? valid.id()
        : null;
  }

  /**
   * Without the sentence's punctuation after it: "1212.5701." is "1212.5701"; a closing bracket
   * stays when it closes one opened inside ({@code 10.1016/S0140-6736(20)30183-5}).
   */
  public static String trimEnd(String candidate) {
    int end = candidate.length();
    while (end > 0) {
      char last = candidate.charAt(end - 1);
      if (".,;:!?'\"*".indexOf(last) >= 0
          || last == ')' && !opened(candidate, end - 1, '(', ')')
          || last == ']' && !opened(candidate, end - 1, '[', ']')) {
        end--;
      } else {
        break;
      }
    }
    return candidate.substring(0, end);
  }

  /** Whether the bracket at {@code close} closes one opened before it. */
  private static boolean opened(String text, int close, char open, char closing) {
    int depth = 0;
    for (int i = 0; i < close; i++) {
      char c = text.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == closing && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** {@link Scheme} names as a message shows them: arXiv, DOI, OpenReview, ACL Anthology. */
  public static String schemeName(Scheme scheme) {
    return switch (scheme) {
      case ARXIV -> "arXiv";
      case DOI -> "DOI";
      case OPENREVIEW -> "OpenReview";
      case ACL -> "ACL Anthology";
      default -> scheme.name().toLowerCase(Locale.ROOT);
    };
  }
}
