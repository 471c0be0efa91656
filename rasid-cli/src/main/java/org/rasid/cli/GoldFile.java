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
}
