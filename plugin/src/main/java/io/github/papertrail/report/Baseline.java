package io.github.papertrail.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems a codebase had when it adopted papertrail, which {@code check} then accepts: written
 * by {@code papertrail:baseline} as {@code papertrail-baseline.json}, matched as a multiset (an
 * entry listed twice accepts two occurrences), without lines so that moving code keeps its problems
 * accepted.
 */
public final class Baseline {

  /** The format's version; a file of another version is refused rather than guessed at. */
  static final int VERSION = 1;

  static final String COMMENT =
      "Problems papertrail:check accepts: it fails only on problems not listed here. Written by"
          + " papertrail:baseline; fix the code and remove entries, or rerun the goal.";

  private static final ObjectMapper READER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** The file as JSON: a comment for the person who opens it, the version, the entries. */
  record Contents(
      String comment,
      @JsonProperty(required = true) int version,
      @JsonProperty(required = true) List<BaselineEntry> problems) {
    Contents {
      if (version != VERSION) {
        throw new IllegalArgumentException(
            "version "
                + version
                + " is not the baseline format this papertrail reads ("
                + VERSION
                + ")");
      }
      if (problems == null) {
        throw new IllegalArgumentException("\"problems\" must be an array of entries");
      }
    }
  }

  private final List<BaselineEntry> entries;

  private Baseline(List<BaselineEntry> entries) {
    List<BaselineEntry> sorted = new ArrayList<>(entries);
    sorted.sort(null);
    this.entries = List.copyOf(sorted);
  }

  /** The baseline of these problems: every one of them, sorted. */
  public static Baseline of(List<CheckProblem> problems) {
    return new Baseline(problems.stream().map(CheckProblem::key).toList());
  }

  /** A baseline of exactly these entries. */
  public static Baseline ofEntries(List<BaselineEntry> entries) {
    return new Baseline(entries);
  }

  /** The entries, sorted, an entry once per occurrence it accepts. */
  public List<BaselineEntry> entries() {
    return entries;
  }

  /** The file's bytes: the same for the same entries, whatever their order. */
  public byte[] toJson() {
    return Json.write(new Contents(COMMENT, VERSION, entries));
  }

  /**
   * Reads a baseline file.
   *
   * @throws BaselineException {@code file:line:column: what is wrong} for a file that is not a
   *     baseline, or naming the file when it cannot be read
   */
  public static Baseline read(Path file) throws BaselineException {
    try (JsonParser parser = READER.createParser(Files.newInputStream(file))) {
      Contents read = READER.readValue(parser, Contents.class);
      if (read == null) {
        throw new BaselineException(file + ": empty, not a baseline. " + ADVICE);
      }
      return new Baseline(read.problems());
    } catch (JsonProcessingException e) {
      JsonLocation where =
          e instanceof UnrecognizedPropertyException unknown ? fieldAt(file, unknown) : null;
      throw new BaselineException(
          file + at(where != null ? where : e.getLocation()) + ": " + why(e) + ". " + ADVICE);
    } catch (NoSuchFileException e) {
      throw new BaselineException(file + ": no such baseline file");
    } catch (IOException e) {
      throw new BaselineException(file + ": cannot be read: " + e.getMessage());
    }
  }

  private static final String ADVICE =
      "Fix the file, or rerun papertrail:baseline to write it anew";

  /**
   * Where an unknown field is: Jackson reads a record's fields before it knows one is unknown, so
   * its own location is the object's end. Found again by name, depth and entry number.
   */
  private static JsonLocation fieldAt(Path file, UnrecognizedPropertyException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    int entry = path.size() == 3 ? path.get(1).getIndex() : -1;
    try (JsonParser parser = READER.createParser(Files.newInputStream(file))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.FIELD_NAME
            && parser.currentName().equals(e.getPropertyName())
            && depth(context) == path.size()
            && (entry < 0 || context.getParent().getCurrentIndex() == entry)) {
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException again) {
      return null;
    }
    return null;
  }

  private static int depth(JsonStreamContext context) {
    int depth = 0;
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      depth++;
    }
    return depth;
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : ":" + location.getLineNr() + ":" + location.getColumnNr();
  }

  private static final Pattern MISSING =
      Pattern.compile("Missing required creator property '([^']*)'");

  private static String why(JsonProcessingException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field \""
          + unknown.getPropertyName()
          + "\": the file has comment, version and problems; an entry has tag, element and"
          + " identifier";
    }
    String message = e.getOriginalMessage();
    Matcher missing = MISSING.matcher(message);
    if (missing.lookingAt()) {
      return "missing field \"" + missing.group(1) + "\"";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline))
        .replace(BaselineEntry.class.getName(), "entry")
        .replace(Contents.class.getName(), "baseline");
  }

  /**
   * Which of the problems the baseline accepts, and which of its entries no problem used up.
   *
   * @param accepted for each problem, in the order given, whether an entry accepts it
   * @param fixed the entries left over, sorted: problems fixed since the baseline was written
   */
  public record Match(List<Boolean> accepted, List<BaselineEntry> fixed) {

    /** How many problems the baseline accepts. */
    public long acceptedCount() {
      return accepted.stream().filter(Boolean::booleanValue).count();
    }
  }

  /**
   * Matches the problems against the entries as multisets: of the problems with the same tag,
   * element and identifier, as many as the baseline lists are accepted, the first in file and line
   * order; the rest are new.
   */
  public Match match(List<CheckProblem> problems) {
    Map<BaselineEntry, Integer> left = new HashMap<>();
    for (BaselineEntry entry : entries) {
      left.merge(entry, 1, Integer::sum);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> CheckProblem.ORDER.compare(problems.get(a), problems.get(b)));
    Boolean[] accepted = new Boolean[problems.size()];
    for (int i : order) {
      BaselineEntry key = problems.get(i).key();
      int count = left.getOrDefault(key, 0);
      accepted[i] = count > 0;
      if (count > 0) {
        left.put(key, count - 1);
      }
    }
    List<BaselineEntry> fixed = new ArrayList<>();
    for (BaselineEntry entry : entries) {
      int count = left.getOrDefault(entry, 0);
      if (count > 0) {
        fixed.add(entry);
        left.put(entry, count - 1);
      }
    }
    return new Match(List.of(accepted), fixed);
  }
}
