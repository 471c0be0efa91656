package org.rasid.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains both models of {@link NerTagger}. The context model must learn from first-pass tags as
 * noisy as they will be on new text, so those come from jackknifing: the local model is trained
 * on all folds but one and tags the one left out.
 */
public final class NerTraining {
  /** ANERcorp has no document boundaries: runs of this many sentences stand in for documents. */
  public static final int BLOCK = 25;
  /** Features whose weights stay under this are dropped after training (chosen on the dev split). */
  static final float PRUNE = Float.parseFloat(System.getProperty("rasid.ner.prune", "1.0"));
  private final NerLexicon lexicon;
  private final int epochs;
  private final long seed;
  private final int folds;

  public NerTraining(NerLexicon lexicon, int epochs, long seed, int folds) {
    this.lexicon = lexicon;
    this.epochs = epochs;
    this.seed = seed;
    this.folds = folds;
  }

  public NerTagger train(List<Conll.Sentence> data, Consumer<String> log) {
    FeatureExtractor fx = new FeatureExtractor(lexicon);
    List<String[]> norms = new ArrayList<>(), gold = new ArrayList<>();
    List<long[][]> feats = new ArrayList<>();
    for (Conll.Sentence s : data) {
      String[] n = PerceptronTrainer.normalise(s.tokens());
      norms.add(n);
      gold.add(s.tags());
      feats.add(fx.extract(n));
    }
    PerceptronTrainer trainer = new PerceptronTrainer(fx, epochs, seed, 1);
    List<String[]> firstPass = new ArrayList<>(data.size());
    for (int f = 0; f < folds; f++) {
      int from = data.size() * f / folds, to = data.size() * (f + 1) / folds;
      TaggerModel m = trainer.train(allBut(feats, from, to), allBut(gold, from, to), null);
      for (int i = from; i < to; i++) firstPass.add(NerTagger.names(m, m.decode(feats.get(i))));
      log.accept("fold " + (f + 1) + "/" + folds + " done");
    }
    TaggerModel local = trainer.train(feats, gold, null).pruned(PRUNE);
    log.accept("local model: " + local.features() + " features");
    List<long[][]> feats2 = new ArrayList<>(data.size());
    for (int b = 0; b < data.size(); b += BLOCK) {
      int e = Math.min(data.size(), b + BLOCK);
      List<long[]> stems = new ArrayList<>();
      for (int i = b; i < e; i++) stems.add(fx.stems(norms.get(i)));
      long[][][] ctx = DocumentContext.features(stems, firstPass.subList(b, e));
      for (int i = b; i < e; i++) feats2.add(fx.extract(norms.get(i), ctx[i - b]));
    }
    TaggerModel context = trainer.train(feats2, gold, null).pruned(PRUNE);
    log.accept("context model: " + context.features() + " features");
    return new NerTagger(local, context, lexicon);
  }

  /**
   * Words the training data uses outside names at least {@code minCount} times and inside one at most
   * once in twenty, never as a one-word name: a list of common words («مشروع», «قال», «النفط» of «وزارة
   * النفط») that neither the tagger alone nor the entity linker may take for a name.
   */
  public static java.util.SortedSet<String> commonWords(List<Conll.Sentence> data, int minCount) {
    java.util.Map<String, int[]> counts = new java.util.HashMap<>(); // outside, inside, alone
    for (Conll.Sentence s : data) {
      String[] n = PerceptronTrainer.normalise(s.tokens());
      String[] tags = s.tags();
      for (int i = 0; i < n.length; i++) {
        int[] c = counts.computeIfAbsent(n[i], k -> new int[3]);
        if (tags[i].equals("O")) { c[0]++; continue; }
        c[1]++;
        if (tags[i].startsWith("B-") && (i + 1 == n.length || !tags[i + 1].startsWith("I-"))) c[2]++;
      }
    }
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (java.util.Map.Entry<String, int[]> e : counts.entrySet()) {
      String w = e.getKey();
      int[] c = e.getValue();
      if (c[2] == 0 && c[1] * 20 <= c[0] && c[0] >= minCount && w.length() >= 2
          && org.rasid.text.Tokenizer.isArabicLetter(w.charAt(0))) out.add(w);
    }
    return out;
  }

  /** The list without its elements {@code [from, to)}: the training part of a fold. */
  public static <E> List<E> allBut(List<E> all, int from, int to) {
    List<E> out = new ArrayList<>(all.subList(0, from));
    out.addAll(all.subList(to, all.size()));
    return out;
  }

  /** Tags sentences in blocks of {@link #BLOCK}, as training saw them. */
  public static List<String[]> tagBlocks(NerTagger tagger, List<String[]> sentences) {
    List<String[]> out = new ArrayList<>(sentences.size());
    for (int b = 0; b < sentences.size(); b += BLOCK) {
      out.addAll(tagger.tagDocument(sentences.subList(b, Math.min(sentences.size(), b + BLOCK))));
    }
    return out;
  }
}
