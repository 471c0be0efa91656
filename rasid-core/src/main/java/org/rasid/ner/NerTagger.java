package org.rasid.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

  public NerTagger(TaggerModel local, TaggerModel context, NerLexicon lexicon) {
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

  /** The first-pass tags of one sentence, without document context. */
  public String[] tagLocal(String[] norm) { return names(local, local.decode(extractor.get().extract(norm))); }

  /** IOB2 tags for each sentence (normalised tokens) of one document. */
  public List<String[]> tagDocument(List<String[]> sentences) {
    FeatureExtractor fx = extractor.get();
    int T = local.tags.length;
    List<String[]> first = new ArrayList<>(sentences.size());
    List<String[]> stems = new ArrayList<>(sentences.size());
    List<float[]> contextEmit = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      long[][] f = fx.extract(s);
      float[] el = new float[f.length * T], ec = new float[f.length * T];
      for (int i = 0; i < f.length; i++) {
        for (long x : f[i]) {
          int r = jointIndex.get(x);
          if (r < 0) continue;
          int w = r * 2 * T;
          for (int t = 0; t < T; t++) {
            el[i * T + t] += joint[w + t];
            ec[i * T + t] += joint[w + T + t];
          }
        }
      }
      first.add(names(local, local.viterbi(el, f.length, 0f)));
      contextEmit.add(ec);
      stems.add(fx.stems(s));
    }
    long[][][] ctx = DocumentContext.features(stems, first);
    List<String[]> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      float[] ec = contextEmit.get(i);
      int n = sentences.get(i).length;
      for (int t = 0; t < n; t++) context.addEmissions(ctx[i][t], ec, t * T);
      out.add(names(context, context.viterbi(ec, n, OUTSIDE_BIAS)));
    }
    return out;
  }

  static String[] names(TaggerModel m, int[] ids) {
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) out[i] = m.tags[ids[i]];
    return out;
  }
}
