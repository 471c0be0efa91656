package org.rasid.text;

/**
 * A normalised view of a text with a map back to the original: {@code original(i)} is the offset
 * in the original text of view character {@code i}.
 */
public final class NormalizedText {
  private final String original;
  private final char[] chars;
  private final int[] map;
  private final int length;

  NormalizedText(String original, char[] chars, int[] map, int length) {
    this.original = original;
    this.chars = chars;
    this.map = map;
    this.length = length;
  }

  public String original() { return original; }

  public int length() { return length; }

  public char charAt(int i) { return chars[i]; }

  /** Shared, not copied: callers read it and never write. */
  char[] chars() { return chars; }

  public String substring(int from, int to) { return new String(chars, from, to - from); }

  /** Original offset where view character {@code i} starts. */
  public int originalStart(int i) { return map[i]; }

  /** Original offset just past view range ending (exclusive) at {@code i}. */
  public int originalEnd(int i) {
    if (i == 0) return 0;
    int end = map[i - 1] + 1;
    // A word's trailing diacritics and tatweel belong to it: «جداً» keeps its tanween.
    while (end < original.length() && ArabicNormalizer.isMark(original.charAt(end))) end++;
    return end;
  }

  @Override public String toString() { return new String(chars, 0, length); }
}
