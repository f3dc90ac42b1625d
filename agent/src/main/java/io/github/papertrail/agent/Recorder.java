package io.github.papertrail.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where instrumented code reports that an element ran. Public only because rewritten classes of any
 * package call {@link #used(int)}; not an API: read {@link PapersUsed#snapshot()}.
 *
 * <p>It lives in the agent jar on the system class path, so every class whose loader delegates to
 * the system class loader sees it; {@link CitationTransformer} leaves alone the classes of loaders
 * that cannot (the boot and platform loaders, parent-less loaders), rather than making them fail
 * with {@link NoClassDefFoundError}.
 */
public final class Recorder {

  private static final Object LOCK = new Object();
  private static final List<Site> SITES = new ArrayList<>();
  private static final List<Site> USED = new ArrayList<>();

  /**
   * Which sites have run, read without the lock by {@link #used(int)}: a stale read only takes the
   * locked path, which checks again. Replaced, never shrunk, when sites are registered.
   */
  private static volatile boolean[] seen = new boolean[64];

  private Recorder() {}

  /**
   * Called by rewritten code: once per element from classes (each site's own static flag guards the
   * call), at every call from interface methods (interfaces cannot hold that flag), where this
   * costs one array read.
   */
  public static void used(int site) {
    boolean[] now = seen;
    if (site < now.length && now[site]) {
      return;
    }
    synchronized (LOCK) {
      if (site < 0 || site >= SITES.size() || seen[site]) {
        return;
      }
      seen[site] = true;
      USED.add(SITES.get(site));
    }
  }

  /** Registers a site when its class is transformed; returns the id its code will report. */
  static int register(Site site) {
    synchronized (LOCK) {
      int id = SITES.size();
      SITES.add(site);
      if (id >= seen.length) {
        seen = Arrays.copyOf(seen, seen.length * 2);
      }
      return id;
    }
  }

  /** The sites that ran, in the order they first ran. */
  static List<Site> usedSites() {
    synchronized (LOCK) {
      return List.copyOf(USED);
    }
  }

  /** Forgets everything: for tests, which share this class. */
  static void clear() {
    synchronized (LOCK) {
      SITES.clear();
      USED.clear();
      seen = new boolean[64];
    }
  }
}
