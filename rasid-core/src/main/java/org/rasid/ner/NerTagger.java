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

  public NerTagger(TaggerModel local, TaggerModel context, NerLexicon lexicon) {
    this.local = local;
    this.context = context;
    this.extractor = ThreadLocal.withInitial(() -> new FeatureExtractor(lexicon));
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
    List<String[]> first = new ArrayList<>(sentences.size());
    List<String[]> stems = new ArrayList<>(sentences.size());
    List<long[][]> base = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      long[][] f = fx.extract(s);
      base.add(f);
      first.add(names(local, local.decode(f)));
      stems.add(fx.stems(s));
    }
    long[][][] ctx = DocumentContext.features(stems, first);
    List<String[]> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      long[][] f = base.get(i);
      for (int t = 0; t < f.length; t++) f[t] = concat(f[t], ctx[i][t]);
      out.add(names(context, context.decode(f, OUTSIDE_BIAS)));
    }
    return out;
  }

  private static long[] concat(long[] a, long[] b) {
    if (b.length == 0) return a;
    long[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  static String[] names(TaggerModel m, int[] ids) {
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) out[i] = m.tags[ids[i]];
    return out;
  }
}
