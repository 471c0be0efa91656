package org.rasid.text;

import java.util.Collection;

/**
 * A bit set over strings' hash codes, in front of a lexicon asked once per token: most tokens are
 * not in it, and a String caches its hash code, so they are turned away by one bit in a few
 * kilobytes that stay in the processor's cache instead of a probe into a large hash table.
 * No false negatives; false positives go on to the real lookup.
 */
public final class HashFilter {
  private final long[] bits;
  private final int mask;

  /** About 32 bits per key, at least 4,096: a few percent false positives. */
  public HashFilter(Collection<String> keys) {
    int n = Integer.highestOneBit(Math.max(4096, keys.size() * 32 - 1)) << 1;
    bits = new long[n / 64];
    mask = n - 1;
    for (String k : keys) {
      int b = bit(k.hashCode());
      bits[b >>> 6] |= 1L << b;
    }
  }

  private int bit(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 7 & mask;
  }

  public boolean mightContain(String s) { return mightContainHash(s.hashCode()); }

  /** Whether a string whose {@link String#hashCode} is {@code h} may be in the set: for callers that roll the hash of a string they have not made. */
  public boolean mightContainHash(int h) {
    int b = bit(h);
    return (bits[b >>> 6] & (1L << b)) != 0;
  }
}
