package org.rasid.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC or WARC.gz crawl (jwarc), streamed record by record: each 200 response
 * of type text/html becomes an article whose id is its URL and whose date, when the page states
 * none, is the capture date. Other records are skipped; a record that cannot be read is an error.
 */
public final class WarcInputs extends LazyInputs {
  private final String name;
  private final InputStream in;
  private WarcReader reader;
  private int count;

  public WarcInputs(String name, InputStream in) {
    this.name = name;
    this.in = in;
  }

  @Override protected Input readOne() {
    String where = name + "#" + (count + 1);
    try {
      if (reader == null) reader = new WarcReader(in); // reads the first bytes: an empty file fails here
      Optional<WarcRecord> rec = reader.next();
      if (rec.isEmpty()) {
        finish();
        return null;
      }
      count++;
      if (!(rec.get() instanceof WarcResponse resp)) return null;
      if (resp.http().status() != 200) return null;
      MediaType type = resp.http().contentType();
      if (type == null || !type.base().equals(MediaType.HTML)) return null;
      String id = resp.target() != null ? resp.target() : where; // a response without WARC-Target-URI
      byte[] body = resp.http().body().stream().readNBytes((int) Sources.MAX_FILE);
      Charset cs = charset(type);
      LocalDate captured = LocalDate.ofInstant(resp.date(), ZoneOffset.UTC);
      return HtmlReader.parse(id, new String(body, cs), captured);
    } catch (IOException | RuntimeException e) {
      finish(); // a broken record may leave the stream out of step: stop this file, keep the batch
      return new Input.Failed(where, "cannot read WARC record: " + e.getMessage());
    }
  }

  private static Charset charset(MediaType type) {
    String cs = type.parameters().get("charset");
    try {
      return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
