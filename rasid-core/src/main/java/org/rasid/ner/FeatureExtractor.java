package org.rasid.ner;

import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.rasid.text.CliticSegmenter;
import org.rasid.text.Tokenizer;

/**
 * Features of each token of a sentence, as 64-bit hashes of "template=value" strings: the word
 * and its neighbours, its clitic-stripped stem and Lucene's light stem, affixes, shape, and its
 * membership in the word lists of {@link NerLexicon}, with those of its neighbours.
 *
 * <p>Not thread-safe (it reuses buffers); make one per thread.
 */
public final class FeatureExtractor {
  private final NerLexicon lexicon;
  private final CliticSegmenter segmenter = new CliticSegmenter();
  private final ArabicStemmer stemmer = new ArabicStemmer();
  private final StringBuilder sb = new StringBuilder(64);
  private char[] buf = new char[64];

  public FeatureExtractor(NerLexicon lexicon) { this.lexicon = lexicon; }

  /** Per-token facts computed once per sentence. */
  private record Info(String w, String stem, String bare, String prefix, String light, String shape, String lex) {}

  /** The clitic-stripped stem of each token: the key for document-level features. */
  public String[] stems(String[] norm) {
    String[] out = new String[norm.length];
    for (int i = 0; i < norm.length; i++) {
      String w = norm[i];
      out[i] = !w.isEmpty() && Tokenizer.isArabicLetter(w.charAt(0)) ? segmenter.best(w).stem() : w;
    }
    return out;
  }

  public long[][] extract(String[] norm) { return extract(norm, null); }

  /** Features of each token, with {@code extra} (may be null) appended to each row. */
  public long[][] extract(String[] norm, long[][] extra) {
    int n = norm.length;
    Info[] info = new Info[n];
    for (int i = 0; i < n; i++) info[i] = info(norm[i]);
    long[][] out = new long[n][];
    long[] f = new long[96];
    for (int i = 0; i < n; i++) {
      int k = 0;
      Info t = info[i];
      f[k++] = h("b", "");
      f[k++] = h("w0=", t.w);
      f[k++] = h("s0=", t.stem);
      f[k++] = h("l0=", t.light);
      f[k++] = h("p0=", t.prefix);
      f[k++] = h("sh0=", t.shape);
      f[k++] = h("x0=", t.lex);
      String s = t.stem;
      for (int a = 1; a <= 3 && a < s.length(); a++) {
        f[k++] = h("pre" + a + "=", s.substring(0, a));
        f[k++] = h("suf" + a + "=", s.substring(s.length() - a));
      }
      if (!t.w.equals(s)) {
        for (int a = 2; a <= 4 && a < t.w.length(); a++) {
          f[k++] = h("wpre" + a + "=", t.w.substring(0, a));
          f[k++] = h("wsuf" + a + "=", t.w.substring(t.w.length() - a));
        }
      }
      if (s.length() > 4) f[k++] = h("suf4=", s.substring(s.length() - 4));
      if (i == 0) f[k++] = h("first", "");
      for (int d = -2; d <= 2; d++) {
        if (d == 0) continue;
        int j = i + d;
        String tag = d < 0 ? "" + d : "+" + d;
        if (j < 0 || j >= n) {
          f[k++] = h("w" + tag + "=", "<pad>");
          continue;
        }
        Info u = info[j];
        f[k++] = h("w" + tag + "=", u.w);
        f[k++] = h("x" + tag + "=", u.lex);
        if (d == -1 || d == 1) {
          f[k++] = h("s" + tag + "=", u.stem);
          f[k++] = h("l" + tag + "=", u.light);
          f[k++] = h("sh" + tag + "=", u.shape);
          f[k++] = h("x" + tag + "|x0=", u.lex + "|" + t.lex);
        }
      }
      if (i > 0) f[k++] = h("w-1w0=", info[i - 1].w + " " + t.w);
      if (i + 1 < n) f[k++] = h("w0w+1=", t.w + " " + info[i + 1].w);
      if (i > 0 && i + 1 < n) f[k++] = h("sh-1sh0sh+1=", info[i - 1].shape + info[i].shape + info[i + 1].shape);
      int x = extra == null ? 0 : extra[i].length;
      long[] row = new long[k + x];
      System.arraycopy(f, 0, row, 0, k);
      if (x > 0) System.arraycopy(extra[i], 0, row, k, x);
      out[i] = row;
    }
    return out;
  }

  private Info info(String w) {
    String shape;
    if (w.isEmpty()) shape = "E";
    else {
      char c = w.charAt(0);
      if (Tokenizer.isArabicLetter(c)) shape = w.length() <= 2 ? "a" : w.length() <= 4 ? "A" : "AA";
      else if (c >= '0' && c <= '9') shape = "9";
      else if (Character.isLetter(c)) shape = "L";
      else shape = w;  // punctuation stands for itself
    }
    if (!shape.startsWith("A") && !shape.equals("a")) {
      return new Info(w, w, w, "", w, shape, "-");
    }
    CliticSegmenter.Reading r = segmenter.best(w);
    if (buf.length < w.length()) buf = new char[w.length()];
    w.getChars(0, w.length(), buf, 0);
    int len = stemmer.stem(buf, w.length());
    String light = new String(buf, 0, len);
    String lex = lexFlags(w, r);
    return new Info(w, r.stem(), r.bare(), r.prefix() + (r.article() ? "+ال" : ""), light, shape, lex);
  }

  private String lexFlags(String w, CliticSegmenter.Reading r) {
    int bits = bits(lexicon.kinds(w));
    if (!r.bare().equals(w)) bits |= bits(lexicon.kinds(r.bare()));
    if (!r.stem().equals(r.bare())) bits |= bits(lexicon.kinds(r.stem())) & ~(1 << NerLexicon.Kind.STOP.ordinal());
    if (bits == 0) return "-";
    sb.setLength(0);
    for (NerLexicon.Kind k : NerLexicon.Kind.values()) {
      if ((bits & (1 << k.ordinal())) != 0) sb.append(k.name().charAt(0)).append(k.ordinal());
    }
    return sb.toString();
  }

  private static int bits(Set<NerLexicon.Kind> kinds) {
    int b = 0;
    for (NerLexicon.Kind k : kinds) b |= 1 << k.ordinal();
    return b;
  }

  /** FNV-1a over template and value, then a finaliser so that nearby strings spread. */
  static long h(String template, String value) {
    long x = 0xcbf29ce484222325L;
    for (int i = 0; i < template.length(); i++) { x ^= template.charAt(i); x *= 0x100000001b3L; }
    x ^= 0x1f;
    x *= 0x100000001b3L;
    for (int i = 0; i < value.length(); i++) { x ^= value.charAt(i); x *= 0x100000001b3L; }
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}
