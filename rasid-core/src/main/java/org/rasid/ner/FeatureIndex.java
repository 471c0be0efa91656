package org.rasid.ner;

import java.util.Arrays;

/** Open-addressing map from feature hash to a dense row index; lookups allocate nothing. */
final class FeatureIndex {
  private long[] keys;
  private int[] rows;
  private int size;
  private int mask;

  FeatureIndex(int capacity) {
    int cap = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
    keys = new long[cap];
    rows = new int[cap];
    Arrays.fill(rows, -1);
    mask = cap - 1;
  }

  int size() { return size; }

  /** Row of {@code key}, or -1. */
  int get(long key) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      int r = rows[i];
      if (r < 0) return -1;
      if (keys[i] == key) return r;
      i = (i + 1) & mask;
    }
  }

  /** Row of {@code key}, adding it with the next free row when absent. */
  int add(long key) {
    int r = get(key);
    if (r >= 0) return r;
    if ((size + 1) * 2 > keys.length) grow();
    put(key, size);
    return size++;
  }

  private void put(long key, int row) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (rows[i] >= 0) i = (i + 1) & mask;
    keys[i] = key;
    rows[i] = row;
  }

  private void grow() {
    long[] ok = keys;
    int[] or = rows;
    keys = new long[ok.length * 2];
    rows = new int[ok.length * 2];
    Arrays.fill(rows, -1);
    mask = keys.length - 1;
    for (int i = 0; i < ok.length; i++) if (or[i] >= 0) put(ok[i], or[i]);
  }

  /** Keys in row order. */
  long[] keysByRow() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) if (rows[i] >= 0) out[rows[i]] = keys[i];
    return out;
  }
}
