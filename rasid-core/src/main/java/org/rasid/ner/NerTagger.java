package org.rasid.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.rasid.doc.Lexeme;
import org.rasid.text.Resources;

/**
 * The entity tagger: a local model tags every sentence of a document, then a second model, which
 * also sees how the first labelled the word's other occurrences in the document
 * ({@link DocumentContext}), gives the final tags.
 */
public final class NerTagger {
  public static final String LOCAL_RESOURCE = "ner/anercorp-local.model.gz";
  public static final String MODEL_RESOURCE = "ner/anercorp-context.model.gz";
  /** Chosen on the dev split (end of the training file), never on the test. */
  static final float OUTSIDE_BIAS = Float.parseFloat(System.getProperty("rasid.ner.obias", "4"));
  private final TaggerModel local;
  private final TaggerModel context;
  private final ThreadLocal<FeatureExtractor> extractor;

  /** Both models' weights under one index: each feature is looked up once for both passes. */
  private final FeatureIndex jointIndex;
  private final float[] joint; // row * 2T: T local weights, then T context weights
  private final float outsideBias;

  public NerTagger(TaggerModel local, TaggerModel context, NerLexicon lexicon) {
    this(local, context, lexicon, OUTSIDE_BIAS);
  }

  /**
   * With {@code outsideBias} taken off the score of O in the second pass: higher finds more names, a
   * large negative value none (so tests can see what the lexicon patterns find on their own).
   */
  NerTagger(TaggerModel local, TaggerModel context, NerLexicon lexicon, float outsideBias) {
    this.outsideBias = outsideBias;
    this.local = local;
    this.context = context;
    this.extractor = ThreadLocal.withInitial(() -> new FeatureExtractor(lexicon));
    if (!java.util.Arrays.equals(local.tags, context.tags)) throw new IllegalArgumentException("models disagree on tags");
    int T = local.tags.length;
    long[] lk = local.index.keysByRow(), ck = context.index.keysByRow();
    jointIndex = new FeatureIndex(lk.length + ck.length / 4);
    for (long k : lk) jointIndex.add(k);
    for (long k : ck) jointIndex.add(k);
    joint = new float[jointIndex.size() * 2 * T];
    for (int r = 0; r < lk.length; r++) System.arraycopy(local.weights, r * T, joint, jointIndex.get(lk[r]) * 2 * T, T);
    for (int r = 0; r < ck.length; r++) System.arraycopy(context.weights, r * T, joint, jointIndex.get(ck[r]) * 2 * T + T, T);
  }

  private static final class Holder {
    static final NerTagger DEFAULT = new NerTagger(load(LOCAL_RESOURCE), load(MODEL_RESOURCE), NerLexicon.get());

