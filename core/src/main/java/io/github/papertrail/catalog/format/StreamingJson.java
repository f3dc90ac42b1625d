package io.github.papertrail.catalog.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.papertrail.catalog.CatalogException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * Papertrail's own JSON files, the catalog and the citation index, on Jackson's streaming API
 * (jackson-core) alone: a compilation that reads the bundled catalog and writes its index loads no
 * data binding. Same rules as {@link Json}: duplicate keys rejected, unknown fields skipped, every
 * problem located by line and column; the same pretty printer, so the bytes are {@link Json}'s.
 *
 * <p>Values are read as Jackson's data binding read them into the records before: a number or a
 * boolean where a string belongs is its text; a whole number may be written as a string ({@code
 * "2021"}), a fraction is cut to its whole part; a boolean may be {@code "true"} or a number (0 is
 * false); {@code null}, {@code ""} and {@code "null"} give no value where a number or a boolean
 * belongs.
 */
public final class StreamingJson {

  /**
   * Without the parser's duplicate detection ({@code STRICT_DUPLICATE_DETECTION}), which makes a
   * hash set for every object of three fields or more: {@link Input} rejects duplicates itself.
   */
  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Two-space indent, {@code \n} line ends, {@code "key": value}: {@link Json} writes with it too.
   */
  public static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  /** Writes one document's value. */
  @FunctionalInterface
  public interface Writing {
    void write(JsonGenerator out) throws IOException;
  }

  /** Reads one document's value. */
  @FunctionalInterface
  public interface Reading<T> {
    T read(Input in) throws IOException;
  }

  private StreamingJson() {}

