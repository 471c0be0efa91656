package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command end to end on real and hostile inputs: one record per document, the batch always goes on. */
class ExtractCommandTest {
  @TempDir Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();

  private List<JsonNode> run(int expectedExit, String... args) throws IOException {
    Path out = dir.resolve("out.jsonl");
    List<String> a = new ArrayList<>(List.of("extract", "-o", out.toString()));
    a.addAll(List.of(args));
    assertEquals(expectedExit, Main.run(a.toArray(new String[0])));
    List<JsonNode> recs = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) recs.add(JSON.readTree(line));
    return recs;
  }

  private static Path example() {
    Path p = Path.of("../examples/mismari/article.jsonl");
    return Files.exists(p) ? p : Path.of("examples/mismari/article.jsonl");
  }

  @Test void exampleGivesValidJsonWhoseSpansAreTheText() throws IOException {
    List<JsonNode> recs = run(0, example().toString());
    assertEquals(1, recs.size());
    JsonNode d = recs.get(0);
    assertEquals("mismari-alhurra", d.get("id").asText());
    assertEquals("2019-05-13", d.get("published").asText());
    String text = d.get("text").asText();
    int[] checked = {0};
    check(d, text, checked);
    assertTrue(checked[0] > 100, "spans checked: " + checked[0]);
    assertEquals(19, d.get("quotes").size());
    assertTrue(d.get("errors").isEmpty());
  }

  private static void check(JsonNode n, String text, int[] count) {
    if (n.isObject()) {
      if (n.has("start") && n.has("end") && n.has("text") && n.get("start").isInt()) {
        assertEquals(n.get("text").asText(), text.substring(n.get("start").asInt(), n.get("end").asInt()));
        count[0]++;
      }
      n.forEach(c -> check(c, text, count));
    } else if (n.isArray()) {
      n.forEach(c -> check(c, text, count));
    }
  }

  @Test void hostileInputsBecomeErrorRecordsOrSaneAnalysesAndTheBatchGoesOn() throws IOException {
    List<String> files = new ArrayList<>();
    files.add(write("01-empty.txt", ""));
    files.add(Files.write(dir.resolve("02-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3}).toString());
    files.add(Files.write(dir.resolve("03-badutf8.txt"), new byte[] {'a', (byte) 0xff, (byte) 0xfe, 'b'}).toString());
    files.add(write("04-quotes.txt", "عنوان\n" + "«“\"„”»".repeat(2000) + " قال: \"" + "”".repeat(5000)));
    files.add(write("05-nospace.txt", "عنوان\n" + "بسم".repeat(350_000)));
    files.add(write("06-mixed.txt", "Breaking 🔥 عاجل\n\u202Bقال الرئيس\u202C: \"we will\" 😀 سنعود \u200F13 مايو 2019\u200E و ١٥-٢٠ كم"));
    files.add(write("07-nobody.html", "<html><body><script>1</script></body></html>"));
    files.add(write("08-lines.jsonl", "{\"id\":\"j1\",\"text\":\"أكد الوزير أن الاجتماع انتهى\"}\n\"a string\"\n{\"id\":\"j2\",\"text\":\"قال مصدر إن 5 أشخاص قتلوا\"}\n"));
    files.add(write("09-huge.txt", "عنوان\n" + "قال الرئيس إن الوضع مستقر ".repeat(120_000)));
    files.add(example().toString());
    List<JsonNode> recs = run(1, files.toArray(new String[0]));
    List<String> ids = recs.stream().map(r -> r.get("id").asText()).toList();
    assertEquals(List.of("01-empty", "02-binary", "03-badutf8", "04-quotes", "05-nospace", "06-mixed", "07-nobody",
        "j1", files.get(7) + ":2", "j2", "09-huge", "mismari-alhurra"), ids);
    for (JsonNode r : recs) {
      String id = r.get("id").asText();
      boolean failed = !r.get("errors").isEmpty();
      boolean shouldFail = id.equals("01-empty") || id.equals("02-binary") || id.equals("03-badutf8")
          || id.equals("07-nobody") || id.endsWith(":2") || id.equals("09-huge");
      assertEquals(shouldFail, failed, id + " " + r.get("errors"));
      if (!failed) check(r, r.get("text").asText(), new int[1]);
    }
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
  }

  @Test void usageErrorsExitTwo() {
    assertEquals(2, Main.run("extract"));
    assertEquals(2, Main.run("extract", "--format", "xml", "x.txt"));
    assertEquals(2, Main.run("nonsense"));
  }
}
