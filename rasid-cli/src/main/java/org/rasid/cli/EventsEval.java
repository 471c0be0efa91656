package org.rasid.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.rasid.Rasid;
import org.rasid.doc.Article;
import org.rasid.doc.Document;
import org.rasid.doc.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Event detection against sentences judged for PROTEST / ASSAULT (TSV with columns id, event_type,",
        "label, annotators, accept, reject, text; label yes, easy no, difficult no or ambiguous, as in",
        "../shared/data/events/gold/sentences_dev.tsv). A sentence is predicted positive when Rasid codes an event",
        "of that PLOVER type in it; ambiguous sentences are left out. Prints precision, recall and F1 per type."})
final class EventsEval implements Callable<Integer> {
  @Parameters(paramLabel = "TSV") Path file;

  @Option(names = {"-v", "--verbose"}, description = "print every error") boolean verbose;

  @Override public Integer call() throws IOException {
    Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn, tn
    Map<String, int[]> hard = new TreeMap<>();   // type -> difficult-no sentences, false positives among them
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        String[] c = line.split("\t", -1);
        if (c.length < 7 || c[2].equals("ambiguous")) continue;
        String type = c[1];
        boolean gold = c[2].equals("yes");
        Document d = Rasid.analyze(Article.of(c[0], "", c[6]));
        boolean pred = false;
        for (Event e : d.events()) pred |= type.equals(e.plover());
        int[] k = counts.computeIfAbsent(type, x -> new int[4]);
        k[gold ? (pred ? 0 : 2) : (pred ? 1 : 3)]++;
        if (c[2].equals("difficult no")) {
          int[] h = hard.computeIfAbsent(type, x -> new int[2]);
          h[0]++;
          if (pred) h[1]++;
        }
        if (verbose && gold != pred) System.out.println((gold ? "MISSED " : "FALSE ") + type + ": " + c[6]);
      }
    }
    System.out.printf("%-8s %6s %6s %6s %9s %7s %7s %s%n", "type", "tp", "fp", "fn", "precision", "recall", "F1", "false positives on difficult no");
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] k = e.getValue();
      double p = k[0] + k[1] == 0 ? 0 : 100.0 * k[0] / (k[0] + k[1]);
      double rc = k[0] + k[2] == 0 ? 0 : 100.0 * k[0] / (k[0] + k[2]);
      double f = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
      int[] h = hard.getOrDefault(e.getKey(), new int[2]);
      System.out.printf("%-8s %6d %6d %6d %9.1f %7.1f %7.1f %d/%d%n", e.getKey(), k[0], k[1], k[2], p, rc, f, h[1], h[0]);
      System.out.printf("event_f1_%s: %.1f%n", e.getKey().toLowerCase(java.util.Locale.ROOT), f);
    }
    return 0;
  }
}
