package org.rasid.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Non-local features (Krishnan and Manning 2006, by stacking): how a first-pass tagger labelled
 * the other occurrences of the same word in the same document. A name tagged PER in one sentence
 * is likely PER where it recurs without its first name or title.
 */
final class DocumentContext {
  private static final String[] TYPES = {"O", "PER", "ORG", "LOC", "MISC"};

  private DocumentContext() {}

  /** Extra feature hashes per token of each sentence, from the first-pass tags. */
  static long[][][] features(List<String[]> stems, List<String[]> firstPass) {
    Map<String, int[]> counts = new HashMap<>();
    for (int s = 0; s < stems.size(); s++) {
      String[] st = stems.get(s), tg = firstPass.get(s);
      for (int i = 0; i < st.length; i++) {
        if (!eligible(st[i])) continue;
        counts.computeIfAbsent(st[i], k -> new int[TYPES.length])[type(tg[i])]++;
      }
    }
    long[][][] out = new long[stems.size()][][];
    for (int s = 0; s < stems.size(); s++) {
      String[] st = stems.get(s), tg = firstPass.get(s);
      long[][] rows = new long[st.length][];
      for (int i = 0; i < st.length; i++) {
        int[] c = eligible(st[i]) ? counts.get(st[i]) : null;
        if (c == null) { rows[i] = new long[0]; continue; }
        int own = type(tg[i]);
        int best = -1, bestN = 0, others = 0;
        for (int t = 0; t < TYPES.length; t++) {
          int n = c[t] - (t == own ? 1 : 0);
          others += n;
          if (t > 0 && n > bestN) { best = t; bestN = n; }
        }
        if (others == 0) { rows[i] = new long[] {FeatureExtractor.h("ctx=", "alone")}; continue; }
        String major = best < 0 ? "O" : TYPES[best];
        String share = best < 0 ? "0" : bestN * 2 >= others ? "most" : "some";
        rows[i] = new long[] {FeatureExtractor.h("ctx=", major), FeatureExtractor.h("ctx=", major + share),
            FeatureExtractor.h("ctxown=", major + "|" + TYPES[own])};
      }
      out[s] = rows;
    }
    return out;
  }

  private static boolean eligible(String stem) { return stem.length() >= 3; }

  private static int type(String tag) {
    if (tag.length() < 3) return 0;
    return switch (tag.substring(2)) {
      case "PER" -> 1;
      case "ORG" -> 2;
      case "LOC" -> 3;
      default -> 4;
    };
  }
}
