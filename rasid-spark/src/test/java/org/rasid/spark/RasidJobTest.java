package org.rasid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on Spark in local mode: the bundled article and bad lines, read and written through files. */
class RasidJobTest {
  @TempDir Path dir;

  @Test void analysesEveryLineAndKeepsGoing() throws Exception {
    Path in = dir.resolve("in.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("../examples/mismari/article.jsonl"), StandardCharsets.UTF_8));
    lines.add("{\"id\": \"short\", \"title\": \"عنوان\", \"text\": \"قال المتحدث إن الاجتماع انتهى أمس.\", \"date\": \"2020-01-02\"}");
    lines.add("not json at all");
    lines.add("[1, 2]");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    try (SparkSession spark = SparkSession.builder().master("local[2]").appName("rasid-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate()) {
      RasidJob.analyse(spark.read().textFile(in.toString())).write().text(out.toString());
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> byId = new TreeMap<>();
    try (var parts = Files.list(out)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          JsonNode n = json.readTree(l);
          byId.put(n.get("id").asText(), n);
        }
      }
    }
    assertEquals(4, byId.size(), byId.keySet().toString());
    JsonNode mismari = byId.get("mismari-alhurra");
    assertEquals(19, mismari.get("quotes").size());
    assertTrue(mismari.get("errors").isEmpty());
    assertEquals("2020-01-01", byId.get("short").get("dates").get(0).get("value").asText());
    long errors = byId.values().stream().filter(n -> !n.get("errors").isEmpty()).count();
    assertEquals(2, errors);
  }
}
