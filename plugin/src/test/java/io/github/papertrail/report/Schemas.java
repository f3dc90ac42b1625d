package io.github.papertrail.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The hand-written schemas under {@code src/test/resources/schemas/} (subsets of the official CSL
 * 1.0.2 data schema and CFF 1.2.0 schema, and the parts of SARIF 2.1.0 code scanning reads, see
 * their descriptions), checked with networknt's validator.
 */
final class Schemas {

  static final JsonSchema CSL_JSON = load("csl-data.schema.json");
  static final JsonSchema CFF_REFERENCES = load("cff-references.schema.json");
  static final JsonSchema SARIF = load("sarif-2.1.0-code-scanning.schema.json");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private Schemas() {}

  private static JsonSchema load(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource schemas/" + name);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses YAML as a CFF tool does (Jackson's YAML reader, SnakeYAML underneath) into a JSON tree.
   */
  static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation errors, as text, sorted; empty when the document is valid. */
  static List<String> errors(JsonSchema schema, JsonNode document) {
    return schema.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
  }
}
