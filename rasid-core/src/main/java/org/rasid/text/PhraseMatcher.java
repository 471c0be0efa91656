package org.rasid.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.doc.Token;

/**
 * Finds lexicon phrases in a token sequence. Keys are normalised and space-joined; the first token
 * of a phrase may carry proclitics («وبطرابلس», «للجيش»), the others must match as written.
 */
public final class PhraseMatcher<V> {
  private final Map<String, V> phrases = new HashMap<>();
  /** First words of all phrases: most tokens are turned away by one lookup here. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  private int maxWords = 1;

  public void add(String phrase, V value) {
    String key = key(phrase);
    if (key.isEmpty()) return;
    phrases.putIfAbsent(key, value);
    int sp = key.indexOf(' ');
    firstWords.add(sp < 0 ? key : key.substring(0, sp));
    maxWords = Math.max(maxWords, key.split(" ").length);
  }

  public boolean contains(String phrase) { return phrases.containsKey(key(phrase)); }

  public V get(String phrase) { return phrases.get(key(phrase)); }

  public int size() { return phrases.size(); }

  public static String key(String phrase) {
    return ArabicNormalizer.fold(phrase).trim().replaceAll("\\s+", " ");
  }

  private boolean mayStartWithClitics(Token t) {
    if (t.kind() != Token.Kind.ARABIC) return false;
    for (CliticSegmenter.Reading r : CliticSegmenter.readings(t.norm())) {
      if (firstWords.contains(r.bare()) || (r.article() && firstWords.contains(r.stem()))) return true;
    }
    return false;
  }

  /** A match: tokens [first, end), the value, and whether the first token's clitics were stripped. */
  public record Match<V>(int first, int end, V value, String prefix) {}

  /** The longest phrase starting at token {@code i}, or null. Stops at {@code limit}. */
  public Match<V> longestAt(List<Token> tokens, int i, int limit) {
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.PUNCT && !firstWords.contains(t.norm())) return null;
    if (!firstWords.contains(t.norm()) && !mayStartWithClitics(t)) return null;
    int maxEnd = Math.min(limit, i + maxWords);
    StringBuilder rest = new StringBuilder();
    Match<V> best = null;
    for (int end = i + 1; end <= maxEnd; end++) {
      if (end > i + 1) {
        Token u = tokens.get(end - 1);
        if (u.kind() == Token.Kind.PUNCT && !u.norm().equals("-")) break;
        rest.append(' ').append(u.norm());
      }
      V v = phrases.get(t.norm() + rest);
      String prefix = "";
      if (v == null && t.kind() == Token.Kind.ARABIC) {
        for (CliticSegmenter.Reading r : CliticSegmenter.readings(t.norm())) {
          v = phrases.get(r.bare() + rest);
          if (v == null && r.article()) v = phrases.get(r.stem() + rest);
          if (v != null) { prefix = r.prefix(); break; }
        }
      }
      if (v != null) best = new Match<>(i, end, v, prefix);
    }
    return best;
  }
}
