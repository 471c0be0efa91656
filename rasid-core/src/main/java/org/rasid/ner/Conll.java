package org.rasid.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL files: {@code token TAG} per line (other columns ignored, the tag is the last), a blank
 * line between sentences, IOB2 tags; PERS is read as PER.
 */
public final class Conll {
  private Conll() {}

  public record Sentence(String[] tokens, String[] tags) {}

  public static List<Sentence> read(Reader r) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> toks = new ArrayList<>(), tags = new ArrayList<>();
    BufferedReader br = new BufferedReader(r);
    String line;
    int no = 0;
    while ((line = br.readLine()) != null) {
      no++;
      line = line.strip();
      if (line.isEmpty()) {
        flush(out, toks, tags);
        continue;
      }
      int sp = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
      if (sp <= 0) throw new IOException("line " + no + ": expected 'token TAG', got: " + line);
      String tok = line.substring(0, sp).strip();
      int sp2 = Math.max(tok.indexOf(' '), tok.indexOf('\t'));
      if (sp2 > 0) tok = tok.substring(0, sp2);
      toks.add(tok);
      tags.add(normaliseTag(line.substring(sp + 1)));
    }
    flush(out, toks, tags);
    return out;
  }

  public static String normaliseTag(String t) {
    t = t.strip();
    if (t.endsWith("-PERS")) t = t.substring(0, t.length() - 1);
    return t;
  }

  private static void flush(List<Sentence> out, List<String> toks, List<String> tags) {
    if (toks.isEmpty()) return;
    out.add(new Sentence(toks.toArray(new String[0]), tags.toArray(new String[0])));
    toks.clear();
    tags.clear();
  }
}
