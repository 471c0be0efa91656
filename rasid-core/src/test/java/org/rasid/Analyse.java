package org.rasid;

import java.time.LocalDate;
import java.util.Map;
import org.rasid.doc.Article;
import org.rasid.doc.Document;

/** Test helper: the standard pipeline on a title and body. */
public final class Analyse {
  private Analyse() {}

  public static Document text(String title, String body, LocalDate published) {
    return Rasid.analyze(new Article("t", title, body, published, null, Map.of()));
  }

  public static Document text(String body) { return text("", body, LocalDate.of(2019, 5, 13)); }
}
