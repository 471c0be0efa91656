package org.rasid.ner;

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
