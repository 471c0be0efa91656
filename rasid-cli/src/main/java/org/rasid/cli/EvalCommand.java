package org.rasid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.ner.ChunkScorer;
import org.rasid.ner.Conll;
import org.rasid.ner.NerLexicon;
import org.rasid.ner.NerTagger;
import org.rasid.ner.NerTraining;
import org.rasid.ner.PerceptronTrainer;
import org.rasid.ner.TaggerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Rasid against gold data.",
    subcommands = {EvalCommand.Ner.class, QuotesEval.class, PlacesEval.class, EventsEval.class})
final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "what to evaluate: ner, quotes or places");
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {"Entity tagging on a CoNLL file (token TAG, blank line between sentences, IOB2, PER or PERS):",
          "conlleval-style precision, recall and F1 per type and micro-averaged."})
  static final class Ner implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--predictions", paramLabel = "OUT",
        description = "also write 'token gold predicted' lines (conlleval input) here")
    Path predictions;

    @Option(names = "--model", paramLabel = "DIR", description = "a folder with model files instead of the shipped ones")
    Path model;

    @Override public Integer call() throws IOException {
      List<Conll.Sentence> data = Conll.read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
      NerTagger tagger;
      if (model != null) {
        tagger = new NerTagger(load(model.resolve(Path.of(NerTagger.LOCAL_RESOURCE).getFileName())),
            load(model.resolve(Path.of(NerTagger.MODEL_RESOURCE).getFileName())), NerLexicon.get());
      } else {
        tagger = NerTagger.get();
      }
      ChunkScorer sc = new ChunkScorer();
      long tokens = 0;
      long t0 = System.nanoTime();
      PrintWriter pw = predictions == null ? null
          : new PrintWriter(Files.newBufferedWriter(predictions, StandardCharsets.UTF_8));
      List<String[]> all = NerTraining.tagBlocks(tagger,
          data.stream().map(s -> PerceptronTrainer.normalise(s.tokens())).toList());
      for (int k = 0; k < data.size(); k++) {
        Conll.Sentence s = data.get(k);
        String[] pred = all.get(k);
        sc.add(s.tags(), pred);
        tokens += s.tokens().length;
        if (pw != null) {
          for (int i = 0; i < pred.length; i++) pw.println(s.tokens()[i] + " " + s.tags()[i] + " " + pred[i]);
          pw.println();
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      if (pw != null) pw.close();
      System.out.printf("%s: %d sentences, %d tokens%n", file, data.size(), tokens);
      System.out.print(sc.report());
      System.out.printf("micro_f1: %.2f%n", sc.score(null)[2]);
      System.out.printf("tagging_speed: %.0f tokens/s (one thread, cold)%n", tokens / secs);
      return 0;
    }

    private static TaggerModel load(Path p) throws IOException {
      try (InputStream in = Files.newInputStream(p)) {
        return TaggerModel.load(in);
      }
    }
  }
}
