package org.rasid.doc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One input article. Its {@link #text()} is {@code title + "\n" + body}; every offset Rasid emits
 * points into that string. A missing title gives {@code text() == body}.
 */
public record Article(String id, String title, String body, LocalDate published, String source,
                      Map<String, Object> extra) {
  public Article {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  public static Article of(String id, String title, String body) {
    return new Article(id, title, body, null, null, Map.of());
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, title, body, date, source, extra);
  }

  public String text() { return title.isEmpty() ? body : title + "\n" + body; }

  /** Length of the title inside {@link #text()}, 0 when there is none. */
  public int titleLength() { return title.length(); }
}
