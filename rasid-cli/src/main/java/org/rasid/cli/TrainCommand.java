package org.rasid.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.ner.ChunkScorer;
import org.rasid.ner.Conll;
import org.rasid.ner.FeatureExtractor;
import org.rasid.ner.NerLexicon;
import org.rasid.ner.NerTagger;
import org.rasid.ner.NerTraining;
import org.rasid.ner.PerceptronTrainer;
import org.rasid.ner.TaggerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a model. 'ner' trains the entity tagger on ANERcorp's train split (never the test)",
        "and writes the model that rasid-core ships. Deterministic for a given --seed."})
final class TrainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "what to train: ner")
  String what;

  @Option(names = "--data", defaultValue = "data/ner/anercorp/ANERCorp_CamelLab_train.txt",
      description = "CoNLL training file (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = {"-o", "--out"}, defaultValue = "rasid-core/src/main/resources/org/rasid/ner",
      description = "folder to write the two model files to (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--folds", defaultValue = "5", description = "jackknife folds for the context model (default: ${DEFAULT-VALUE})")
  int folds;

  @Option(names = "--epochs", defaultValue = "12", description = "passes over the data (default: ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--seed", defaultValue = "20190513", description = "shuffling seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--dev", defaultValue = "0",
      description = "hold out this fraction of the training file's end as a dev set and print its F1 (for tuning)")
  double dev;

  @Option(names = "--cv", defaultValue = "0",
      description = "K-fold cross-validation on the training file: print the pooled F1 of the K held-out folds and "
          + "write no model (for tuning with less noise than one --dev split)")
  int cv;

  @Override public Integer call() throws IOException {
    if (!what.equals("ner")) {
      System.err.println("rasid train: unknown model '" + what + "' (known: ner)");
      return 2;
    }
    List<Conll.Sentence> all = Conll.read(Files.newBufferedReader(data, StandardCharsets.UTF_8));
    if (cv > 1) return crossValidate(all);
    int cut = (int) Math.round(all.size() * (1 - dev));
    List<Conll.Sentence> train = all.subList(0, cut), held = all.subList(cut, all.size());
    System.err.printf("training on %d sentences (%s), %d epochs, seed %d%n", train.size(), data, epochs, seed);
    long t0 = System.nanoTime();
    NerTagger tagger = new NerTraining(NerLexicon.get(), epochs, seed, folds)
        .train(train, m -> System.err.printf("%s, %.1f s%n", m, (System.nanoTime() - t0) / 1e9));
    if (!held.isEmpty()) {
      ChunkScorer sl = new ChunkScorer(), sc = new ChunkScorer();
      score(tagger, held, sl, sc);
      System.out.print("dev, local model (" + held.size() + " sentences)\n" + sl.report());
      System.out.print("dev, with document context\n" + sc.report());
    }
    Files.createDirectories(out);
    Path common = out.resolve("common_words.txt");
    Files.write(common, (java.util.List<String>) new java.util.ArrayList<>(NerTraining.commonWords(train, 3)),
        StandardCharsets.UTF_8);
    System.err.printf("wrote %s: words used only outside names in the training data%n", common);
    save(tagger.local(), out.resolve(Path.of(NerTagger.LOCAL_RESOURCE).getFileName()));
    save(tagger.context(), out.resolve(Path.of(NerTagger.MODEL_RESOURCE).getFileName()));
    return 0;
  }

  /** Folds are contiguous runs of sentences, as ANERcorp's documents are. */
  private int crossValidate(List<Conll.Sentence> all) {
    ChunkScorer local = new ChunkScorer(), context = new ChunkScorer();
    for (int k = 0; k < cv; k++) {
      int from = all.size() * k / cv, to = all.size() * (k + 1) / cv;
      List<Conll.Sentence> held = all.subList(from, to);
      NerTagger tagger = new NerTraining(NerLexicon.get(), epochs, seed, folds)
          .train(NerTraining.allBut(all, from, to), m -> { });
      score(tagger, held, local, context);
      System.err.printf("fold %d/%d: F1 %.2f so far%n", k + 1, cv, context.score(null)[2]);
    }
    System.out.print(cv + "-fold cross-validation, local model\n" + local.report());
    System.out.print(cv + "-fold cross-validation, with document context\n" + context.report());
    return 0;
  }

  private static void score(NerTagger tagger, List<Conll.Sentence> held, ChunkScorer local, ChunkScorer context) {
    List<String[]> norms = held.stream().map(s -> PerceptronTrainer.normalise(s.tokens())).toList();
    List<String[]> first = norms.stream().map(tagger::tagLocal).toList();
    List<String[]> pred = NerTraining.tagBlocks(tagger, norms);
    for (int i = 0; i < held.size(); i++) {
      local.add(held.get(i).tags(), first.get(i));
      context.add(held.get(i).tags(), pred.get(i));
    }
  }

  private static void save(TaggerModel m, Path file) throws IOException {
    try (OutputStream os = new FileOutputStream(file.toFile())) {
      m.save(os);
    }
    System.err.printf("wrote %s: %d features, %d bytes%n", file, m.features(), Files.size(file));
  }
}
