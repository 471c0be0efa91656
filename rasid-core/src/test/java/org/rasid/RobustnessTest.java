package org.rasid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.doc.Document;

/** Inputs that break naive linkers and matchers: they must be analysed, not refused for overrunning the budget. */
class RobustnessTest {
  @Test void aHugeArticleWithThousandsOfDistinctNamesStaysLinear() {
    Random rnd = new Random(1);
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_800_000) {
      b.append("وقال الرئيس محمد ").append(word(rnd, letters)).append(" إن حركة ").append(word(rnd, letters))
          .append(" هاجمت مدينة طرابلس أمس. ");
    }
    // the pipeline refuses (AnalysisException) a document that overruns its budget; this one must not
    Document d = Analyse.text("عنوان", b.toString(), java.time.LocalDate.of(2019, 5, 13));
    assertTrue(d.entities().size() > 1000, "entities: " + d.entities().size());
  }

  private static String word(Random rnd, String letters) {
    char[] c = new char[5];
    for (int i = 0; i < c.length; i++) c[i] = letters.charAt(rnd.nextInt(letters.length()));
    return new String(c);
  }
}
