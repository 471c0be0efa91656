package org.rasid.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.AnalysisException;
import org.rasid.Pipeline;
import org.rasid.Rasid;
import org.rasid.doc.Article;
import org.rasid.doc.Document;
import org.rasid.io.Input;
import org.rasid.io.JsonWriter;
import org.rasid.io.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Analyse articles and print one JSON record per document.",
        "INPUT is a .txt (first line = title), .html, .jsonl (id,title,text,date) file, a folder, or - for stdin.",
        "Exit code 0 when every document was analysed, 1 when some failed (each is named on stderr and"
            + " written as an error record), 2 for usage errors."})
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, folders, or - for standard input")
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "publication date for documents that carry none (relative dates resolve against it)")
  LocalDate date;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one object per line) or json (an array)")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
  String output;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "analyse on N threads; output keeps the input order (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  enum Format { jsonl, json }

  /** One document's outcome: an analysis, or the reason it has none. */
  private record Outcome(String id, Article article, Document doc, String error) {}

  @Override public Integer call() throws IOException {
    OutputStream os = output == null ? new BufferedOutputStream(System.out, 1 << 16)
        : new BufferedOutputStream(new FileOutputStream(output), 1 << 16);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    boolean progress = System.console() != null;
    Pipeline pipeline = Rasid.pipeline();
    int ok = 0, failed = 0;
    long t0 = System.nanoTime(), lastReport = t0;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "rasid-worker");
      t.setDaemon(true);
      return t;
    });
    // a window of documents in flight; results are written in input order as the head completes
    java.util.ArrayDeque<java.util.concurrent.Future<Outcome>> inFlight = new java.util.ArrayDeque<>();
    int window = Math.max(1, threads) * 8;
    try (Sources sources = new Sources(inputs, System.in); JsonWriter w = new JsonWriter(os, format == Format.jsonl)) {
      while (sources.hasNext() || !inFlight.isEmpty()) {
        if (sources.hasNext() && inFlight.size() < window) {
          Input in = sources.next();
          if (in instanceof Input.Failed f) {
            inFlight.add(java.util.concurrent.CompletableFuture.completedFuture(new Outcome(f.id(), null, null, f.reason())));
          } else {
            Article a0 = ((Input.Ok) in).article();
            Article a = a0.published() == null && date != null ? a0.withPublished(date) : a0;
            inFlight.add(pool.submit(() -> analyse(pipeline, a)));
          }
          continue;
        }
        Outcome o = get(inFlight.poll());
        if (o.doc() != null) {
          w.write(o.doc());
          ok++;
        } else {
          failed++;
          err.println("rasid: " + o.id() + ": " + o.error());
          w.writeError(o.id(), o.error(), o.article());
        }
        long now = System.nanoTime();
        if (progress && now - lastReport > 1_000_000_000L) {
          lastReport = now;
          err.printf("\r%d documents, %.0f docs/s", ok + failed, (ok + failed) / ((now - t0) / 1e9));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (progress) err.printf("\r%d documents, %d failed%n", ok + failed, failed);
    return failed == 0 ? 0 : 1;
  }

  private static Outcome analyse(Pipeline pipeline, Article a) {
    try {
      return new Outcome(a.id(), a, pipeline.analyze(a), null);
    } catch (AnalysisException e) {
      return new Outcome(a.id(), a, null, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(a.id(), a, null, "analysis failed: " + e);
    }
  }

  private static Outcome get(java.util.concurrent.Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
