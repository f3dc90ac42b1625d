package io.github.papertrail.processor;

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

  /** The trees of javac's environment inside {@code env}, or null when there is none. */
  static Trees trees(ProcessingEnvironment env) {
    return trees(env, DEPTH, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static Trees trees(Object candidate, int depth, Set<Object> seen) {
    if (candidate == null || depth < 0 || !seen.add(candidate)) {
      return null;
    }
    if (candidate instanceof ProcessingEnvironment env) {
      try {
        return Trees.instance(env);
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
          Trees found = trees(value, depth - 1, seen);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }
}
