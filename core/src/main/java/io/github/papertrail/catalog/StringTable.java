package io.github.papertrail.catalog;

import java.util.Arrays;

/**
 * A read-only hash table from strings, built in bulk: the catalog's index by key and by identifier.
 * Open addressing; each slot keeps the key's mixed hash code and the key's position in the arrays
 * given. Built from sort keys made while the strings are fresh (see {@link #sortKey}): sorted, they
 * fill the slots front to back without reading a key or a value, where a {@code HashMap} of a
 * million random puts waits on a cache miss or two for nearly each. Look-ups are one probe
 * sequence: O(1).
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

  // Fibonacci hashing: its multiple's high bits are well mixed
  private static final int PHI = 0x9E3779B9;
  private static final int UNSIGNED = 0x80000000;

  private final String[] keys;
  private final Object[] values;

  /** Per slot: the key's mixed hash code, and its position plus one (0: empty). */
  private final int[] hashes;

  private final int[] positions;
  private final int shift;

  private StringTable(String[] keys, Object[] values, int n) {
    int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, n))); // at most half full
    this.keys = keys;
    this.values = values;
    hashes = new int[1 << bits];
    positions = new int[1 << bits];
    shift = 32 - bits;
  }

  private static int mix(String key) {
    return key.hashCode() * PHI;
  }

  /**
   * The sort key of {@code key} at {@code index}: its mixed hash code (whose high bits are its home
   * slot) above its position. Best made while the string is in the CPU cache, as it is read.
   */
  static long sortKey(String key, int index) {
    return (long) (mix(key) ^ UNSIGNED) << 32 | index;
  }

  /**
   * A table from {@code keys[i]} to {@code values[i]} for i &lt; n, given {@code sortKeys[i] =
   * sortKey(keys[i], i)} (which it sorts); where a key repeats, {@code repeat} decides what is
   * kept. The table keeps the arrays.
   */
  static StringTable of(String[] keys, Object[] values, long[] sortKeys, int n, Repeat repeat) {
    StringTable table = new StringTable(keys, values, n);
    Arrays.parallelSort(
        sortKeys, 0, n); // by home slot, then by position (on more cores when it is large)
    for (int j = 0; j < n; j++) {
      long sortKey = sortKeys[j];
      table.put((int) (sortKey >>> 32) ^ UNSIGNED, (int) sortKey, repeat);
    }
    return table;
  }

  private void put(int mixed, int index, Repeat repeat) {
    int mask = positions.length - 1;
    for (int slot = mixed >>> shift; ; slot = (slot + 1) & mask) {
      int at = positions[slot] - 1;
      if (at < 0) {
        hashes[slot] = mixed;
        positions[slot] = index + 1;
        return;
      }
      if (hashes[slot] == mixed && keys[at].equals(keys[index])) {
        values[at] = repeat.again(values[at], index);
        return;
      }
    }
  }

  /** The value kept for the key, or null. */
  Object get(String key) {
    int mixed = mix(key);
    int mask = positions.length - 1;
    for (int slot = mixed >>> shift; positions[slot] != 0; slot = (slot + 1) & mask) {
      int at = positions[slot] - 1;
      if (hashes[slot] == mixed && keys[at].equals(key)) {
        return values[at];
      }
    }
    return null;
  }
}
