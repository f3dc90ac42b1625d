package io.github.papertrail.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh class loader that defines the named test classes from their instrumented bytes (and
 * delegates everything else, {@link Recorder} included, to the test's loader).
 */
final class Instrumented extends ClassLoader {

  private final Map<String, byte[]> rewritten = new HashMap<>();

  Instrumented(String... classNames) {
    super(Instrumented.class.getClassLoader());
    for (String name : classNames) {
      byte[] original = bytes(name);
      byte[] bytes = CitationTransformer.instrument(original);
      rewritten.put(name, bytes == null ? original : bytes);
    }
  }

  static byte[] bytes(String className) {
    String resource = "/" + className.replace('.', '/') + ".class";
    try (InputStream in = Instrumented.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      byte[] bytes = rewritten.get(name);
      if (bytes == null) {
        return super.loadClass(name, resolve);
      }
      Class<?> loaded = findLoadedClass(name);
      return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
    }
  }
}
