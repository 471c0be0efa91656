package org.rasid.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear sequence model: one weight per (feature, tag), one per tag transition, decoded with
 * Viterbi. Trained by {@link PerceptronTrainer}; stored as gzipped rows of (hash, weights).
 */
public final class TaggerModel {
  static final int MAGIC = 0x5241_4e31; // "RAN1"
  final String[] tags;
  final FeatureIndex index;
  final float[] weights;   // row * T + tag
  final float[] trans;     // (prev + 1) * T + tag; prev = -1 is the sentence start

  TaggerModel(String[] tags, FeatureIndex index, float[] weights, float[] trans) {
    this.tags = tags;
    this.index = index;
    this.weights = weights;
    this.trans = trans;
  }

  public List<String> tags() { return List.of(tags); }

  public int features() { return index.size(); }

  /** Best tag sequence for a sentence's feature rows. */
  public int[] decode(long[][] feats) { return decode(feats, 0f); }

  /**
   * Best tag sequence with {@code outsideBias} taken off the score of O at every token: the
   * perceptron learns to say O too often on names it has never seen, and F1 rewards recall.
   */
  public int[] decode(long[][] feats, float outsideBias) {
    int n = feats.length, T = tags.length;
    float[] emit = new float[n * T];
    for (int i = 0; i < n; i++) addEmissions(feats[i], emit, i * T);
    return viterbi(emit, n, outsideBias);
  }

  /** Adds the weights of one token's features to {@code emit[base…base+T)}. */
  void addEmissions(long[] feats, float[] emit, int base) {
    int T = tags.length;
    for (long f : feats) {
      int r = index.get(f);
      if (r < 0) continue;
      int w = r * T;
      for (int t = 0; t < T; t++) emit[base + t] += weights[w + t];
    }
  }

  /** Viterbi over precomputed emission scores (n × T), O lowered by {@code outsideBias}. */
  int[] viterbi(float[] emit, int n, float outsideBias) {
    int T = tags.length;
    int[] out = new int[n];
    if (n == 0) return out;
    for (int i = 0; i < n; i++) emit[i * T] -= outsideBias;
    float[] score = new float[n * T];
    for (int t = 0; t < T; t++) score[t] = emit[t] + trans[t];
    // Forward pass keeps only the best scores, previous tag in the outer loop: the T running maxima
    // of a token are independent, so the processor overlaps them instead of waiting on one chain of
    // T compares per tag. A max is exact, so the order does not change a score. The backward pass
    // recomputes the argument for the one tag it follows.
    for (int i = 1; i < n; i++) {
      int prev = (i - 1) * T, cur = i * T;
      float s0 = score[prev];
      for (int t = 0; t < T; t++) score[cur + t] = s0 + trans[T + t];
      for (int p = 1; p < T; p++) {
        float sp = score[prev + p];
        int row = (p + 1) * T;
        for (int t = 0; t < T; t++) {
          float s = sp + trans[row + t], c = score[cur + t];
          score[cur + t] = s > c ? s : c;
        }
      }
      for (int t = 0; t < T; t++) score[cur + t] += emit[cur + t];
    }
    int arg = 0;
    for (int t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + arg]) arg = t;
    out[n - 1] = arg;
    for (int i = n - 1; i > 0; i--) {
      int prev = (i - 1) * T, tag = out[i];
      float best = score[prev] + trans[T + tag];
      int bp = 0;
      for (int p = 1; p < T; p++) {
        float s = score[prev + p] + trans[(p + 1) * T + tag];
        if (s > best) { best = s; bp = p; }
      }
      out[i - 1] = bp;
    }
    return out;
  }

  /**
   * The model without features whose weights all stay below {@code threshold} in magnitude:
   * rarely-updated features the averaging has nearly cancelled. A smaller table decodes faster.
   */
  public TaggerModel pruned(float threshold) {
    int T = tags.length;
    long[] keys = index.keysByRow();
    FeatureIndex idx = new FeatureIndex(keys.length);
    float[] w = new float[weights.length];
    for (int r = 0; r < keys.length; r++) {
      float mx = 0;
      for (int t = 0; t < T; t++) mx = Math.max(mx, Math.abs(weights[r * T + t]));
      if (mx < threshold || mx == 0f) continue;
      int row = idx.add(keys[r]);
      System.arraycopy(weights, r * T, w, row * T, T);
    }
    return new TaggerModel(tags, idx, java.util.Arrays.copyOf(w, idx.size() * T), trans.clone());
  }

  public void save(OutputStream os) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(os, 1 << 16))) {
      int T = tags.length;
      out.writeInt(MAGIC);
      out.writeInt(T);
      for (String t : tags) out.writeUTF(t);
      for (float f : trans) out.writeFloat(f);
      long[] keys = index.keysByRow();
      int kept = 0;
      for (int r = 0; r < keys.length; r++) if (!zero(r)) kept++;
      out.writeInt(kept);
      for (int r = 0; r < keys.length; r++) {
        if (zero(r)) continue;
        out.writeLong(keys[r]);
        for (int t = 0; t < T; t++) out.writeFloat(weights[r * T + t]);
      }
    }
  }

  private boolean zero(int row) {
    int T = tags.length;
    for (int t = 0; t < T; t++) if (weights[row * T + t] != 0f) return false;
    return true;
  }

  public static TaggerModel load(InputStream is) throws IOException {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(is, 1 << 16))) {
      if (in.readInt() != MAGIC) throw new IOException("not a Rasid tagger model");
      int T = in.readInt();
      String[] tags = new String[T];
      for (int t = 0; t < T; t++) tags[t] = in.readUTF();
      float[] trans = new float[(T + 1) * T];
      for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
      int n = in.readInt();
      FeatureIndex index = new FeatureIndex(n);
      float[] w = new float[n * T];
      for (int r = 0; r < n; r++) {
        int row = index.add(in.readLong());
        for (int t = 0; t < T; t++) w[row * T + t] = in.readFloat();
      }
      return new TaggerModel(tags, index, w, trans);
    }
  }
}
