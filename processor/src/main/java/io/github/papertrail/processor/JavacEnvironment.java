package io.github.papertrail.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * javac's tree API behind the processing environment a build tool hands over. {@code
 * Trees.instance} takes only javac's own environment, but Gradle wraps it for incremental
 * processing and IntelliJ hands a {@link Proxy} of it (since 2020.3): without unwrapping, the index
 * would lose every source and line there. Only the read-only tree API comes from the unwrapped
 * environment; messages and files still go through the one given.
 */
final class JavacEnvironment {

  /** How deep wrappers of wrappers are searched. */
  private static final int DEPTH = 4;

  private JavacEnvironment() {}

  /**
   * javac's own environment inside {@code env} (or {@code env} itself), or null when there is none:
   * the one {@link Trees#instance} and {@link JavacTask#instance} accept.
   */
  static ProcessingEnvironment unwrap(ProcessingEnvironment env) {
    return unwrap(env, DEPTH, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /** The trees of javac's environment inside {@code env}, or null when there is none. */
  static Trees trees(ProcessingEnvironment env) {
    ProcessingEnvironment javacs = unwrap(env);
    return javacs == null ? null : Trees.instance(javacs);
  }

  private static ProcessingEnvironment unwrap(Object candidate, int depth, Set<Object> seen) {
    if (candidate == null || depth < 0 || !seen.add(candidate)) {
      return null;
    }
    if (candidate instanceof ProcessingEnvironment env) {
      try {
        Trees.instance(env);
        return env;
      } catch (IllegalArgumentException | LinkageError notJavacs) {
        // a wrapper, or another compiler: look inside
      }
    }
    Object holder =
        Proxy.isProxyClass(candidate.getClass())
            ? Proxy.getInvocationHandler(candidate)
            : candidate;
    for (Class<?> c = holder.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        Object value;
        try {
          field.setAccessible(true);
          value = field.get(holder);
        } catch (RuntimeException | IllegalAccessException closed) {
          continue; // a module that does not open it: not a wrapper we can read
        }
        if (value instanceof ProcessingEnvironment
            || value != null && Proxy.isProxyClass(value.getClass())) {
          ProcessingEnvironment found = unwrap(value, depth - 1, seen);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }
}
