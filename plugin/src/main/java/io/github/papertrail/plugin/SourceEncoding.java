package io.github.papertrail.plugin;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The sources' encoding, as the goals that read and edit sources (migrate, check's patch) take it.
 */
final class SourceEncoding {

  private SourceEncoding() {}

  /**
   * {@code project.build.sourceEncoding}, UTF-8 when unset.
   *
   * @throws MojoExecutionException naming the value when this JVM does not know it
   */
  static Charset of(String encoding) throws MojoExecutionException {
    if (encoding == null || encoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MojoExecutionException(
          "papertrail: project.build.sourceEncoding is "
              + encoding
              + ", which this JVM does not know: name an encoding such as UTF-8");
    }
  }
}
