package org.rasid.ner;

import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.rasid.doc.Lexeme;
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
  /**
   * Forms cached per generation. A cached form with its summed weights takes about 600 bytes; two
   * generations of 40,000 stay under 50 MB a thread. News has a long tail of forms (124,000 in 2,650
   * articles), so the cache keeps what recurs: a form found in the old generation moves to the
   * young one, and when the young one is full the old one is dropped.
   */
  private static final int GENERATION = 40_000;
  private java.util.HashMap<String, Word> young = new java.util.HashMap<>(), old = new java.util.HashMap<>();

  private final NameGazetteer names;

  public FeatureExtractor(NerLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names();
  }

  /**
   * Facts about one word form, computed once per form. {@code units[slot]} holds the hashes of the
   * features the word contributes to a token at offset {@code slot - 2} from it (slot 2: its own
   * features); they depend on nothing else, so a tagger can sum their weights once per form
   * ({@code emit}, filled by {@link NerTagger}) instead of once per token.
   */
  static final class Word {
    final String w, stem, bare, prefix, light, shape, lex;
    /** The word as a name gazetteer key ({@link NameGazetteer#stem}), and the names that start with it. */
    final String nameKey;
    final NameGazetteer.Node nameRoot;
    /**
     * The form and the stem as 64-bit hashes, so that features of word pairs and document counts
     * of stems read two longs of this object instead of two strings' characters elsewhere in memory.
     */
    final long formHash, stemHash;
    /** Small ids of {@link #lex} and {@link #shape} ({@link SmallIds}), or -1 past their caps. */
    final int lexId, shapeId;
    float[] emit;

    Word(String w, String stem, String bare, String prefix, String light, String shape, String lex, NameGazetteer names) {
      this.w = w;
      this.stem = stem;
      this.bare = bare;
      this.prefix = prefix;
      this.light = light;
      this.shape = shape;
      this.lex = lex;
      this.nameKey = NameGazetteer.stem(stem);
      this.nameRoot = names.root(nameKey);
      this.formHash = h("w=", w);
      this.stemHash = h("s=", stem);
      this.lexId = LEX_IDS.id(lex);
      this.shapeId = SHAPE_IDS.id(shape);
    }

    /** Made on demand and not kept: a tagger needs them once per form, a trainer once per token. */
    long[] unit(int slot) { return slot == 2 ? own(this) : neighbour(this, slot); }
  }

  /** The clitic-stripped stem of each token as {@link DocumentContext} keys it. */
  long[] stems(String[] norm) { return DocumentContext.keys(words(norm)); }

  Word[] words(String[] norm) {
    Word[] out = new Word[norm.length];
    for (int i = 0; i < norm.length; i++) out[i] = word(norm[i]);
    return out;
  }

  /** Gazetteer marks of each token (null where none). */
  String[] gazetteer(Word[] info) { return names.mark(info); }

  public long[][] extract(String[] norm) { return extract(norm, null); }

  /** Features of each token, with {@code extra} (may be null) appended to each row. */
  public long[][] extract(String[] norm, long[][] extra) {
    int n = norm.length;
    Word[] info = words(norm);
    String[] gz = gazetteer(info);
    long[][] out = new long[n][];
    long[] f = new long[96];
    for (int i = 0; i < n; i++) {
      int k = 0;
      f[k++] = B;
      k = gazetteerFeatures(info, gz, i, f, k);
      long[] own = info[i].unit(2);
      System.arraycopy(own, 0, f, k, own.length);
      k += own.length;
      if (i == 0) f[k++] = FIRST;
      for (int d = -2; d <= 2; d++) {
        if (d == 0) continue;
        int j = i + d, slot = d + 2;
        if (j < 0 || j >= n) {
          f[k++] = PAD[slot];
          continue;
        }
        long[] u = info[j].unit(slot);
        System.arraycopy(u, 0, f, k, u.length);
        k += u.length;
        if (d == -1 || d == 1) f[k++] = lexPair(info, i, j);
      }
      k = wordPairFeatures(info, i, f, k);
      if (i > 0 && i + 1 < info.length) f[k++] = shapes(info, i);
      int x = extra == null ? 0 : extra[i].length;
      long[] row = new long[k + x];
      System.arraycopy(f, 0, row, 0, k);
      if (x > 0) System.arraycopy(extra[i], 0, row, k, x);
      out[i] = row;
    }
    return out;
  }

  /**
   * The features of token {@code i} that depend on more than one word form but take few distinct
   * values (bias, padding, gazetteer marks, word-list flags and shapes of neighbours): everything in
   * its row of {@link #extract} except the words' units and the word bigrams
   * ({@link #wordPairFeatures}). Writes them into {@code f}; returns how many.
   */
  int fewValuedFeatures(Word[] info, String[] gz, int i, long[] f) {
    int n = info.length, k = 0;
    f[k++] = B;
    k = gazetteerFeatures(info, gz, i, f, k);
    if (i == 0) f[k++] = FIRST;
    for (int d = -2; d <= 2; d++) {
      int j = i + d;
      if (d == 0) continue;
      if (j < 0 || j >= n) f[k++] = PAD[d + 2];
      else if (d == -1 || d == 1) f[k++] = lexPair(info, i, j);
    }
    if (i > 0 && i + 1 < n) f[k++] = shapes(info, i);
    return k;
  }

  /**
   * Everything {@link #fewValuedFeatures} reads at token {@code i}, packed into one exact 63-bit
   * key: where the token sits (sentence edges), its gazetteer mark, the word-list flags of it and
   * its neighbours, and their shapes. Tokens with equal keys get equal few-valued features, so a
   * tagger can sum their weights once per key. -1 when an id is past its cap (then there is no key).
   * Packed fields cluster in an open-addressing table: hash the key ({@link #fin}, a bijection) first.
   */
  static long fewValuedKey(Word[] info, String[] gz, int i) {
    int n = info.length;
    int left = Math.min(i, 2), right = Math.min(n - 1 - i, 2);
    int g = gz[i] == null ? 0 : GZ_IDS.id(gz[i]) + 1; // 0 is no mark (ids of absent neighbours' facts are masked by the edges)
    int lexL = i > 0 ? info[i - 1].lexId : 0, lexR = i + 1 < n ? info[i + 1].lexId : 0, lex0 = info[i].lexId;
    boolean inner = i > 0 && i + 1 < n;
    int shL = inner ? info[i - 1].shapeId : 0, sh0 = inner ? info[i].shapeId : 0, shR = inner ? info[i + 1].shapeId : 0;
    if ((g | lexL | lex0 | lexR | shL | sh0 | shR) < 0 || g == 0 && gz[i] != null || g >= 32 || lexL >= 1024 || lex0 >= 1024 || lexR >= 1024
        || shL >= 256 || sh0 >= 256 || shR >= 256) return -1;
    long k = left;
    k = k << 2 | right;
    k = k << 5 | g;
    k = k << 10 | lexL;
    k = k << 10 | lex0;
    k = k << 10 | lexR;
    k = k << 8 | shL;
    k = k << 8 | sh0;
    return k << 8 | shR;
  }

  /**
   * Dense ids for the few values of a word fact (word-list flags, shapes, gazetteer marks), shared
   * by all threads; a value past the cap gets -1 rather than growing the table without bound
   * (shapes of symbols are the symbols themselves).
   */
  static final class SmallIds {
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> ids = new java.util.concurrent.ConcurrentHashMap<>();
    private final int cap;

    SmallIds(int cap) { this.cap = cap; }

    int id(String value) {
      Integer id = ids.get(value);
      if (id != null) return id;
      if (ids.size() >= cap) return -1;
      synchronized (this) {
        return ids.computeIfAbsent(value, v -> ids.size() < cap ? ids.size() : -1);
      }
    }
  }

  private static final SmallIds LEX_IDS = new SmallIds(1024), SHAPE_IDS = new SmallIds(256), GZ_IDS = new SmallIds(32);

  /**
   * The word bigrams of token {@code i}, written into {@code f} from {@code k}; returns the new end.
   * A bigram is keyed by its two words' hashes, not by hashing their characters again.
   */
  static int wordPairFeatures(Word[] info, int i, long[] f, int k) {
    int n = info.length;
    if (i > 0) f[k++] = pair(WW_L, info[i - 1].formHash, info[i].formHash);
    if (i + 1 < n) f[k++] = pair(WW_R, info[i].formHash, info[i + 1].formHash);
    return k;
  }

  private static long pair(long template, long a, long b) {
    return fin(((template ^ a) * 0x9E3779B97F4A7C15L ^ b) * 0x9E3779B97F4A7C15L);
  }

  private static int gazetteerFeatures(Word[] info, String[] gz, int i, long[] f, int k) {
    if (gz[i] != null) {
      f[k++] = fin(add(GZ, gz[i]));
      if (i > 0) f[k++] = fin(add(add(add(GZ_PREV, gz[i]), '|'), info[i - 1].lex));
    }
    return k;
  }

  private static long lexPair(Word[] info, int i, int j) {
    return fin(add(add(add(XX[j - i + 2], info[j].lex), '|'), info[i].lex));
  }

  private static long shapes(Word[] info, int i) {
    return fin(add(add(add(SHSH, info[i - 1].shape), info[i].shape), info[i + 1].shape));
  }

  /** A word's own features: form, stems, clitics, shape, word-list flags, affixes. */
  private static long[] own(Word t) {
    long[] f = new long[24];
    int k = 0;
    f[k++] = fin(add(W0, t.w));
    f[k++] = fin(add(S0, t.stem));
    f[k++] = fin(add(L0, t.light));
    f[k++] = fin(add(P0, t.prefix));
    f[k++] = fin(add(SH0, t.shape));
    f[k++] = fin(add(X0, t.lex));
    String s = t.stem;
    for (int a = 1; a <= 3 && a < s.length(); a++) {
      f[k++] = fin(add(PRE[a], s, 0, a));
      f[k++] = fin(add(SUF[a], s, s.length() - a, s.length()));
    }
    if (!t.w.equals(s)) {
      for (int a = 2; a <= 4 && a < t.w.length(); a++) {
        f[k++] = fin(add(WPRE[a], t.w, 0, a));
        f[k++] = fin(add(WSUF[a], t.w, t.w.length() - a, t.w.length()));
      }
    }
    if (s.length() > 4) f[k++] = fin(add(SUF[4], s, s.length() - 4, s.length()));
    return java.util.Arrays.copyOf(f, k);
  }

  /** What a word tells a token {@code slot - 2} positions away: its form and flags; its stems and shape if adjacent. */
  private static long[] neighbour(Word u, int slot) {
    boolean adjacent = slot == 1 || slot == 3;
    long[] f = new long[adjacent ? 5 : 2];
    f[0] = fin(add(WN[slot], u.w));
    f[1] = fin(add(XN[slot], u.lex));
    if (adjacent) {
      f[2] = fin(add(SN[slot], u.stem));
      f[3] = fin(add(LN[slot], u.light));
      f[4] = fin(add(SHN[slot], u.shape));
    }
    return f;
  }

  /** Word facts are the same wherever the word occurs: computed once per word, not per token. */
  Word word(String w) {
    Word i = young.get(w);
    if (i != null) return i;
    i = old.get(w);
    if (i == null) i = info(w);
    if (young.size() >= GENERATION) {
      old = young;
      young = new java.util.HashMap<>(2 * GENERATION);
    }
    young.put(w, i);
    return i;
  }

  /** The facts of a token's form, from its lexeme's segmentation (not cached here: the caller keeps them with the lexeme). */
  Word word(Lexeme l) {
    return info(l.norm(), l);
  }

  private Word info(String w) {
    return info(w, null);
  }

  private Word info(String w, Lexeme l) {
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
      return new Word(w, w, w, "", w, shape, "-", names);
    }
    CliticSegmenter.Reading r = l == null ? segmenter.best(w) : new CliticSegmenter.Reading(l.prefix(), l.stem(), l.article());
    if (buf.length < w.length()) buf = new char[w.length()];
    w.getChars(0, w.length(), buf, 0);
    int len = stemmer.stem(buf, w.length());
    String light = new String(buf, 0, len);
    String lex = lexFlags(w, r);
    return new Word(w, r.stem(), r.bare(), r.prefix() + (r.article() ? "+ال" : ""), light, shape, lex, names);
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
  static long h(String template, String value) { return fin(add(start(template), value)); }

  /** The hash state after a template and its separator; values are added with {@link #add}. */
  static long start(String template) {
    long x = 0xcbf29ce484222325L;
    for (int i = 0; i < template.length(); i++) { x ^= template.charAt(i); x *= 0x100000001b3L; }
    x ^= 0x1f;
    return x * 0x100000001b3L;
  }

  static long add(long x, String s) { return add(x, s, 0, s.length()); }

  static long add(long x, String s, int from, int to) {
    for (int i = from; i < to; i++) { x ^= s.charAt(i); x *= 0x100000001b3L; }
    return x;
  }

  static long add(long x, char c) { return (x ^ c) * 0x100000001b3L; }

  static long fin(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }

  private static final long B = h("b", ""), FIRST = h("first", ""), GZ = start("gz="), GZ_PREV = start("gz|x-1=");
  private static final long W0 = start("w0="), S0 = start("s0="), L0 = start("l0="), P0 = start("p0="),
      SH0 = start("sh0="), X0 = start("x0="), WW_L = start("w-1w0="), WW_R = start("w0w+1="), SHSH = start("sh-1sh0sh+1=");
  private static final long[] PRE = new long[5], SUF = new long[5], WPRE = new long[5], WSUF = new long[5];
  private static final long[] PAD = new long[5], WN = new long[5], XN = new long[5], SN = new long[5], LN = new long[5],
      SHN = new long[5], XX = new long[5];

  static {
    for (int a = 1; a <= 4; a++) {
      PRE[a] = start("pre" + a + "=");
      SUF[a] = start("suf" + a + "=");
      WPRE[a] = start("wpre" + a + "=");
      WSUF[a] = start("wsuf" + a + "=");
    }
    for (int d = -2; d <= 2; d++) {
      String tag = d < 0 ? "" + d : "+" + d;
      int slot = d + 2;
      PAD[slot] = h("w" + tag + "=", "<pad>");
      WN[slot] = start("w" + tag + "=");
      XN[slot] = start("x" + tag + "=");
      SN[slot] = start("s" + tag + "=");
      LN[slot] = start("l" + tag + "=");
      SHN[slot] = start("sh" + tag + "=");
      XX[slot] = start("x" + tag + "|x0=");
    }
  }
}
