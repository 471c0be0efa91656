package org.rasid.text;

import java.util.ArrayList;
import java.util.List;
import org.rasid.doc.Lexeme;

/**
 * Strips Arabic proclitics (و ف, then ب ل ك, then the article ال, with لل = ل + ال) from a
 * normalised word. The chosen segmentation is a guess; {@link #readings(String)} gives every
 * plausible one, longest form first, so that lexicon lookups can try them in order.
 * Not thread-safe (it caches): make one per thread.
 */
public final class CliticSegmenter {
  /** Shortest stem we accept after stripping: «وزير» must not become «زير» by default. */
  private static final int MIN_STEM = 3;
  private final KnownWords known;

  public CliticSegmenter() { this(KnownWords.get()); }

  public CliticSegmenter(KnownWords known) { this.known = known; }

  /** A new lexeme for an Arabic word form, with its default reading (the vocabulary keeps it). */
  public Lexeme lexeme(String norm) {
    Reading r = computeBest(norm);
    return new Lexeme(norm, r.prefix, r.stem, r.article, r.bare);
  }

  /** One segmentation: proclitic letters, then the stem, with or without the article. */
  public static final class Reading {
    private final String prefix, stem, bare;
    private final boolean article;

    public Reading(String prefix, String stem, boolean article) {
      this.prefix = prefix;
      this.stem = stem;
      this.article = article;
      this.bare = article ? "ال" + stem : stem; // made once: lookups ask for it again and again
    }

    public String prefix() { return prefix; }

    public String stem() { return stem; }

    public boolean article() { return article; }

    public String bare() { return bare; }
  }

  private final java.util.HashMap<String, Reading> bestCache = new java.util.HashMap<>();

  /** The default reading: strips only when an article follows or the stem stays long enough. Cached per word. */
  public Reading best(String w) {
    Reading r = bestCache.get(w);
    if (r == null) {
      if (bestCache.size() >= CACHE) bestCache.clear();
      r = computeBest(w);
      bestCache.put(w, r);
    }
    return r;
  }

  private Reading computeBest(String w) {
    List<Reading> all = readings(w);
    Reading best = all.get(0);
    if (known.contains(w)) return best;
    for (Reading r : all) {
      if (!r.prefix.isEmpty() && (known.contains(r.stem) || known.contains(r.bare()))) return r;
    }
    for (Reading r : all) {
      if (r.article) return r;  // an article after the clitics is strong evidence
    }
    // Otherwise strip only a lone conjunction, and only from long words: «وأضاف», not «ولد».
    for (Reading r : all) {
      if ((r.prefix.equals("و") || r.prefix.equals("ف")) && r.stem.length() >= 4) return r;
    }
    return best;
  }

  private static final int CACHE = 100_000;
  private static final ThreadLocal<java.util.HashMap<String, List<Reading>>> READINGS =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private static final Lexeme.Key<List<Reading>> READINGS_OF = new Lexeme.Key<>();

  /** {@link #readings(String)} of a token's form, kept with its lexeme. */
  public static List<Reading> readings(Lexeme lex) {
    List<Reading> r = lex.get(READINGS_OF);
    if (r == null) {
      r = readings(lex.norm()); // already computed, most often, when the lexeme's own segmentation was chosen
      lex.put(READINGS_OF, r);
    }
    return r;
  }

  /** All plausible readings, the unsegmented word first. Cached per thread: lexicon lookups ask often. */
  public static List<Reading> readings(String w) {
    java.util.HashMap<String, List<Reading>> cache = READINGS.get();
    List<Reading> r = cache.get(w);
    if (r == null) {
      if (cache.size() >= CACHE) cache.clear();
      r = List.copyOf(compute(w));
      cache.put(w, r);
    }
    return r;
  }

  private static List<Reading> compute(String w) {
    List<Reading> out = new ArrayList<>(4);
    addWithArticle(out, "", w);
    if (w.length() > MIN_STEM && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      String rest = w.substring(1);
      addWithArticle(out, w.substring(0, 1), rest);
      addPreposition(out, w.substring(0, 1), rest);
    } else {
      addPreposition(out, "", w);
    }
    return out;
  }

  private static void addPreposition(List<Reading> out, String prefix, String w) {
    if (w.length() <= MIN_STEM) return;
    char c = w.charAt(0);
    if (c == 'ل' && w.charAt(1) == 'ل' && w.length() > MIN_STEM + 1) {
      out.add(new Reading(prefix + "ل", w.substring(2), true));  // للجيش = ل + الجيش
      out.add(new Reading(prefix + "ل", w.substring(1), false)); // لليبيا = ل + ليبيا
      return;
    }
    if (c == 'ب' || c == 'ل' || c == 'ك') addWithArticle(out, prefix + c, w.substring(1));
  }

  private static void addWithArticle(List<Reading> out, String prefix, String w) {
    if (w.length() > MIN_STEM && w.charAt(0) == 'ا' && w.charAt(1) == 'ل') {
      out.add(new Reading(prefix, w.substring(2), true));
    }
    if (!prefix.isEmpty() || out.isEmpty()) out.add(new Reading(prefix, w, false));
  }
}
