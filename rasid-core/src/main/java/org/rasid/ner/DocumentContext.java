package org.rasid.ner;

import java.util.List;

/**
 * Non-local features (Krishnan and Manning 2006, by stacking): how a first-pass tagger labelled
 * the other occurrences of the same word in the same document. A name tagged PER in one sentence
 * is likely PER where it recurs without its first name or title.
 */
final class DocumentContext {
  private static final String[] TYPES = {"O", "PER", "ORG", "LOC", "MISC"};

  private DocumentContext() {}

  // the few feature hashes this stage can emit, computed once: «ctx=PER», «ctx=PERmost», «ctxown=PER|O»…
  private static final String[] SHARES = {"0", "most", "some"};
  private static final long ALONE = FeatureExtractor.h("ctx=", "alone");
  private static final long[] MAJOR = new long[TYPES.length];
  private static final long[][] MAJOR_SHARE = new long[TYPES.length][SHARES.length];
  private static final long[][] MAJOR_OWN = new long[TYPES.length][TYPES.length];

  static {
    for (int m = 0; m < TYPES.length; m++) {
      MAJOR[m] = FeatureExtractor.h("ctx=", TYPES[m]);
      for (int s = 0; s < SHARES.length; s++) MAJOR_SHARE[m][s] = FeatureExtractor.h("ctx=", TYPES[m] + SHARES[s]);
      for (int o = 0; o < TYPES.length; o++) MAJOR_OWN[m][o] = FeatureExtractor.h("ctxown=", TYPES[m] + "|" + TYPES[o]);
    }
  }

  /**
   * The keys this stage counts a sentence's words by: the stem's hash, or 0 for a stem too short
   * to tell a name (under three letters).
   */
  static long[] keys(FeatureExtractor.Word[] words) {
    long[] out = new long[words.length];
    for (int i = 0; i < words.length; i++) out[i] = words[i].stem.length() >= 3 ? words[i].stemHash : 0;
    return out;
  }

  /** Extra feature hashes per token of each sentence ({@link #keys}), from the first-pass tags. */
  static long[][][] features(List<long[]> stems, List<String[]> firstPass) {
    FeatureIndex index = new FeatureIndex(256);
    int[] counts = new int[256 * TYPES.length];
    for (int s = 0; s < stems.size(); s++) {
      long[] st = stems.get(s);
      String[] tg = firstPass.get(s);
      for (int i = 0; i < st.length; i++) {
        if (st[i] == 0) continue;
        int r = index.add(st[i]) * TYPES.length;
        if (r >= counts.length) counts = java.util.Arrays.copyOf(counts, counts.length * 2);
        counts[r + type(tg[i])]++;
      }
    }
    long[][][] out = new long[stems.size()][][];
    for (int s = 0; s < stems.size(); s++) {
      long[] st = stems.get(s);
      String[] tg = firstPass.get(s);
      long[][] rows = new long[st.length][];
      for (int i = 0; i < st.length; i++) {
        if (st[i] == 0) { rows[i] = NONE; continue; }
        int c = index.get(st[i]) * TYPES.length;
        int own = type(tg[i]);
        int best = -1, bestN = 0, others = 0;
        for (int t = 0; t < TYPES.length; t++) {
          int n = counts[c + t] - (t == own ? 1 : 0);
          others += n;
          if (t > 0 && n > bestN) { best = t; bestN = n; }
        }
        if (others == 0) { rows[i] = ALONE_ROW; continue; }
        int major = best < 0 ? 0 : best;
        int share = best < 0 ? 0 : bestN * 2 >= others ? 1 : 2;
        rows[i] = new long[] {MAJOR[major], MAJOR_SHARE[major][share], MAJOR_OWN[major][own]};
      }
      out[s] = rows;
    }
    return out;
  }

  private static final long[] NONE = {}, ALONE_ROW = {ALONE};

  private static int type(String tag) {
    if (tag.length() < 3) return 0;
    return switch (tag.charAt(2)) { // B-PER, I-ORG, …: the type's first letter tells them apart
      case 'P' -> 1;
      case 'O' -> 2;
      case 'L' -> 3;
      default -> 4;
    };
  }
}
