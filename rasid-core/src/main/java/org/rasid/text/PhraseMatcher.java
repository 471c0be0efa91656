package org.rasid.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.doc.Lexeme;
import org.rasid.doc.Token;

/**
 * Finds lexicon phrases in a token sequence. Keys are normalised and space-joined; the first token
 * of a phrase may carry proclitics («وبطرابلس», «للجيش»), the others must match as written.
 */
public final class PhraseMatcher<V> {
  private final Map<String, V> phrases = new HashMap<>();
  /** Every word-prefix of every phrase, the phrase included («مطار» and «مطار معيتيقة»). */
  private final java.util.Set<String> prefixes = new java.util.HashSet<>();
  private int maxWords = 1;
  private final boolean clitics;

  /** A matcher whose phrases may carry proclitics on their first word. */
  public PhraseMatcher() { this(true); }

  /** With {@code clitics} false, phrases match only as written (and the caller lists the variants): faster. */
  public PhraseMatcher(boolean clitics) { this.clitics = clitics; }

  public void add(String phrase, V value) {
    String key = key(phrase);
    if (key.isEmpty()) return;
    prefixFilter = null;
    phrases.putIfAbsent(key, value);
    for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) prefixes.add(key.substring(0, sp));
    prefixes.add(key);
    maxWords = Math.max(maxWords, key.split(" ").length);
  }

  public boolean contains(String phrase) { return phrases.containsKey(key(phrase)); }

  /** The first words of all phrases, as written (normalised). */
  public java.util.Set<String> firstWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String k : phrases.keySet()) {
      int sp = k.indexOf(' ');
      out.add(sp < 0 ? k : k.substring(0, sp));
    }
    return out;
  }

  public V get(String phrase) { return phrases.get(key(phrase)); }

  public int size() { return phrases.size(); }

  public static String key(String phrase) {
    return ArabicNormalizer.fold(phrase).trim().replaceAll("\\s+", " ");
  }

  /**
   * Most tokens start no phrase: a bit filter over the prefixes' hash codes turns them away without
   * a probe into a set of tens of thousands of names. Built on first use after the last add.
   */
  private volatile HashFilter prefixFilter;

  /** Whether a phrase may start at a form, kept with its lexeme; a new key whenever phrases are added. */
  private volatile Lexeme.Key<Boolean> startsKey;

  private HashFilter filter() {
    HashFilter f = prefixFilter;
    if (f == null) {
      synchronized (this) {
        f = prefixFilter;
        if (f == null) {
          startsKey = new Lexeme.Key<>();
          prefixFilter = f = new HashFilter(prefixes);
        }
      }
    }
    return f;
  }

  private boolean isPrefix(String key) {
    return filter().mightContain(key) && prefixes.contains(key);
  }

  /** Whether some phrase may start at this token: the question every token asks, answered once per form. */
  private boolean mayStart(Token t) {
    filter();
    Lexeme.Key<Boolean> key = startsKey;
    Boolean b = t.lexeme().get(key);
    if (b == null) {
      b = isPrefix(t.norm()) || (clitics && mayStartWithClitics(t));
      t.lexeme().put(key, b);
    }
    return b;
  }

  private boolean mayStartWithClitics(Token t) {
    if (t.kind() != Token.Kind.ARABIC) return false;
    char c = t.norm().charAt(0);
    if (c != 'و' && c != 'ف' && c != 'ب' && c != 'ل' && c != 'ك' && c != 'ا') return false;
    for (CliticSegmenter.Reading r : CliticSegmenter.readings(t.lexeme())) {
      if (isPrefix(r.bare()) || (r.article() && isPrefix(r.stem()))) return true;
    }
    return false;
  }

  /** A match: tokens [first, end), the value, and whether the first token's clitics were stripped. */
  public record Match<V>(int first, int end, V value, String prefix) {}

  /**
   * The longest phrase starting at token {@code i}, or null; stops at {@code limit}. The first
   * token is tried as written, then in each clitic reading; a reading is extended word by word
   * only while it is the beginning of some phrase, so most tokens cost one or two lookups.
   */
  public Match<V> longestAt(List<Token> tokens, int i, int limit) {
    Token t = tokens.get(i);
    if (!mayStart(t)) return null;
    int maxEnd = Math.min(limit, i + maxWords);
    Match<V> best = extend(tokens, i, maxEnd, t.norm(), "", null);
    if (clitics && t.kind() == Token.Kind.ARABIC) {
      for (CliticSegmenter.Reading r : CliticSegmenter.readings(t.lexeme())) {
        if (!r.bare().equals(t.norm())) best = extend(tokens, i, maxEnd, r.bare(), r.prefix(), best);
        if (r.article()) best = extend(tokens, i, maxEnd, r.stem(), r.prefix(), best);
      }
    }
    return best;
  }

  /**
   * Extends a key word by word while it is the beginning of some phrase. The key's hash code is
   * rolled forward as {@link String#hashCode} would compute it for «key + ' ' + word», so the
   * string is made only when the filter lets that hash through: most extensions are turned away
   * before any concatenation.
   */
  private Match<V> extend(List<Token> tokens, int i, int maxEnd, String first, String prefix, Match<V> best) {
    HashFilter f = filter();
    String key = first;
    int h = first.hashCode();
    int end = i + 1;
    while (true) {
      if (!f.mightContainHash(h)) return best;
      if (key == null) key = join(first, tokens, i + 1, end);
      if (!prefixes.contains(key)) return best; // every phrase is its own prefix: not one, not a phrase either
      V v = phrases.get(key);
      if (v != null && (best == null || end > best.end())) best = new Match<>(i, end, v, prefix);
      if (end >= maxEnd) return best;
      Token u = tokens.get(end);
      if (u.kind() == Token.Kind.PUNCT && !u.norm().equals("-")) return best;
      String w = u.norm();
      h = (h * 31 + ' ') * pow31(w.length()) + w.hashCode();
      key = null;
      end++;
    }
  }

  private static String join(String first, List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder(first);
    for (int k = from; k < to; k++) sb.append(' ').append(tokens.get(k).norm());
    return sb.toString();
  }

  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int k = 1; k < POW31.length; k++) POW31[k] = POW31[k - 1] * 31;
  }

  private static int pow31(int n) {
    if (n < POW31.length) return POW31[n];
    int p = 1;
    for (int k = 0; k < n; k++) p *= 31;
    return p;
  }
}
