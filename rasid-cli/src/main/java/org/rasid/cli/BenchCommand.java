package org.rasid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasid.Pipeline;
import org.rasid.Rasid;
import org.rasid.doc.Article;
import org.rasid.io.Input;
import org.rasid.io.JsonlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Times, in one process on the same documents after warm-up: reading and JSON parsing (the floor),",
        "Lucene's ArabicAnalyzer (one fast pass), each Rasid layer and the full pipeline, on one thread.",
        "Ends with one 'name: value unit' line per figure."})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "CORPUS", description = "JSON Lines corpus (default ../shared/data/news/articles.jsonl)")
  Path corpus;

  @Option(names = "--rounds", defaultValue = "3", description = "timed passes per measurement (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--limit", defaultValue = "0", description = "use only the first N documents (0 = all)")
  int limit;

  @Option(names = "--peer-sample", defaultValue = "200",
      description = "documents timed for each peer, and for Rasid beside it (default: ${DEFAULT-VALUE})")
  int peerSample;

  @Override public Integer call() throws IOException {
    if (corpus == null) corpus = Path.of("../shared/data/news/articles.jsonl");
    if (!Files.exists(corpus)) {
      System.err.println("rasid bench: no corpus at " + corpus + "; give a JSON Lines file");
      return 2;
    }
    byte[] raw = Files.readAllBytes(corpus);
    List<Article> docs = parse(raw);
    if (limit > 0 && docs.size() > limit) docs = docs.subList(0, limit);
    long chars = 0;
    for (Article a : docs) chars += a.text().length();
    double mb = raw.length / 1e6 * docs.size() / Math.max(1, parse(raw).size());
    System.out.printf("corpus: %s, %d documents, %.1f MB, %.0f chars/document%n", corpus, docs.size(), mb,
        (double) chars / docs.size());
    String gc = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(" + "));
    System.out.printf("machine: %d cores, java %s, max heap %d MB, collectors %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, gc);

    final List<Article> all = docs;
    double floor = time(() -> parse(raw).size());
    double lucene = time(() -> lucene(all));
    Pipeline full = Rasid.pipeline();
    int n = full.stages().size();
    long[] pass = new long[n];
    long[] stageNanos = new long[n]; // per layer, the least over the passes: the machine disturbs each pass differently
    java.util.Arrays.fill(stageNanos, Long.MAX_VALUE);
    double pipe = time(() -> {
      java.util.Arrays.fill(pass, 0);
      int c = 0;
      for (Article a : all) c += full.analyze(a, pass).tokens().size();
      for (int k = 0; k < n; k++) stageNanos[k] = Math.min(stageNanos[k], pass[k]);
      return c;
    });
    // the same pass once more with an empty vocabulary: every word form is new to it, as the tail
    // of a crawl is (the timed passes above meet forms the vocabulary kept from earlier passes)
    List<org.rasid.Stage> freshStages = new ArrayList<>(full.stages());
    freshStages.set(0, new org.rasid.text.TextStage());
    Pipeline fresh = new Pipeline(freshStages, Rasid.MAX_CHARS, Rasid.BUDGET);
    long t0 = System.nanoTime();
    for (Article a : all) fresh.analyze(a);
    double cold = (System.nanoTime() - t0) / 1e9;
    fresh = null;
    freshStages = null;
    double text = time(() -> {
      int c = 0;
      for (Article a : all) c += full.prefix(1).analyze(a).tokens().size();
      return c;
    });
    double d = docs.size();
    System.out.printf("%-28s %12s %10s %12s%n", "pass", "docs/s", "MB/s", "ms/doc");
    row("read + JSON parse (floor)", d / floor, mb / floor, floor * 1000 / d);
    row("Lucene ArabicAnalyzer", d / lucene, mb / lucene, lucene * 1000 / d);
    row("Rasid text layer", d / text, mb / text, text * 1000 / d);
    row("Rasid full pipeline", d / pipe, mb / pipe, pipe * 1000 / d);
    row("  every word form new", d / cold, mb / cold, cold * 1000 / d);
    System.out.println("time per layer, within the full pipeline (least over the passes):");
    for (int k = 0; k < n; k++) {
      System.out.printf("  %-26s %8.3f ms/doc %6.1f %%%n", full.stages().get(k).getClass().getSimpleName(),
          stageNanos[k] / 1e6 / d, 100.0 * stageNanos[k] / java.util.Arrays.stream(stageNanos).sum());
    }
    System.out.println();
    System.out.printf("floor_docs_per_s: %.0f docs/s%n", d / floor);
    System.out.printf("lucene_docs_per_s: %.0f docs/s%n", d / lucene);
    for (int k = 0; k < n; k++) {
      System.out.printf("layer_%s_ms_per_doc: %.3f ms%n", full.stages().get(k).getClass().getSimpleName(),
          stageNanos[k] / 1e6 / d);
    }
    System.out.printf("text_layer_docs_per_s: %.0f docs/s%n", d / text);
    int textIndex = -1, quoteIndex = -1;
    for (int k = 0; k < n; k++) {
      String name = full.stages().get(k).getClass().getSimpleName();
      if (name.equals("TextStage")) textIndex = k;
      if (name.equals("QuoteStage")) quoteIndex = k;
    }
    if (textIndex >= 0 && quoteIndex >= 0) {
      System.out.printf("quotes_over_text_layer: %.1f %% (time of the quote layer / time of the text layer)%n",
          100.0 * stageNanos[quoteIndex] / stageNanos[textIndex]);
    }
    long tokens = 0;
    for (Article a : all) tokens += full.prefix(1).analyze(a).tokens().size();
    for (int k = 0; k < n; k++) {
      if (full.stages().get(k).getClass().getSimpleName().equals("NerStage")) {
        System.out.printf("ner_tokens_per_s: %.0f tokens/s (%d tokens, one thread)%n", tokens / (stageNanos[k] / 1e9), tokens);
      }
    }
    System.out.printf("pipeline_docs_per_s: %.0f docs/s%n", d / pipe);
    System.out.printf("pipeline_mb_per_s: %.2f MB/s%n", mb / pipe);
    System.out.printf("pipeline_new_forms_docs_per_s: %.0f docs/s (one pass with an empty vocabulary)%n", d / cold);
    System.out.printf("ratio_pipeline_to_floor: %.1f x%n", pipe / floor);
    System.out.printf("ratio_pipeline_to_lucene: %.1f x%n", pipe / lucene);
    peers(all, full);
    System.out.printf("peak_heap: %d MB (sum of the heap pools' peaks)%n", peakHeap() >> 20);
    return 0;
  }

  /** Each peer on a sample, beside the full pipeline on the same sample. */
  private void peers(List<Article> all, Pipeline full) throws IOException {
    List<Article> sample = all.subList(0, Math.min(all.size(), peerSample));
    boolean any = false;
    for (Peer p : java.util.ServiceLoader.load(Peer.class)) {
      any = true;
      double peer = time(() -> {
        int c = 0;
        for (Article a : sample) c += p.process(a.text());
        return c;
      });
      double ours = time(() -> {
        int c = 0;
        for (Article a : sample) c += full.analyze(a).tokens().size();
        return c;
      });
      double n = sample.size();
      System.out.printf("peer_%s_docs_per_s: %.1f docs/s (%d documents)%n", p.name(), n / peer, sample.size());
      System.out.printf("pipeline_docs_per_s_same_sample: %.0f docs/s%n", n / ours);
      System.out.printf("ratio_pipeline_to_%s: %.1f x%n", p.name(), peer / ours);
    }
    if (!any) System.out.println("peers: none on the classpath (build rasid-bench with -Pcorenlp to add CoreNLP)");
  }

  private static void row(String name, double dps, double mbps, double ms) {
    System.out.printf("%-28s %12.0f %10.2f %12.3f%n", name, dps, mbps, ms);
  }

  interface Work { int run() throws IOException; }

  /** Seconds per pass: one warm-up pass, then the best of the timed ones (least disturbed by the machine). */
  private double time(Work w) throws IOException {
    w.run();
    double best = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      int sink = w.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      if (sink == 42_424_242) System.out.print("");
    }
    return best;
  }

  private static List<Article> parse(byte[] raw) throws IOException {
    List<Article> out = new ArrayList<>();
    try (InputStream in = new java.io.ByteArrayInputStream(raw)) {
      JsonlReader r = new JsonlReader("corpus", in);
      while (r.hasNext()) {
        Input i = r.next();
        if (i instanceof Input.Ok ok) out.add(ok.article());
      }
    }
    return out;
  }

  private static int lucene(List<Article> docs) throws IOException {
    int n = 0;
    try (ArabicAnalyzer an = new ArabicAnalyzer()) {
      for (Article a : docs) {
        try (TokenStream ts = an.tokenStream("text", a.text())) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) n += term.length();
          ts.end();
        }
      }
    }
    return n;
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }

  static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
