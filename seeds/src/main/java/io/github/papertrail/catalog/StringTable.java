package io.github.papertrail.catalog;

import java.util.Arrays;

/**
 * A read-only hash table from strings, built in bulk: the catalog's index by key and by
 * identifier. Open addressing with the keys' hash codes kept beside them, filled in the order of
 * the slots the keys land in, so that building touches memory front to back and never reads a
 * key it is not comparing (a {@code HashMap} of a million random puts waits on a cache miss for
 * nearly each). Look-ups are one probe sequence: O(1).
 */
final class StringTable {

  /** What to keep when a key comes again; keys come in their original order. */
  @FunctionalInterface
  interface Repeat {
    /**
     * @param kept the value kept for the key so far
     * @param index the position of the repeated key in the keys as given
     * @return the value to keep
     */
    Object again(Object kept, int index);
  }

  private final int[] hashes;
  private final String[] keys;
  private final Object[] values;
  private final int shift;

  private StringTable(int bits) {
    int slots = 1 << bits;
    hashes = new int[slots];
    keys = new String[slots];
    values = new Object[slots];
    shift = 32 - bits;
  }

  /**
   * A table from {@code keys[i]} to {@code values[i]} for i &lt; n; where a key repeats,
   * {@code repeat} decides what is kept.
   */
  static StringTable of(String[] keys, Object[] values, int n, Repeat repeat) {
    int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, n))); // at most half full
    StringTable table = new StringTable(bits);
    int[] hashes = new int[n];
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = keys[i].hashCode();
      order[i] = (long) table.home(hashes[i]) << 32 | i; // by home slot, then by position
    }
    Arrays.sort(order);
    for (long packed : order) {
      int i = (int) packed;
      table.put(keys[i], hashes[i], values[i], i, repeat); // the key itself is read only to compare
    }
    return table;
  }

  private int home(int hash) {
    return (hash * 0x9E3779B9) >>> shift; // Fibonacci hashing: the high bits, well mixed
  }

  private void put(String key, int hash, Object value, int index, Repeat repeat) {
    int mask = keys.length - 1;
    for (int i = home(hash); ; i = (i + 1) & mask) {
      if (keys[i] == null) {
        hashes[i] = hash;
        keys[i] = key;
        values[i] = value;
        return;
      }
      if (hashes[i] == hash && keys[i].equals(key)) {
        values[i] = repeat.again(values[i], index);
        return;
      }
    }
  }

  /** The value kept for the key, or null. */
  Object get(String key) {
    int hash = key.hashCode();
    int mask = keys.length - 1;
    for (int i = home(hash); keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && keys[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }
}
