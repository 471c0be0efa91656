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
    int h = hash(c, from, to);
    Lexeme l = young.get(h, c, from, to);
    if (l != null) return l;
    l = old.get(h, c, from, to);
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

  private static int hash(char[] c, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + c[i];
    return h * 0x9E3779B9;
  }

  /**
   * Open addressing, linear probing, at most half full. Each slot keeps the form's hash and where
   * its characters sit in one shared pool, so a lookup compares against memory it has just read
   * instead of following a lexeme to its string to its array.
   */
  private static final class Table {
    private final int mask = 2 * GENERATION - 1;
    private final int[] hashes = new int[2 * GENERATION];
    private final int[] offsets = new int[2 * GENERATION];
    private final Lexeme[] entries = new Lexeme[2 * GENERATION];
    private char[] pool = new char[8 * GENERATION]; // per form: its length, then its characters
    private int used;
    int size;

    Lexeme get(int h, char[] c, int from, int to) {
      int len = to - from;
      for (int i = (h >>> 15) & mask; ; i = (i + 1) & mask) {
        Lexeme e = entries[i];
        if (e == null) return null;
        if (hashes[i] == h && same(offsets[i], len, c, from)) return e;
      }
    }

    void put(int h, Lexeme l) {
      int i = (h >>> 15) & mask;
      while (entries[i] != null) i = (i + 1) & mask;
      String s = l.norm();
      if (used + s.length() + 1 > pool.length) pool = java.util.Arrays.copyOf(pool, 2 * pool.length + s.length() + 1);
      offsets[i] = used;
      pool[used++] = (char) s.length();
      s.getChars(0, s.length(), pool, used);
      used += s.length();
      entries[i] = l;
      hashes[i] = h;
      size++;
    }

    private boolean same(int off, int len, char[] c, int from) {
      if (pool[off] != len) return false;
      for (int k = 0; k < len; k++) if (pool[off + 1 + k] != c[from + k]) return false;
      return true;
    }
  }
}
