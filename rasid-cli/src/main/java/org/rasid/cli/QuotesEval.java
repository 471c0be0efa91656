package org.rasid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasid.doc.Document;
import org.rasid.doc.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Quotation extraction against gold JSON Lines of {\"id\", \"quotes\": [{\"type\", \"speaker_key\", \"cue\", \"anchor\"}]}.",
        "A gold quote is found when a predicted content contains its anchor; its speaker is right when the predicted",
        "speaker's name or text contains speaker_key (both normalised). A predicted quote containing no anchor counts",
        "against precision. Prints recall, precision and attribution accuracy."})
final class QuotesEval implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD") Path gold;

  @Parameters(index = "1..*", paramLabel = "ARTICLES", description = "the articles, in any input form extract reads")
  List<String> articles;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for articles without one")
  LocalDate date;

  @Option(names = {"-v", "--verbose"}, description = "list every missed or wrong quote")
  boolean verbose;

  private int goldN, found, attributed, predicted, predictedOk;

  @Override public Integer call() throws IOException {
    Map<String, JsonNode> golds = GoldFile.load(gold, "quotes");
    int docs = GoldFile.judgeAll(articles, golds, date, this::judge);
    System.out.printf("documents: %d, gold quotes: %d, predicted: %d%n", docs, goldN, predicted);
    System.out.printf("quote_recall: %.1f %%%n", GoldFile.pct(found, goldN));
    System.out.printf("quote_precision: %.1f %%%n", GoldFile.pct(predictedOk, predicted));
    System.out.printf("attribution_accuracy: %.1f %%%n", GoldFile.pct(attributed, found));
    return 0;
  }

  private void judge(String id, Document d, JsonNode gq) {
    List<String> contents = d.quotes().stream().map(q -> GoldFile.norm(q.content().text())).toList();
    boolean[] hit = new boolean[contents.size()];
    for (JsonNode g : gq) {
      goldN++;
      String anchor = GoldFile.norm(g.get("anchor").asText());
      String key = GoldFile.norm(g.path("speaker_key").asText(""));
      int match = -1;
      for (int i = 0; i < contents.size(); i++) if (contents.get(i).contains(anchor)) { hit[i] = true; if (match < 0) match = i; }
      if (match < 0) {
        if (verbose) System.out.println("MISSED " + id + ": " + g.get("anchor").asText());
        continue;
      }
      found++;
      Quote q = d.quotes().get(match);
      boolean right = key.isEmpty() ? q.speaker() == null
          : q.speaker() != null
              && (GoldFile.norm(q.speakerName()).contains(key) || GoldFile.norm(q.speaker().text()).contains(key));
      if (right) attributed++;
      else if (verbose) System.out.println("SPEAKER " + id + ": " + g.get("anchor").asText() + " -> "
          + (q.speaker() == null ? "null" : q.speakerName()));
    }
    predicted += contents.size();
    for (int i = 0; i < hit.length; i++) {
      if (hit[i]) predictedOk++;
      else if (verbose) System.out.println("SPURIOUS " + id + ": " + d.quotes().get(i).content().text());
    }
  }


}
