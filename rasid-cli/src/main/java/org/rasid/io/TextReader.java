package org.rasid.io;

import java.util.Map;
import org.rasid.doc.Article;

/** Plain text: the first non-empty line is the title, the rest the body. */
public final class TextReader {
  private TextReader() {}

  public static Input read(String id, byte[] bytes) {
    String s;
    try {
      s = Bytes.decode(bytes, 0, bytes.length);
    } catch (Bytes.NotTextException e) {
      return new Input.Failed(id, e.getMessage());
    }
    return parse(id, s);
  }

  public static Input parse(String id, String s) {
    s = s.replace("\r\n", "\n").strip();
    if (s.isEmpty()) return new Input.Failed(id, "empty document");
    int nl = s.indexOf('\n');
    String title = nl < 0 ? s : s.substring(0, nl).strip();
    String body = nl < 0 ? "" : s.substring(nl + 1).strip();
    return new Input.Ok(new Article(id, title, body, null, null, Map.of()));
  }
}
