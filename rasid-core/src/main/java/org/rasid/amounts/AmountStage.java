package org.rasid.amounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.Stage;
import org.rasid.doc.Amount;
import org.rasid.doc.DateMention;
import org.rasid.doc.Document;
import org.rasid.doc.Token;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Offsets;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Resources;

/**
 * Amounts: numbers in digits (any script, already folded by the view) or words («سبعة عشر»,
 * «خمسة وعشرون», «3 ملايين»), ranges («15-20»), vague quantities («عشرات القتلى»), with their unit
 * («5 كيلو متر» → km) or the thing counted («الـ17 هجوماً» → هجوم). Numbers inside dates are not
 * amounts.
 */
public final class AmountStage implements Stage {
  private record Word(double value, String kind) {}

  private final PhraseMatcher<Word> words = new PhraseMatcher<>();
  private final PhraseMatcher<String> units = new PhraseMatcher<>();
  private final Set<String> stop = new HashSet<>();

  public AmountStage() {
    for (String[] r : Resources.tsv("amounts/number_words_ar.tsv", false)) words.add(r[0], new Word(Double.parseDouble(r[1]), r[2]));
    for (String[] r : Resources.tsv("amounts/units_ar.tsv", false)) units.add(r[0], r[1]);
    for (String w : Resources.lines("amounts/function_words.txt")) stop.add(ArabicNormalizer.fold(w));
  }

  @Override public void process(Document doc) {
    List<Token> toks = doc.tokens();
    boolean[] inDate = new boolean[toks.size()];
    int d = 0;
    List<DateMention> dates = doc.dates();
    for (int i = 0; i < toks.size() && !dates.isEmpty(); i++) {
      while (d < dates.size() && dates.get(d).end() <= toks.get(i).start()) d++;
      if (d < dates.size() && dates.get(d).start() <= toks.get(i).start()) inDate[i] = true;
    }
    List<Amount> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      if (inDate[i]) continue;
      int end = read(doc, toks, i, inDate, out);
      if (end > i) i = end - 1;
    }
    doc.setAmounts(out);
  }

  /** Reads an amount starting at token i; returns the token after it, or -1. */
  private int read(Document doc, List<Token> toks, int i, boolean[] inDate, List<Amount> out) {
    Token t = toks.get(i);
    int first = i, k;
    double value;
    Double upper = null;
    boolean approx = false;
    if (t.kind() == Token.Kind.NUMBER) {
      Double v = parse(t.norm());
      if (v == null) return -1;
      value = v;
      k = i + 1;
      // «الـ17»: the article written onto the number
      if (i > 0 && toks.get(i - 1).norm().equals("ال") && toks.get(i - 1).end() == t.start()) first = i - 1;
      if (k + 1 < toks.size() && toks.get(k).norm().equals("-") && toks.get(k + 1).kind() == Token.Kind.NUMBER
          && !inDate[k + 1]) {
        Double u = parse(toks.get(k + 1).norm());
        if (u != null && u > value) { upper = u; k += 2; }
      }
      if (upper == null && t.norm().length() == 4 && value >= 1900 && value <= 2100
          && (k >= toks.size() || units.longestAt(toks, k, toks.size()) == null)) return -1; // a year
    } else if (t.kind() == Token.Kind.ARABIC) {
      PhraseMatcher.Match<Word> m = words.longestAt(toks, i, toks.size());
      if (m == null || (!m.prefix().isEmpty() && !m.prefix().equals("و") && !m.prefix().equals("ب"))) return -1;
      Word w = m.value();
      value = w.value();
      approx = w.kind().equals("approx");
      if (w.kind().equals("scale")) approx = true; // «آلاف», «ملايين» alone
      k = m.end();
      // «خمسة وعشرون»
      while (!approx && k < toks.size()) {
        PhraseMatcher.Match<Word> n = words.longestAt(toks, k, toks.size());
        if (n == null || !n.prefix().equals("و") || !n.value().kind().equals("unit")) break;
        value += n.value().value();
        k = n.end();
      }
    } else {
      return -1;
    }
    // «3 ملايين», «خمسة آلاف»
    if (k < toks.size() && !approx) {
      PhraseMatcher.Match<Word> s = words.longestAt(toks, k, toks.size());
      if (s != null && s.prefix().isEmpty() && s.value().kind().equals("scale")) {
        value *= s.value().value();
        if (upper != null) upper *= s.value().value();
        k = s.end();
      }
    }
    String unit = null, object = null;
    if (k < toks.size()) {
      PhraseMatcher.Match<String> u = units.longestAt(toks, k, toks.size());
      if (u != null && u.prefix().isEmpty()) {
        unit = u.value();
        k = u.end();
      } else {
        Token o = toks.get(k);
        // a counted noun is indefinite («17 هجوماً», «ثلاثة أشخاص»); after «عشرات» it is definite («عشرات القتلى»)
        if (o.kind() == Token.Kind.ARABIC && o.prefix().isEmpty() && !stop.contains(o.norm()) && !stop.contains(o.stem())
            && (approx || !o.article()) && words.longestAt(toks, k, toks.size()) == null) {
          object = lemma(doc.text(), o, value >= 11 && !approx);
          k++;
        }
      }
    }
    if (t.kind() == Token.Kind.ARABIC && unit == null && object == null && !approx && value < 3) return -1; // «واحد» alone is rarely an amount
    int start = toks.get(first).start();
    int end = toks.get(k - 1).end();
    out.add(new Amount(start, end, doc.text().substring(start, end), value, upper, approx, unit, object));
    return k;
  }

  /** The counted noun as written, without its article, diacritics or accusative ending («هجوماً» → هجوم). */
  static String lemma(String text, Token o, boolean accusative) {
    int start = o.article() ? Offsets.skipNormalized(text, o.start(), 2) : o.start();
    String raw = text.substring(start, o.end());
    // after 11-99 the noun is accusative even when the tanween is not written: «432 فردا»
    boolean tanween = raw.indexOf('\u064B') >= 0 || (accusative && raw.endsWith("ا") && !raw.endsWith("اا"));
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!ArabicNormalizer.isMark(c)) b.append(c);
    }
    if (tanween && b.length() > 3 && b.charAt(b.length() - 1) == 'ا') b.setLength(b.length() - 1);
    return b.toString();
  }

  /** "1,000" and "1.5" as written after folding; Arabic uses ',' for thousands and '.' for decimals. */
  static Double parse(String s) {
    try {
      if (s.indexOf(',') >= 0) {
        String[] parts = s.split(",");
        boolean thousands = true;
        for (int i = 1; i < parts.length; i++) thousands &= parts[i].length() == 3;
        s = thousands ? s.replace(",", "") : s.replace(',', '.');
      }
      return Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