    private static TaggerModel load(String name) {
      try (InputStream in = Resources.open(name)) {
        return TaggerModel.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static NerTagger get() { return Holder.DEFAULT; }

  public TaggerModel local() { return local; }

  public TaggerModel context() { return context; }

  /** Whether the training data showed the tagger this normalised word form (its own feature survived). */
  public boolean knows(String norm) { return local.index.get(FeatureExtractor.h("w0=", norm)) >= 0; }

  /** The first-pass tags of one sentence, without document context. */
  public String[] tagLocal(String[] norm) { return names(local, local.decode(extractor.get().extract(norm))); }

  /** IOB2 tags for each sentence (normalised tokens) of one document. */
  public List<String[]> tagDocument(List<String[]> sentences) {
    FeatureExtractor fx = extractor.get();
    List<FeatureExtractor.Word[]> words = new ArrayList<>(sentences.size());
    for (String[] s : sentences) words.add(fx.words(s));
    return tag(words);
  }

  /** What this tagger keeps with each word form: its facts and summed weights. */
  private final Lexeme.Key<FeatureExtractor.Word> formKey = new Lexeme.Key<>();

  /** IOB2 tags for each sentence (the tokens' word forms) of one document. */
  public List<String[]> tagForms(List<Lexeme[]> sentences) {
    FeatureExtractor fx = extractor.get();
    List<FeatureExtractor.Word[]> words = new ArrayList<>(sentences.size());
    for (Lexeme[] s : sentences) {
      FeatureExtractor.Word[] ws = new FeatureExtractor.Word[s.length];
      for (int i = 0; i < s.length; i++) {
        FeatureExtractor.Word w = s[i].get(formKey);
        if (w == null) {
          w = fx.word(s[i]);
          emissions(w);
          s[i].put(formKey, w);
        }
        ws[i] = w;
      }
      words.add(ws);
    }
    return tag(words);
  }

  private List<String[]> tag(List<FeatureExtractor.Word[]> sentences) {
    FeatureExtractor fx = extractor.get();
    Memo memo = memos.get();
    int T = local.tags.length;
    List<String[]> first = new ArrayList<>(sentences.size());
    List<long[]> stems = new ArrayList<>(sentences.size());
    List<float[]> contextEmit = new ArrayList<>(sentences.size());
    long[] f = new long[32];
    for (FeatureExtractor.Word[] ws : sentences) {
      String[] gz = fx.gazetteer(ws);
      int n = ws.length;
      // per token, the local model's T sums then the context model's: one contiguous run to add into
      int T2 = 2 * T;
      float[] acc = new float[n * T2];
      // Each word's five slots go to the five tokens around it: its summed weights are read once,
      // front to back, instead of a slice at a time by five tokens. A token still receives them in
      // the order of its words, left to right, so the sums are the same to the bit.
      for (int j = 0; j < n; j++) {
        float[] e = emissions(ws[j]);
        for (int slot = Math.max(0, j + 3 - n); slot < 5 && slot <= j + 2; slot++) {
          int base = (j - slot + 2) * T2, o = slot * T2;
          for (int t = 0; t < T2; t++) acc[base + t] += e[o + t];
        }
      }
      for (int i = 0; i < n; i++) {
        int base = i * T2;
        // summed apart, then added: a token's scores are the same to the bit whether or not its key is in the memo
        float[] v = memo.sums(FeatureExtractor.fewValuedKey(ws, gz, i), ws, gz, i, fx, f);
        int at = memo.at;
        for (int t = 0; t < T2; t++) acc[base + t] += v[at + t];
        int k = FeatureExtractor.wordPairFeatures(ws, i, f, 0);
        for (int q = 0; q < k; q++) addRow(jointIndex.get(f[q]), acc, base);
      }
      float[] el = new float[n * T], ec = new float[n * T];
      for (int i = 0; i < n; i++) {
        System.arraycopy(acc, i * T2, el, i * T, T);
        System.arraycopy(acc, i * T2 + T, ec, i * T, T);
      }
      first.add(names(local, local.viterbi(el, n, 0f)));
      contextEmit.add(ec);
      stems.add(DocumentContext.keys(ws));
    }
    long[][][] ctx = DocumentContext.features(stems, first);
    List<String[]> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      float[] ec = contextEmit.get(i);
      int n = sentences.get(i).length;
      for (int t = 0; t < n; t++) context.addEmissions(ctx[i][t], ec, t * T);
      out.add(names(context, context.viterbi(ec, n, outsideBias)));
    }
    return out;
  }

  /**
   * The summed local and context weights of a word's feature units, per slot: computed once per
   * word form and kept with it, so a token costs five vector additions instead of some thirty
   * hash lookups. Decoding was bound by those lookups.
   */
  private float[] emissions(FeatureExtractor.Word w) {
    float[] e = w.emit;
    if (e != null) return e;
    int T2 = 2 * local.tags.length;
    e = new float[5 * T2];
    for (int slot = 0; slot < 5; slot++) {
      for (long x : w.unit(slot)) addRow(jointIndex.get(x), e, slot * T2);
    }
    w.emit = e;
    return e;
  }

  /** Adds joint row {@code r} (local then context weights; none if negative) at {@code acc[base…]}. */
  private void addRow(int r, float[] acc, int base) {
    if (r < 0) return;
    int T2 = 2 * local.tags.length, w = r * T2;
    for (int t = 0; t < T2; t++) acc[base + t] += joint[w + t];
  }

  /**
   * The summed joint weights of the few-valued features (padding, word-list flag pairs, shapes) per
   * {@link FeatureExtractor#fewValuedKey}: some seven features a token, each hashed from strings
   * and looked up, become one lookup in a small per-thread table that stays in cache. News has
   * about 10,000 distinct keys; past the cap, new keys are summed each time.
   */
  private final class Memo {
    private static final int CAP = 1 << 16;
    private final FeatureIndex seen = new FeatureIndex(4096);
    private float[] vectors = new float[4096 * 2 * local.tags.length];
    private final float[] scratch = new float[2 * local.tags.length];
    /** Where the sums returned by the last {@link #sums} call start. */
    int at;

    /**
     * The sums of token {@code i}'s few-valued features for its key (-1: none), computed on first
     * sight; in a scratch vector when the key is none or the memo full. Sets {@link #at}.
     */
    float[] sums(long key, FeatureExtractor.Word[] ws, String[] gz, int i, FeatureExtractor fx, long[] f) {
      int T2 = scratch.length;
      long hashed = FeatureExtractor.fin(key); // packed fields cluster in an open-addressing table; fin is a bijection
      int r = key < 0 ? -1 : seen.get(hashed);
      if (r >= 0) {
        at = r * T2;
        return vectors;
      }
      float[] into = scratch;
      if (key >= 0 && seen.size() < CAP) {
        r = seen.add(hashed);
        if ((r + 1) * T2 > vectors.length) vectors = java.util.Arrays.copyOf(vectors, vectors.length * 2);
        into = vectors;
        at = r * T2;
      } else {
        java.util.Arrays.fill(scratch, 0f);
        at = 0;
      }
      int k = fx.fewValuedFeatures(ws, gz, i, f);
      for (int q = 0; q < k; q++) addRow(jointIndex.get(f[q]), into, at);
      return into;
    }
  }

  private final ThreadLocal<Memo> memos = ThreadLocal.withInitial(Memo::new);

  static String[] names(TaggerModel m, int[] ids) {
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) out[i] = m.tags[ids[i]];
    return out;
  }
}
