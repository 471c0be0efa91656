package org.rasid.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rasid.doc.Article;

/**
 * JSON Lines, streamed: one object per line with {@code id, title, text}, optional {@code date}
 * and {@code source}; other fields are kept. Each line is decoded on its own, so one line of bad
 * UTF-8 or broken JSON becomes one error and the rest of the file is read.
 */
public final class JsonlReader extends LazyInputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final InputStream in;
  private final String name;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
  /**
   * Bytes read ahead of the line being cut. A read() per byte costs a synchronized call on
   * ByteArrayInputStream and BufferedInputStream alike: it was most of the time of reading a corpus.
   */
  private final byte[] buf = new byte[1 << 16];
  private int pos, limit;
  private int lineNo;

  public JsonlReader(String name, InputStream in) {
    this.name = name;
    this.in = in;
  }

  @Override protected Input readOne() {
    line.reset();
    try {
      if (!readLine()) finish();
    } catch (IOException e) {
      finish();
      return new Input.Failed(name + ":" + (lineNo + 1), "read error: " + e.getMessage());
    }
    lineNo++;
    byte[] bytes = line.toByteArray();
    String where = name + ":" + lineNo;
    String s;
    try {
      s = Bytes.decode(bytes, 0, bytes.length);
    } catch (Bytes.NotTextException e) {
      return new Input.Failed(where, e.getMessage());
    }
    if (s.isBlank()) return null;
    return parse(where, s);
  }

  /** Moves the bytes up to the next newline (not included) into {@code line}; false at the end of input. */
  private boolean readLine() throws IOException {
    while (true) {
      if (pos == limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return false;
        }
      }
      int i = pos;
      while (i < limit && buf[i] != '\n') i++;
      line.write(buf, pos, i - pos);
      if (i < limit) {
        pos = i + 1;
        return true;
      }
      pos = limit;
    }
  }

  /** One JSON line; {@code where} names it in errors when it has no id. */
  public static Input parse(String where, String s) {
    JsonNode node;
    try {
      node = JSON.readTree(s);
    } catch (JsonProcessingException e) {
      return new Input.Failed(where, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) return new Input.Failed(where, "line is not a JSON object");
    String id = node.hasNonNull("id") ? node.get("id").asText() : where;
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) return new Input.Failed(id, "no \"text\" string");
    String title = node.hasNonNull("title") ? node.get("title").asText() : "";
    LocalDate date = node.hasNonNull("date") ? Dates.parse(node.get("date").asText()) : null;
    String source = node.hasNonNull("source") ? node.get("source").asText() : null;
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      switch (f.getKey()) {
        case "id", "title", "text", "date", "source" -> { }
        default -> { if (!f.getValue().isNull()) extra.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class)); }
      }
    }
    return new Input.Ok(new Article(id, title.strip(), text.asText().strip(), date, source, extra));
  }

  static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
