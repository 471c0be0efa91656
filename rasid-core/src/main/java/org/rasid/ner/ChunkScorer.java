package org.rasid.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chunk-level precision, recall and F1 as conlleval computes them: a chunk is right when its type
 * and both boundaries are; an I- tag that does not continue a chunk of its type starts one.
 */
public final class ChunkScorer {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}

  public record Chunk(String type, int start, int end) {}

  public void add(String[] gold, String[] pred) {
    List<Chunk> g = chunks(gold), p = chunks(pred);
    for (Chunk c : g) counts.computeIfAbsent(c.type, k -> new int[3])[2]++;
    for (Chunk c : p) {
      int[] k = counts.computeIfAbsent(c.type, x -> new int[3]);
      k[1]++;
      if (g.contains(c)) k[0]++;
    }
  }

  public static List<Chunk> chunks(String[] tags) {
    List<Chunk> out = new ArrayList<>();
    String type = null;
    int start = -1;
    for (int i = 0; i <= tags.length; i++) {
      String t = i < tags.length ? tags[i] : "O";
      String ty = t.length() > 2 ? t.substring(2) : null;
      boolean continues = type != null && t.startsWith("I-") && ty.equals(type);
      if (!continues) {
        if (type != null) out.add(new Chunk(type, start, i));
        type = null;
        if (t.startsWith("B-") || t.startsWith("I-")) { type = ty; start = i; }
      }
    }
    return out;
  }

  /** {precision, recall, f1} in percent for one type, or for all when type is null. */
  public double[] score(String type) {
    int c = 0, p = 0, g = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (type != null && !type.equals(e.getKey())) continue;
      c += e.getValue()[0];
      p += e.getValue()[1];
      g += e.getValue()[2];
    }
    double pr = p == 0 ? 0 : 100.0 * c / p, re = g == 0 ? 0 : 100.0 * c / g;
    return new double[] {pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re)};
  }

  public Iterable<String> types() { return counts.keySet(); }

  public int[] counts(String type) { return counts.get(type).clone(); }

  public String report() {
    StringBuilder b = new StringBuilder();
    int gold = 0, pred = 0, corr = 0;
    for (int[] k : counts.values()) { corr += k[0]; pred += k[1]; gold += k[2]; }
    b.append(String.format("chunks: %d gold, %d predicted, %d correct%n", gold, pred, corr));
    b.append(String.format("%-6s %9s %9s %9s %7s%n", "type", "precision", "recall", "F1", "gold"));
    for (String t : counts.keySet()) {
      double[] s = score(t);
      b.append(String.format("%-6s %9.2f %9.2f %9.2f %7d%n", t, s[0], s[1], s[2], counts.get(t)[2]));
    }
    double[] s = score(null);
    b.append(String.format("%-6s %9.2f %9.2f %9.2f %7d%n", "micro", s[0], s[1], s[2], gold));
    return b.toString();
  }
}
