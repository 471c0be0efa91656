package org.rasid.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rasid.AnalysisException;
import org.rasid.Rasid;
import org.rasid.doc.Article;
import org.rasid.doc.Document;
import org.rasid.io.HtmlReader;
import org.rasid.io.Input;
import org.rasid.io.Sources;

/**
 * Coverage-guided fuzz targets (Jazzer). In the normal test run they replay the inputs kept under
 * src/test/resources/org/rasid/fuzz/FuzzingTestInputs/ (every crash found becomes one); run
 * {@code JAZZER_FUZZ=1 mvn -pl rasid-cli test -Dtest=FuzzingTest} to search for new ones.
 * Invariants: no exception escapes but an AnalysisException naming the document, every span is the
 * text it points to, and no document takes longer than the pipeline's time budget.
 */
class FuzzingTest {
  @FuzzTest(maxDuration = "60s")
  void pipelineOnArbitraryText(FuzzedDataProvider data) {
    String title = data.consumeString(200);
    String body = data.consumeRemainingAsString();
    long t0 = System.nanoTime();
    try {
      Document d = Rasid.analyze(new Article("fuzz", title, body, LocalDate.of(2019, 5, 13), null, Map.of()));
      checkSpans(d);
    } catch (AnalysisException e) {
      assertEquals("fuzz", e.documentId());
    }
    assertTrue(System.nanoTime() - t0 < Rasid.BUDGET.toNanos() * 2, "over the time budget");
  }

  @FuzzTest(maxDuration = "60s")
  void htmlReader(FuzzedDataProvider data) {
    Input in = HtmlReader.parse("fuzz", data.consumeRemainingAsString(), null);
    if (in instanceof Input.Ok ok) checkSpans(Rasid.analyze(ok.article()));
  }

  @FuzzTest(maxDuration = "60s")
  void jsonLinesReader(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    try (Sources s = new Sources(List.of("-"), new ByteArrayInputStream(bytes))) {
      while (s.hasNext()) {
        Input in = s.next();
        assertTrue(in.id() != null);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void warcReader(FuzzedDataProvider data) {
    org.rasid.io.WarcInputs w = new org.rasid.io.WarcInputs("fuzz", new ByteArrayInputStream(data.consumeRemainingAsBytes()));
    int n = 0;
    while (w.hasNext() && n++ < 1000) assertTrue(w.next().id() != null);
  }

  static void checkSpans(Document d) {
    String t = d.text();
    d.mentions().forEach(m -> assertEquals(m.text(), t.substring(m.start(), m.end())));
    d.quotes().forEach(q -> assertEquals(q.content().text(), t.substring(q.content().start(), q.content().end())));
    d.places().forEach(p -> assertEquals(p.text(), t.substring(p.start(), p.end())));
    d.dates().forEach(p -> assertEquals(p.text(), t.substring(p.start(), p.end())));
    d.amounts().forEach(p -> assertEquals(p.text(), t.substring(p.start(), p.end())));
  }
}
