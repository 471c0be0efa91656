package org.rasid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gold judgements as JSON Lines of {@code {"id": …, FIELD: […]}}, by document id. */
final class GoldFile {
  private GoldFile() {}

  /** What an eval does with one judged article: its analysis and its gold judgements. */
  interface Judge {
    void judge(String id, org.rasid.doc.Document analysis, JsonNode gold);
  }

  /**
   * Analyses each article of {@code inputs} that has gold, in input order, and hands it to {@code judge};
   * returns how many were judged. Gold left over names articles that were not found.
   */
  static int judgeAll(java.util.List<String> inputs, Map<String, JsonNode> golds, java.time.LocalDate date, Judge judge)
      throws IOException {
    int docs = 0;
    try (org.rasid.io.Sources src = new org.rasid.io.Sources(inputs, System.in)) {
      while (src.hasNext()) {
        org.rasid.io.Input in = src.next();
        if (!(in instanceof org.rasid.io.Input.Ok ok) || !golds.containsKey(in.id())) continue;
        org.rasid.doc.Article a = ok.article();
        if (a.published() == null && date != null) a = a.withPublished(date);
        judge.judge(in.id(), org.rasid.Rasid.analyze(a), golds.remove(in.id()));
        docs++;
      }
    }
    if (!golds.isEmpty()) System.err.println("rasid eval: no article for gold ids " + golds.keySet());
    return docs;
  }

  static Map<String, JsonNode> load(Path file, String field) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> golds = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        golds.put(n.get("id").asText(), n.get(field));
      }
    }
    return golds;
  }

  /** {@code a} as a percentage of {@code b}; 0 when there is nothing to count. */
  static double pct(int a, int b) { return b == 0 ? 0 : 100.0 * a / b; }

  /** Text as judged against gold: normalised letters, single spaces. */
  static String norm(String s) { return org.rasid.text.ArabicNormalizer.fold(s).replaceAll("\\s+", " ").strip(); }
}
