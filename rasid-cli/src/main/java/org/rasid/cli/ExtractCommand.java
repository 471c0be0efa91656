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

  enum Format { jsonl, json }

  @Override public Integer call() throws IOException {
    OutputStream os = output == null ? new BufferedOutputStream(System.out, 1 << 16)
        : new BufferedOutputStream(new FileOutputStream(output), 1 << 16);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    boolean progress = System.console() != null;
    Pipeline pipeline = Rasid.pipeline();
    int ok = 0, failed = 0;
    long t0 = System.nanoTime(), lastReport = t0;
    try (Sources sources = new Sources(inputs, System.in); JsonWriter w = new JsonWriter(os, format == Format.jsonl)) {
      while (sources.hasNext()) {
        Input in = sources.next();
        if (in instanceof Input.Failed f) {
          failed++;
          err.println("rasid: " + f.id() + ": " + f.reason());
          w.writeError(f.id(), f.reason(), null);
          continue;
        }
        Article a = ((Input.Ok) in).article();
        if (a.published() == null && date != null) a = a.withPublished(date);
        try {
          Document d = pipeline.analyze(a);
          w.write(d);
          ok++;
        } catch (AnalysisException e) {
          failed++;
          err.println("rasid: " + a.id() + ": " + e.getMessage());
          w.writeError(a.id(), e.getMessage(), a);
        } catch (RuntimeException | StackOverflowError e) {
          failed++;
          String reason = "analysis failed: " + e;
          err.println("rasid: " + a.id() + ": " + reason);
          w.writeError(a.id(), reason, a);
        }
        long now = System.nanoTime();
        if (progress && now - lastReport > 1_000_000_000L) {
          lastReport = now;
          err.printf("\r%d documents, %.0f docs/s", ok + failed, (ok + failed) / ((now - t0) / 1e9));
        }
      }
    }
    if (progress) err.printf("\r%d documents, %d failed%n", ok + failed, failed);
    return failed == 0 ? 0 : 1;
  }
}
