package org.rasid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rasid.doc.Document;
import org.rasid.doc.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "places", mixinStandardHelpOptions = true,
    description = {"Geocoding against gold JSON Lines of {\"id\", \"places\": [{\"text\", \"country\", \"geonameid\"}]}",
        "(one entry per distinct place name of the article; geonameid may be null for a country-level judgement).",
        "A gold place is found when a predicted place has the same (normalised) text; it is resolved right when the",
        "country, and the geonameid where the gold gives one, agree. Prints recall, precision and accuracy."})
final class PlacesEval implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD") Path gold;

  @Parameters(index = "1..*", paramLabel = "ARTICLES") List<String> articles;

  @picocli.CommandLine.Option(names = {"-v", "--verbose"}, description = "list every miss")
  boolean verbose;

  private int goldN, found, right, predicted, predictedInGold;

  @Override public Integer call() throws IOException {
    Map<String, JsonNode> golds = GoldFile.load(gold, "places");
    int docs = GoldFile.judgeAll(articles, golds, null, this::judge);
    System.out.printf("documents: %d, gold places: %d, predicted distinct places: %d%n", docs, goldN, predicted);
    System.out.printf("place_recall: %.1f %%%n", GoldFile.pct(found, goldN));
    System.out.printf("place_precision: %.1f %%%n", GoldFile.pct(predictedInGold, predicted));
    System.out.printf("geocoding_accuracy: %.1f %% (of places found)%n", GoldFile.pct(right, found));
    return 0;
  }

  private void judge(String id, Document d, JsonNode gold) {
    Map<String, Place> byText = new HashMap<>();
    for (Place p : d.places()) byText.putIfAbsent(GoldFile.norm(p.text()), p);
    Set<String> goldTexts = new HashSet<>();
    for (JsonNode g : gold) {
      goldN++;
      String t = GoldFile.norm(g.get("text").asText());
      goldTexts.add(t);
      Place p = byText.get(t);
      if (p == null) {
        for (Map.Entry<String, Place> e : byText.entrySet()) {
          if (e.getKey().contains(t) || t.contains(e.getKey())) { p = e.getValue(); break; }
        }
      }
      if (p == null) {
        if (verbose) System.out.println("MISSED " + id + ": " + g.get("text").asText());
        continue;
      }
      found++;
      String gc = g.hasNonNull("country") ? g.get("country").asText() : null;
      boolean ok1 = java.util.Objects.equals(gc, p.country())
          && (!g.hasNonNull("geonameid") || (p.geonameid() != null && g.get("geonameid").asLong() == p.geonameid()));
      if (ok1) right++;
      else if (verbose) System.out.println("WRONG " + id + ": " + g.get("text").asText() + " -> " + p.country() + " " + p.geonameid());
    }
    predicted += byText.size();
    for (String t : byText.keySet()) {
      if (goldTexts.stream().anyMatch(g -> g.contains(t) || t.contains(g))) predictedInGold++;
      else if (verbose) System.out.println("SPURIOUS " + id + ": " + t);
    }
  }

}