  /** The value as pretty JSON bytes, UTF-8, ending in a newline. */
  public static byte[] write(Writing value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
      out.setPrettyPrinter(PRETTY.createInstance());
      value.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /**
   * A string array field, written only when not empty: catalogs and indexes leave out what is
   * empty, so that adding such a field keeps the bytes of files without it.
   */
  public static void nonEmptyStrings(JsonGenerator out, String field, List<String> values)
      throws IOException {
    if (!values.isEmpty()) {
      out.writeArrayFieldStart(field);
      for (String value : values) {
        out.writeString(value);
      }
      out.writeEndArray();
    }
  }

  /**
   * Reads a document.
   *
   * @param what what the file should be, for messages ("a papertrail catalog")
   * @throws CatalogException "name:line:col: not what: problem"
   */
  public static <T> T read(InputStream in, String name, String what, Reading<T> document) {
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(in);
      return document.read(new Input(parser));
    } catch (JsonProcessingException e) {
      // Limits (string length, nesting depth) are reported without a location: the parser still
      // knows it.
      JsonLocation at =
          e.getLocation() != null
              ? e.getLocation()
              : parser == null ? null : parser.currentLocation();
      String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new CatalogException(where + ": not " + what + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(name + ": cannot read: " + e.getMessage(), e);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // nothing was written
        }
      }
    }
  }

  /**
   * A document being read: each {@code next…} method reads the next value (a field's, after {@link
   * #nextField}), of the type it names, or throws a problem located at that value.
   */
  public static final class Input {

    private final JsonParser parser;

    /** The field names of each open object, outermost first, to reject a name given twice. */
    private Names[] open = new Names[8];

    private int depth;

    /** The elements of the string array being read: one buffer for all of them. */
    private String[] strings = new String[8];

    /** One copy of each string read with {@link #nextShared}, up to {@link #SHARED} of them. */
    private final HashMap<String, String> shared = new HashMap<>();

    private static final int SHARED = 1 << 16;

    Input(JsonParser parser) {
      this.parser = parser;
    }

    /** Starts the document: true at the start of its object, false for {@code null}. */
    public boolean root(String expected) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw problem("no content; expected " + expected);
      }
      if (token == JsonToken.START_OBJECT) {
        open();
        return true;
      }
      if (token == JsonToken.VALUE_NULL) {
        return false;
      }
      throw problem("expected " + expected + ", not " + value());
    }

    /** The next field name of the object being read, or null at its end. */
    public String nextField() throws IOException {
      String name = parser.nextFieldName();
      if (name == null) {
        depth--;
      } else if (!open[depth - 1].add(name)) {
        throw problem("Duplicate field '" + name + "'");
      }
      return name;
    }

    /** Skips the next value, however deep; still rejecting duplicate names in it. */
    public void skipValue() throws IOException {
      skip(parser.nextToken());
    }

    private void skip(JsonToken token) throws IOException {
      if (token == JsonToken.START_OBJECT) {
        open();
        while (nextField() != null) {
          skip(parser.nextToken());
        }
      } else if (token == JsonToken.START_ARRAY) {
        for (JsonToken element = parser.nextToken();
            element != JsonToken.END_ARRAY && element != null;
            element = parser.nextToken()) {
          skip(element);
        }
      }
    }

    private void open() {
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      if (open[depth] == null) {
        open[depth] = new Names();
      } else {
        open[depth].clear();
      }
      depth++;
    }

    /** A string, or the text of a number or boolean; null for {@code null}. */
    public String nextString(String field) throws IOException {
      String text = parser.nextTextValue();
      if (text != null) {
        return text;
      }
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token.isScalarValue()) {
        return parser.getText();
      }
      throw mismatch(field, "a string");
    }

    /**
     * A string as {@link #nextString}, for values many entries repeat (author names, venues, tags):
     * equal values read share one copy.
     */
    public String nextShared(String field) throws IOException {
      return share(nextString(field));
    }

    /**
     * Years and counts, one object each: a million entries need not carry a million {@code
     * Integer(2021)}s.
     */
    private static final Integer[] SMALL = new Integer[4096];

    static {
      for (int i = 0; i < SMALL.length; i++) {
        SMALL[i] = i;
      }
    }

    private static Integer small(int value) {
      return value >= 0 && value < SMALL.length ? SMALL[value] : Integer.valueOf(value);
    }

    /** A whole number; null for {@code null}, {@code ""} and {@code "null"}. */
    public Integer nextInteger(String field) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return small(parser.getIntValue());
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        return parser.getValueAsInt();
      }
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = parser.getText();
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.equals("null")) {
          return null;
        }
        try {
          if (trimmed.length() <= 9) {
            return NumberInput.parseInt(trimmed);
          }
          parser.streamReadConstraints().validateIntegerLength(trimmed.length());
          long number = NumberInput.parseLong(trimmed);
          if (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
            return (int) number;
          }
          throw problem(
              "\""
                  + field
                  + "\" is out of range of int ("
                  + Integer.MIN_VALUE
                  + " - "
                  + Integer.MAX_VALUE
                  + "): "
                  + value());
        } catch (IllegalArgumentException e) {
          // not a number: the problem below
        }
      }
      throw mismatch(field, "a whole number");
    }

    /**
     * A boolean: also {@code "true"}, {@code "false"} and a number, 0 for false; null for {@code
     * null}, {@code ""}.
     */
    public Boolean nextBoolean(String field) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return parser.getNumberType() == JsonParser.NumberType.INT
            ? parser.getIntValue() != 0
            : !parser.getText().equals("0");
      }
      if (token == JsonToken.VALUE_STRING) {
        String trimmed = parser.getText().trim();
        switch (trimmed) {
          case "true", "True", "TRUE":
            return true;
          case "false", "False", "FALSE":
            return false;
          case "", "null":
            return null;
          default:
            break;
        }
      }
      throw mismatch(field, "true or false");
    }

    /**
     * An array of strings (numbers and booleans as their text), immutable; null for {@code null}.
     */
    public List<String> nextStrings(String field) throws IOException {
      return nextStrings(field, false);
    }

    /**
     * An array of strings as {@link #nextStrings}, whose elements many entries repeat as {@link
     * #nextShared}.
     */
    public List<String> nextSharedStrings(String field) throws IOException {
      return nextStrings(field, true);
    }

    private List<String> nextStrings(String field, boolean share) throws IOException {
      if (!nextArray(field, "an array of strings")) {
        return null;
      }
      String[] buffer = strings;
      int size = 0;
      while (true) {
        String text = parser.nextTextValue();
        if (text == null) {
          JsonToken token = parser.currentToken();
          if (token == JsonToken.END_ARRAY) {
            break;
          }
          if (token == JsonToken.VALUE_NULL || !token.isScalarValue()) {
            throw problem("an element of \"" + field + "\" must be a string, not " + value());
          }
          text = parser.getText();
        }
        if (size == buffer.length) {
          buffer = strings = Arrays.copyOf(buffer, size * 2);
        }
        buffer[size++] = share ? share(text) : text;
      }
      return switch (size) {
        case 0 -> List.of();
        case 1 -> List.of(buffer[0]);
        case 2 -> List.of(buffer[0], buffer[1]);
        case 3 -> List.of(buffer[0], buffer[1], buffer[2]);
        case 4 -> List.of(buffer[0], buffer[1], buffer[2], buffer[3]);
        default -> List.of(Arrays.copyOf(buffer, size));
      };
    }

    /** Starts an object: true at its start, false for {@code null}. */
    public boolean nextObject(String field) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        open();
        return true;
      }
      if (token == JsonToken.VALUE_NULL) {
        return false;
      }
      throw mismatch(field, "an object");
    }

    /**
     * Starts an array of objects: true at its start, false for {@code null}; then {@link
     * #nextElement}.
     */
    public boolean nextArray(String field) throws IOException {
      return nextArray(field, "an array of objects");
    }

    /**
     * The next element of an array of objects: true at the start of one, false at the array's end.
     */
    public boolean nextElement(String field) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        open();
        return true;
      }
      if (token == JsonToken.END_ARRAY) {
        return false;
      }
      throw problem("an element of \"" + field + "\" must be an object, not " + value());
    }

    /** A problem with the value just read, located at its start. */
    public JsonParseException problem(String message) {
      return new JsonParseException(parser, message, parser.currentTokenLocation());
    }

    private String share(String text) {
      if (text == null) {
        return null;
      }
      String known = shared.size() < SHARED ? shared.putIfAbsent(text, text) : shared.get(text);
      return known != null ? known : text;
    }

    private boolean nextArray(String field, String expected) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_ARRAY) {
        return true;
      }
      if (token == JsonToken.VALUE_NULL) {
        return false;
      }
      throw mismatch(field, expected);
    }

    private JsonParseException mismatch(String field, String expected) throws IOException {
      return problem("\"" + field + "\" must be " + expected + ", not " + value());
    }

    /** The current value as a message names it: its JSON text, or "an array", "an object". */
    private String value() throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_ARRAY) {
        return "an array";
      }
      if (token == JsonToken.START_OBJECT) {
        return "an object";
      }
      String text = parser.getText();
      if (text.length() > 80) {
        text = text.substring(0, 80) + "…";
      }
      return token == JsonToken.VALUE_STRING ? "\"" + text + "\"" : text;
    }

    /**
     * The names of one object: a list while short, a set past {@link #LIST}. Reused from object to
     * object.
     */
    private static final class Names {
      private static final int LIST = 32;
      private final String[] list = new String[LIST];
      private int size;
      private HashSet<String> set;

      /** False if the object has the name already. */
      boolean add(String name) {
        if (set != null) {
          return set.add(name);
        }
        for (int i = 0; i < size; i++) {
          if (list[i].equals(name)) {
            return false;
          }
        }
        if (size < LIST) {
          list[size++] = name;
        } else {
          set = new HashSet<>(Arrays.asList(list));
          set.add(name);
        }
        return true;
      }

      void clear() {
        size = 0;
        set = null;
      }
    }
  }
}
