package org.rasid.text;

/** Moves between original offsets and counts of normalised characters. */
public final class Offsets {
  private Offsets() {}

  /** Original offset after skipping {@code n} normalised characters from {@code start}. */
  public static int skipNormalized(String text, int start, int n) {
    int i = start;
    while (n > 0 && i < text.length()) {
      if (ArabicNormalizer.fold(text.charAt(i)) != 0) n--;
      i++;
    }
    while (i < text.length() && ArabicNormalizer.isMark(text.charAt(i))) i++;
    return i;
  }
}
