package org.rasid.text;

import org.rasid.doc.Lexeme;
import org.rasid.doc.Token;

/**
 * The word forms seen lately, each one {@link Lexeme}: the tokenizer looks a token up once, by its
 * characters, and every later layer reads the lexeme. One lookup per token replaces one per layer,
 * and no string is made for a form already known.
 *
 * <p>A crawl meets new forms without end, so the vocabulary is bounded: forms live in two
 * generations; a form met in the old one moves to the young one, and when the young one is full
 * the old one is dropped (with what layers attached to its forms). Not thread-safe: one per thread.
 * Written here rather than on a library map because the key is a slice of a char array.
 */
final class Vocabulary {
  /** Forms per generation: news has a long tail (124,000 forms in 2,650 articles). */
  static final int GENERATION = 1 << 17;
  private final CliticSegmenter segmenter;
  private Table young = new Table(), old = new Table();

  Vocabulary(CliticSegmenter segmenter) { this.segmenter = segmenter; }

  /** The lexeme of {@code c[from, to)}, a token of the given kind. */
  Lexeme get(char[] c, int from, int to, Token.Kind kind) {
    long h = hash(c, from, to);
    Lexeme l = young.get(h);
    if (l != null) return l;
    l = old.get(h);
    if (l == null) {
      String norm = new String(c, from, to - from);
      l = kind == Token.Kind.ARABIC ? segmenter.lexeme(norm) : new Lexeme(norm, "", norm, false, norm);
    }
    if (young.size >= GENERATION) {
      old = young;
      young = new Table();
    }
    young.put(h, l);
    return l;
  }

  /**
   * A form is known by a 64-bit hash of its characters and length, as spaCy's string store knows
   * strings: comparing the characters themselves cost a cache miss per token into a pool of
   * megabytes, a third of the tokenizer's time. With at most 2^18 forms held, a new form takes a
   * held one's lexeme with probability below 2^-46; never 0, which marks a free slot.
   */
  static long hash(char[] c, int from, int to) {
    long h = 0xcbf29ce484222325L ^ (to - from);
    for (int i = from; i < to; i++) h = (h ^ c[i]) * 0x100000001b3L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** Open addressing, linear probing, at most half full; a slot is the form's hash, beside it its lexeme. */
  private static final class Table {
    private final int mask = 2 * GENERATION - 1;
    private final long[] keys = new long[2 * GENERATION];
    private final Lexeme[] entries = new Lexeme[2 * GENERATION];
    int size;

    Lexeme get(long h) {
      for (int i = (int) (h >>> 40) & mask; ; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == h) return entries[i];
        if (k == 0) return null;
      }
    }

    void put(long h, Lexeme l) {
      int i = (int) (h >>> 40) & mask;
      while (keys[i] != 0) i = (i + 1) & mask;
      keys[i] = h;
      entries[i] = l;
      size++;
    }
  }
}
