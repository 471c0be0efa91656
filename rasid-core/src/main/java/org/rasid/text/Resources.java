package org.rasid.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the lexicon files shipped under {@code /org/rasid/}: tab-separated, '#' for comments. */
public final class Resources {
  private Resources() {}

  public static InputStream open(String name) {
    InputStream in = Resources.class.getResourceAsStream("/org/rasid/" + name);
    if (in == null) throw new IllegalStateException("missing resource /org/rasid/" + name);
    return in;
  }

  /** Rows of a TSV resource, header and comment lines skipped when {@code header} is true. */
  public static List<String[]> tsv(String name, boolean header) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      String line;
      boolean first = header;
      while ((line = r.readLine()) != null) {
        if (first) { first = false; continue; }
        if (line.isBlank() || line.startsWith("#")) continue;
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Every line of a resource as written (tabs and indentation kept). */
  public static List<String> rawLines(String name) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of a one-column list resource. */
  public static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String[] row : tsv(name, false)) if (!row[0].isBlank()) out.add(row[0].strip());
    return out;
  }
}
