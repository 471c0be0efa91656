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

    @Option(names = "--layer", defaultValue = "tagger",
        description = "tagger: the statistical tagger alone (default); entities: the shipped entity layer (tagger, patterns,"
            + " per-document harmonisation and propagation) run on the sentences joined back into text, ${NULL}")
    String layer;

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
      List<String[]> all = layer.equals("entities") ? entityLayer(data)
          : NerTraining.tagBlocks(tagger, data.stream().map(s -> PerceptronTrainer.normalise(s.tokens())).toList());
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

    /**
     * The shipped entity layer on the gold tokens: each block of sentences becomes one document
     * (tokens joined by spaces, sentences by line breaks) and its mentions are mapped back to tags.
     */
    private static List<String[]> entityLayer(List<Conll.Sentence> data) {
      org.rasid.Pipeline entities = org.rasid.Rasid.pipeline().prefix(3); // text, mentions, entities
      List<String[]> out = new java.util.ArrayList<>();
      for (int b = 0; b < data.size(); b += NerTraining.BLOCK) {
        List<Conll.Sentence> block = data.subList(b, Math.min(data.size(), b + NerTraining.BLOCK));
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new java.util.ArrayList<>();
        for (Conll.Sentence s : block) {
          int[] st = new int[s.tokens().length];
          for (int i = 0; i < st.length; i++) {
            if (i > 0) text.append(' ');
            st[i] = text.length();
            text.append(s.tokens()[i]);
          }
          starts.add(st);
          text.append('\n');
        }
        org.rasid.doc.Document d = entities.analyze(org.rasid.doc.Article.of("block", "", text.toString()));
        java.util.TreeMap<Integer, int[]> tokenAt = new java.util.TreeMap<>(); // offset -> {sentence, token}
        for (int si = 0; si < block.size(); si++) {
          for (int i = 0; i < starts.get(si).length; i++) tokenAt.put(starts.get(si)[i], new int[] {si, i});
        }
        List<String[]> tags = new java.util.ArrayList<>();
        for (Conll.Sentence s : block) {
          String[] t = new String[s.tokens().length];
          java.util.Arrays.fill(t, "O");
          tags.add(t);
        }
        for (org.rasid.doc.Mention m : d.mentions()) {
          boolean first = true;
          for (java.util.Map.Entry<Integer, int[]> e : tokenAt.subMap(tokenAt.floorKey(m.start()), true, m.end(), false).entrySet()) {
            int[] p = e.getValue();
            tags.get(p[0])[p[1]] = (first ? "B-" : "I-") + m.type().name();
            first = false;
          }
        }
        out.addAll(tags);
      }
      return out;
    }

    private static TaggerModel load(Path p) throws IOException {
      try (InputStream in = Files.newInputStream(p)) {
        return TaggerModel.load(in);
      }
    }
  }
}
