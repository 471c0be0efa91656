package org.rasid.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Every document of the inputs, lazily and in order: files by their extension (or their first
 * bytes), folders recursively in name order, "-" for standard input. Nothing is held in memory
 * beyond the current document, so a crawl of millions streams through.
 */
public final class Sources implements Iterator<Input>, AutoCloseable {
  /** Single text or HTML files above this size are refused, not read. */
  static final long MAX_FILE = 64L << 20;

  private final Deque<String> pending;
  private final InputStream stdin;
  private Iterator<Input> current = Collections.emptyIterator();
  private InputStream open;

  public Sources(List<String> inputs, InputStream stdin) {
    this.pending = new ArrayDeque<>(inputs);
    this.stdin = stdin;
  }

  @Override public boolean hasNext() {
    while (!current.hasNext()) {
      closeOpen();
      if (pending.isEmpty()) return false;
      current = openOne(pending.poll());
    }
    return true;
  }

  @Override public Input next() {
    if (!hasNext()) throw new NoSuchElementException();
    return current.next();
  }

  @Override public void close() { closeOpen(); }

  private void closeOpen() {
    if (open != null && open != stdin) JsonlReader.close(open);
    open = null;
  }

  private Iterator<Input> openOne(String input) {
    try {
      if (input.equals("-")) return sniffed("stdin", new BufferedInputStream(stdin, 1 << 16));
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        List<String> files;
        try (Stream<Path> walk = Files.walk(p)) {
          files = walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .map(Path::toString).sorted().toList();
        }
        for (int i = files.size() - 1; i >= 0; i--) pending.push(files.get(i));
        return Collections.emptyIterator();
      }
      if (!Files.isRegularFile(p)) return one(new Input.Failed(input, "no such file"));
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
        InputStream raw = Files.newInputStream(p);
        open = raw;
        return new WarcInputs(input, raw); // jwarc reads gzip members itself
      }
      InputStream in = Files.newInputStream(p);
      if (name.endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
        name = name.substring(0, name.length() - 3);
      }
      in = new BufferedInputStream(in, 1 << 16);
      open = in;
      String id = p.getFileName().toString().replaceFirst("\\.[A-Za-z0-9.]+$", "");
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
        return new JsonlReader(input, in);
      }
      if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
        return one(HtmlReader.read(id, readCapped(input, in)));
      }
      if (name.endsWith(".txt")) return one(TextReader.read(id, readCapped(input, in)));
      return sniffed(id, in);
    } catch (TooLarge e) {
      return one(new Input.Failed(input, e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return one(new Input.Failed(input, "cannot read: " + e));
    }
  }

  /** Unknown kind: JSON Lines if it starts with '{', HTML if with '<', else plain text. */
  private Iterator<Input> sniffed(String id, InputStream in) throws IOException {
    in.mark(4096);
    byte[] head = in.readNBytes(4096);
    in.reset();
    int k = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF) k = 3;
    while (k < head.length && (head[k] == ' ' || head[k] == '\n' || head[k] == '\r' || head[k] == '\t')) k++;
    if (k < head.length && head[k] == '{') return new JsonlReader(id, in);
    byte[] all = readCapped(id, in);
    if (k < head.length && head[k] == '<') return one(HtmlReader.read(id, all));
    return one(TextReader.read(id, all));
  }

  private static byte[] readCapped(String name, InputStream in) throws IOException {
    byte[] b = in.readNBytes((int) MAX_FILE + 1);
    if (b.length > MAX_FILE) throw new TooLarge(name + " is larger than " + (MAX_FILE >> 20) + " MB");
    return b;
  }

  private static Iterator<Input> one(Input i) { return List.of(i).iterator(); }

  private static final class TooLarge extends IOException {
    TooLarge(String m) { super(m); }
  }
}
