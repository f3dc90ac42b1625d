package io.github.papertrail.catalog.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.papertrail.catalog.CatalogException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A JSON or YAML document read whole with a Jackson streaming parser (jackson-core's for JSON,
 * jackson-dataformat-yaml's for YAML) into plain values that know where they start, so that a
 * reader can judge each item of a file on its own and say where a problem is: the CSL-JSON and CFF
 * catalog readers. A syntax error fails the file; anything else is for the reader to judge.
 */
final class Tree {

  /**
   * A value and the 1-based line and column where it starts.
   *
   * @param value a {@link String} (numbers and booleans as their text), a {@link List} of nodes, a
   *     {@link Map} from field name to node in the file's order, or null for {@code null}
   */
  record Node(Object value, int line, int column) {

    /** The text of a scalar, or null for anything else. */
    String text() {
      return value instanceof String text ? text : null;
    }

    /** The text of a scalar, stripped, or null when it is blank or no scalar. */
    String stripped() {
      String text = text();
      return text == null || text.isBlank() ? null : text.strip();
    }

    /** The elements of an array, or an empty list for anything else. */
    @SuppressWarnings("unchecked")
    List<Node> elements() {
      return value instanceof List<?> list ? (List<Node>) list : List.of();
    }

    /** The fields of an object, or an empty map for anything else. */
    @SuppressWarnings("unchecked")
    Map<String, Node> fields() {
      return value instanceof Map<?, ?> map ? (Map<String, Node>) map : Map.of();
    }

    /** A field of an object, or null. */
    Node get(String field) {
      return fields().get(field);
    }

    /** The stripped text of a field of an object, or null. */
    String text(String field) {
      Node node = get(field);
      return node == null ? null : node.stripped();
    }

    boolean isObject() {
      return value instanceof Map;
    }

    boolean isArray() {
      return value instanceof List;
    }

    /** The value as a message names it: its text in quotes, "an array", "an object", "null". */
    String describe() {
      if (value == null) {
        return "null";
      }
      if (isArray()) {
        return "an array";
      }
      if (isObject()) {
        return "an object";
      }
      String text = text();
      return "\"" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "\"";
    }
  }

  /** Takes a problem and where it is. */
  @FunctionalInterface
  interface Problems {
    void add(int line, int column, String message);
  }

  private final JsonParser parser;
  private final Problems problems;

  private Tree(JsonParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * Reads the first document of the content with a parser of the factory (a {@code JsonFactory} or
   * a {@code YAMLFactory}).
   *
   * @param what what the file should be, for messages ("a CSL-JSON file")
   * @param name the file's name, for messages
   * @param problems takes a field given twice in one object; the first one is kept
   * @return the root, or null for an empty document
   * @throws CatalogException "name:line:column: not what: problem" for a syntax error
   */
  static Node read(
      JsonFactory factory, String content, String name, String what, Problems problems) {
    JsonParser parser;
    try {
      parser = factory.createParser(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a parser over a string does no I/O
    }
    try (parser) {
      JsonToken token = parser.nextToken();
      return token == null ? null : new Tree(parser, problems).value(token);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        // snakeyaml knows where the problem is; Jackson's location is the last token read
        Mark at = yaml.getProblemMark();
        Mark context = yaml.getContextMark();
        throw new CatalogException(
            name
                + ":"
                + (at.getLine() + 1)
                + ":"
                + (at.getColumn() + 1)
                + ": not "
                + what
                + ": "
                + yaml.getProblem()
                + (yaml.getContext() == null
                    ? ""
                    : " "
                        + yaml.getContext()
                        + (context == null
                            ? ""
                            : " (line "
                                + (context.getLine() + 1)
                                + ", column "
                                + (context.getColumn() + 1)
                                + ")")),
            e);
      }
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
      String message =
          String.valueOf(e.getOriginalMessage())
              .replaceAll(
                  "\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)",
                  "(opened on line $1, column $2)")
              .replaceAll("\\s+", " ")
              .strip();
      throw new CatalogException(where + ": not " + what + ": " + message, e);
    } catch (IOException e) {
      throw new CatalogException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private Node value(JsonToken token) throws IOException {
    if (token == null) {
      throw new JsonParseException(parser, "the file ends inside an array or object");
    }
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Node> fields = new LinkedHashMap<>();
      for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
        JsonLocation fieldAt = parser.currentTokenLocation();
        Node value = value(parser.nextToken());
        if (fields.putIfAbsent(field, value) != null) {
          problems.add(
              fieldAt.getLineNr(),
              fieldAt.getColumnNr(),
              "\""
                  + field
                  + "\" is given twice in one object; the first one (line "
                  + fields.get(field).line()
                  + ") is used, remove the other");
        }
      }
      return new Node(Collections.unmodifiableMap(fields), line, column);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> elements = new ArrayList<>();
      for (JsonToken next = parser.nextToken();
          next != JsonToken.END_ARRAY;
          next = parser.nextToken()) {
        elements.add(value(next));
      }
      return new Node(Collections.unmodifiableList(elements), line, column);
    }
    return new Node(token == JsonToken.VALUE_NULL ? null : parser.getText(), line, column);
  }
}
