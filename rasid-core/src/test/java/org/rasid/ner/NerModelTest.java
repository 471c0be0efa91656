package org.rasid.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model on ANERcorp's test split (scored only, never trained or tuned on). */
class NerModelTest {
  private static final Path DATA = Path.of("../data/ner/anercorp");

  private static double f1(String file) throws IOException {
    List<Conll.Sentence> data = Conll.read(Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8));
    List<String[]> pred = NerTraining.tagBlocks(NerTagger.get(),
        data.stream().map(s -> PerceptronTrainer.normalise(s.tokens())).toList());
    ChunkScorer sc = new ChunkScorer();
    for (int i = 0; i < data.size(); i++) sc.add(data.get(i).tags(), pred.get(i));
    return sc.score(null)[2];
  }

  @Test void officialTestScoresAsReported() throws IOException {
    double f = f1("ANERCorp_CamelLab_test.txt");
    assertTrue(f >= 70.5, "micro F1 " + f);
  }

  @Test void fixedSentenceStartsScoreAtLeastAsWell() throws IOException {
    assertTrue(f1("ANERCorp_CamelLab_test.sentence_starts_fixed.txt") >= 72.0);
  }

  @Test void chunkScorerFollowsConlleval() {
    ChunkScorer sc = new ChunkScorer();
    sc.add(new String[] {"B-PER", "I-PER", "O", "B-LOC"}, new String[] {"B-PER", "I-PER", "O", "I-LOC"});
    sc.add(new String[] {"B-ORG", "I-ORG"}, new String[] {"B-ORG", "O"});
    assertEquals(2, sc.counts("PER")[0] + sc.counts("LOC")[0]);
    assertEquals(0, sc.counts("ORG")[0]);
    assertEquals(2.0 / 3 * 100, sc.score(null)[0], 1e-9);
  }

  /**
   * The tagger sums few-valued features once per key: a key must stand for exactly one set of them.
   * Each sentence is tried with its own gazetteer marks, with none, and with every mark on every
   * token, so that every mark value meets every context.
   */
  @Test void fewValuedKeyDeterminesTheFeatures() throws IOException {
    List<Conll.Sentence> data = Conll.read(Files.newBufferedReader(DATA.resolve("ANERCorp_CamelLab_test.txt"),
        StandardCharsets.UTF_8));
    FeatureExtractor fx = new FeatureExtractor(NerLexicon.get());
    List<String> marks = new java.util.ArrayList<>();
    for (org.rasid.doc.EntityType t : org.rasid.doc.EntityType.values()) marks.addAll(List.of("B-" + t, "I-" + t));
    java.util.Map<Long, List<Long>> seen = new java.util.HashMap<>();
    long[] f = new long[32];
    int keyed = 0;
    for (Conll.Sentence s : data) {
      FeatureExtractor.Word[] ws = fx.words(PerceptronTrainer.normalise(s.tokens()));
      List<String[]> variants = new java.util.ArrayList<>(List.of(fx.gazetteer(ws), new String[ws.length]));
      for (String m : marks) {
        String[] all = new String[ws.length];
        java.util.Arrays.fill(all, m);
        variants.add(all);
      }
      for (String[] gz : variants) {
        for (int i = 0; i < ws.length; i++) {
          long key = FeatureExtractor.fewValuedKey(ws, gz, i);
          if (key < 0) continue;
          keyed++;
          int k = fx.fewValuedFeatures(ws, gz, i, f);
          List<Long> feats = new java.util.ArrayList<>();
          for (int q = 0; q < k; q++) feats.add(f[q]);
          List<Long> before = seen.putIfAbsent(key, feats);
          if (before != null) assertEquals(before, feats, "key " + Long.toHexString(key) + " at token " + i);
        }
      }
    }
    assertTrue(keyed > 200_000 && seen.size() > 10_000, keyed + " keyed, " + seen.size() + " keys");
  }

  /** Sentences tag the same whatever the tagger met before (its per-thread memo fills in another order). */
  @Test void taggingDoesNotDependOnWhatCameBefore() throws IOException {
    List<String[]> data = Conll.read(Files.newBufferedReader(DATA.resolve("ANERCorp_CamelLab_test.txt"),
        StandardCharsets.UTF_8)).stream().limit(400).map(s -> PerceptronTrainer.normalise(s.tokens())).toList();
    NerTagger forward = new NerTagger(NerTagger.get().local(), NerTagger.get().context(), NerLexicon.get());
    NerTagger backward = new NerTagger(NerTagger.get().local(), NerTagger.get().context(), NerLexicon.get());
    String[][] back = new String[data.size()][];
    for (int i = data.size() - 1; i >= 0; i--) back[i] = backward.tagDocument(List.<String[]>of(data.get(i))).get(0);
    for (int i = 0; i < data.size(); i++) {
      assertArrayEquals(forward.tagDocument(List.<String[]>of(data.get(i))).get(0), back[i], "sentence " + i);
    }
  }

  @Test void trainingIsReproducible() throws IOException {
    List<Conll.Sentence> data = Conll.read(Files.newBufferedReader(DATA.resolve("ANERCorp_CamelLab_train.txt"),
        StandardCharsets.UTF_8)).subList(0, 300);
    FeatureExtractor fx = new FeatureExtractor(NerLexicon.get());
    TaggerModel a = new PerceptronTrainer(fx, 3, 7, 1).train(data, null);
    TaggerModel b = new PerceptronTrainer(fx, 3, 7, 1).train(data, null);
    java.io.ByteArrayOutputStream x = new java.io.ByteArrayOutputStream(), y = new java.io.ByteArrayOutputStream();
    a.save(x);
    b.save(y);
    assertTrue(java.util.Arrays.equals(x.toByteArray(), y.toByteArray()));
  }
}
