package io.github.papertrail.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON set-up of papertrail's reports, with Jackson's data binding: strict reading (duplicate
 * keys rejected, unknown fields ignored for forward compatibility) and deterministic writing
 * (two-space indent, {@code \n} line ends, a final newline). The catalog and the citation index,
 * which a compilation reads and writes, use {@link StreamingJson}, the same format without data binding.
 */
public final class Json {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(StreamingJson.PRETTY);

  private Json() {}

  /** The value as pretty JSON bytes, UTF-8, ending in a newline. */
  public static byte[] write(Object value) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WRITER.writeValue(out, value);
      out.write('\n');
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document of the given type.
   *
   * @param what what the file should be, for messages ("a papertrail catalog")
   * @throws CatalogException "name:line:col: not what: problem"
   */
  public static <T> T read(InputStream in, String name, Class<T> type, String what) {
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(in);
      return MAPPER.readValue(parser, type);
    } catch (JsonProcessingException e) {
      // Limits (string length, nesting depth) are reported without a location: the parser still knows it.
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
      String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new CatalogException(where + ": not " + what + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(name + ": cannot read: " + e.getMessage(), e);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // the input stream is the caller's to close
        }
      }
    }
  }
}
