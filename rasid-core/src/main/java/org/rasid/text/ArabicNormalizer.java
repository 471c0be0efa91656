package org.rasid.text;

/**
 * Folds Arabic spelling variation for matching, keeping a map back to the original offsets.
 *
 * <p>Only deletions and one-for-one substitutions happen, so every character of the view comes
 * from exactly one character of the input and the map is a plain {@code int[]}. Written by hand
 * rather than with Lucene's {@code ArabicNormalizer} because that one works in place and loses the
 * offsets, which Rasid must keep.
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** Normalises {@code text}; see {@link #fold(char)} for what changes. */
  public static NormalizedText normalize(String text) {
    int n = text.length();
    char[] out = new char[n];
    text.getChars(0, n, out, 0);
    int[] map = new int[n + 1];
    int j = 0;
    for (int i = 0; i < n; i++) { // in place: j never passes i
      char c = TABLE[out[i]];
      if (c == 0) continue;
      // «#كوريا_الجنوبية»: a hashtag's words are words
      if (c == '_' || c == '#' && i + 1 < n && Character.isLetter(out[i + 1])) c = ' ';
      out[j] = c;
      map[j++] = i;
    }
    map[j] = n;
    return new NormalizedText(text, out, map, j);
  }

  /** Normalises a lexicon entry or query: same folding, no offsets. */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (c != 0) b.append(c);
    }
    return b.toString();
  }

  /** Combining marks and tatweel: dropped from the view, but part of the word they sit on. */
  public static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
        || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED');
  }

  /** {@link #fold(char)} of every char: one load per character in the hot loop. */
  private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) TABLE[c] = computeFold((char) c);
  }

  /** The folded form of one character, or 0 when it is dropped. */
  public static char fold(char c) { return TABLE[c]; }

  private static char computeFold(char c) {
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') return (char) (c + 32);
      if (c == '\'') return '"';
      return c;
    }
    switch (c) {
      case '\u0622': case '\u0623': case '\u0625': case '\u0671': case '\u0672': case '\u0673':
        return '\u0627';                                   // آ أ إ ٱ → ا
      case '\u0649': return '\u064A';                      // ى → ي
      case '\u0629': return '\u0647';                      // ة → ه
      case '\u06CC': return '\u064A';                      // Persian yeh
      case '\u06A9': return '\u0643';                      // keheh → kaf
      case '\u0640': return 0;                             // tatweel
      case '\u0670': return 0;                             // superscript alef
      case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E': case '\u201F':
      case '\u2033': case '\u2036': case '\u02BA': case '\u300C': case '\u300D': case '\uFF02':
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2039': case '\u203A':
        return '"';
      case '\u060C': return '\u060C';                      // Arabic comma stays itself
      case '\u066B': return '.';                           // Arabic decimal separator
      case '\u066C': return ',';                           // Arabic thousands separator
      case '\u00A0': case '\u2002': case '\u2003': case '\u2009': case '\u202F': case '\u3000':
        return ' ';
      case '\u2013': case '\u2014': case '\u2212': return '-';
      default:
    }
    if (c >= '\u064B' && c <= '\u065F') return 0;          // harakat, shadda, sukun
    if (c >= '\u0610' && c <= '\u061A') return 0;          // Quranic marks
    if (c >= '\u06D6' && c <= '\u06ED') return 0;
    if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
    if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
    if ((c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C' || c == '\u00AD') return 0;
    return c;
  }
}
