package io.github.papertrail.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.papertrail.catalog.format.StreamingJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How papertrail's reports are written with Jackson's data binding: deterministic (map keys sorted,
 * two-space indent, {@code \n} line ends, a final newline). The catalog and the citation index,
 * which a compilation reads and writes, use {@link StreamingJson}, the same format without data
 * binding.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

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
}
