package org.rasid.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.Stage;
import org.rasid.doc.Document;
import org.rasid.doc.EntityType;
import org.rasid.doc.Lexeme;
import org.rasid.doc.Mention;
import org.rasid.doc.Place;
import org.rasid.doc.Token;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Offsets;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Resources;
import org.rasid.text.WordLists;

/**
 * Places: gazetteer names found in the text (with clitics and spelling slips) and the tagger's
 * LOC mentions, each resolved to one gazetteer entry. Among entries of the same name, the one in
 * the country the article is about wins (country names, nisba adjectives and unambiguous places
 * count as evidence), then the more prominent. A LOC the gazetteer lacks is kept, unresolved.
 */
public final class PlaceStage implements Stage {
  /** A bare one-word gazetteer match with no other support must be at least this big a city. */
  private static final long SAFE_POPULATION = 400_000;
  private final Gazetteer gazetteer;
  private final Set<String> cues = new HashSet<>();
  private final Map<String, String> demonyms = WordLists.demonyms();
  private final Set<String> stop = WordLists.stopwords();
  private final Set<String> firstNames = WordLists.firstNames();

  public PlaceStage(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (String w : Resources.lines("geo/place_cues.txt")) cues.add(ArabicNormalizer.fold(w));
  }

  private record Candidate(int first, int end, List<GeoEntry> entries, String prefix) {}

  @Override public void process(Document doc) {
    List<Token> toks = doc.tokens();
    int[] mentionAt = doc.mentionIndexByToken();
    EntityType[] typeAt = new EntityType[toks.size()];
    for (int t = 0; t < toks.size(); t++) if (mentionAt[t] >= 0) typeAt[t] = doc.mentions().get(mentionAt[t]).type();
    List<Candidate> cands = new ArrayList<>();
    boolean[] used = new boolean[toks.size()];
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.kind() != Token.Kind.ARABIC || typeAt[i] == EntityType.PER) continue;
      PhraseMatcher.Match<List<GeoEntry>> m = gazetteer.names().longestAt(toks, i, toks.size());
      List<GeoEntry> entries = m == null ? null : m.value();
      int end = m == null ? i + 1 : m.end();
      if (entries == null && i + 1 < toks.size() && cues.contains(t.bare()) && toks.get(i + 1).kind() == Token.Kind.ARABIC) {
        // «مطار معيتقية»: a place noun and a misspelt name
        List<GeoEntry> e = gazetteer.lookup(t.bare() + " " + toks.get(i + 1).norm());
        if (!e.isEmpty()) { entries = e; end = i + 2; }
      }
      if (entries == null && typeAt[i] == EntityType.LOC && t.stem().length() >= 3) {
        List<GeoEntry> e = gazetteer.lookup(t.bare());
        if (e.isEmpty() && t.article()) e = gazetteer.lookup(t.stem());
        if (!e.isEmpty()) { entries = e; end = i + 1; }
      }
      if (entries == null) continue;
      if (!trusted(toks, typeAt, i, end, entries)) continue;
      cands.add(new Candidate(i, end, entries, m != null && m.value() == entries ? m.prefix() : toks.get(i).prefix()));
      for (int k = i; k < end; k++) used[k] = true;
      i = end - 1;
    }
    // a misspelling of a place the article names elsewhere («طربلس» beside «طرابلس»)
    Map<String, List<GeoEntry>> spelt = new HashMap<>();
    Map<String, String> speltAs = new HashMap<>();
    for (Candidate c : cands) {
      if (c.end - c.first == 1 && !c.entries.isEmpty()) {
        String key = spelling(toks.get(c.first)).skeleton();
        spelt.put(key, c.entries);
        speltAs.put(key, toks.get(c.first).bare());
      }
    }
    long skeletons = 0; // one bit per skeleton hash: most words are turned away without a map probe
    for (String key : spelt.keySet()) skeletons |= 1L << key.hashCode();
    for (int i = 0; i < toks.size() && !spelt.isEmpty(); i++) {
      Token t = toks.get(i);
      if (used[i] || t.kind() != Token.Kind.ARABIC || typeAt[i] == EntityType.PER || typeAt[i] == EntityType.ORG) continue;
      Spelling sp = spelling(t);
      if (!sp.misspellable() || (skeletons & 1L << sp.hash()) == 0) continue;
      String key = sp.skeleton();
      List<GeoEntry> e = spelt.get(key);
      // the same consonants are not enough («الأمني» and «اليمن»): the spelling must be a slip away
      if (e != null && editDistance(t.bare(), speltAs.get(key)) <= (t.bare().length() >= 6 ? 2 : 1)) {
        cands.add(new Candidate(i, i + 1, e, t.prefix()));
        used[i] = true;
      }
    }
    // LOC mentions the gazetteer does not know stay, unresolved
    for (Mention m : doc.mentions()) {
      if (m.type() != EntityType.LOC || m.end() - m.start() < 3) continue;
      boolean seen = false;
      for (int k = m.firstToken(); k < m.endToken(); k++) seen |= used[k];
      if (!seen) cands.add(new Candidate(m.firstToken(), m.endToken(), List.of(), ""));
    }
    cands.sort(java.util.Comparator.comparingInt(Candidate::first));
    Map<String, Double> evidence = evidence(toks, cands);
    double max = 0;
    for (double v : evidence.values()) max = Math.max(max, v);
    List<Place> out = new ArrayList<>(cands.size());
    for (Candidate c : cands) {
      Token first = toks.get(c.first);
      int start = c.prefix.isEmpty() ? first.start() : Offsets.skipNormalized(doc.text(), first.start(), c.prefix.length());
      int end = toks.get(c.end - 1).end();
      String text = doc.text().substring(start, end);
      GeoEntry best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (GeoEntry e : c.entries) {
        double score = e.prominence() + (max > 0 ? 6 * evidence.getOrDefault(e.country(), 0.0) / max : 0);
        if (score > bestScore) { bestScore = score; best = e; }
      }
      out.add(best == null ? new Place(start, end, text, null, null, null, null, null, null)
          : new Place(start, end, text, best.nameEn(), best.country(), best.lat(), best.lon(), best.geonameid(), best.featureCode()));
    }
    doc.setPlaces(out);
  }

  /** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** A match counts when the tagger saw a place there, or it is a country, a multiword name, after a place noun, or a big city. */
  private boolean trusted(List<Token> toks, EntityType[] typeAt, int i, int end, List<GeoEntry> entries) {
    Token w0 = toks.get(i);
    if (end - i == 1 && demonymCountry(w0) != null) return false; // «تونسي» is not Tunisia
    if (end - i == 1 && (cues.contains(w0.bare()) || cues.contains(w0.stem()))) return false; // «المدينة» is a noun, not Medina
    if (typeAt[i] == EntityType.LOC) return w0.stem().length() >= 3 || end - i > 1;
    for (GeoEntry e : entries) if (e.kind() == GeoEntry.Kind.COUNTRY) return typeAt[i] == null || typeAt[i] == EntityType.LOC;
    if (typeAt[i] != null) return false; // inside an organisation or a person's name
    if (end - i > 1) return true;
    if (i > 0 && toks.get(i - 1).kind() == Token.Kind.ARABIC && cues.contains(toks.get(i - 1).bare())) return true;
    Token t = toks.get(i);
    // «رياض» may be a man; «الرياض» is the city: a first name only counts without the article
    if (stop.contains(t.norm()) || (!t.article() && firstNames.contains(t.stem()))) return false;
    for (GeoEntry e : entries) if (e.population() >= SAFE_POPULATION) return true;
    return false;
  }

  /**
   * The country a nisba adjective names («الليبية» → LY; "" for «العربي», «الأوروبي», which still
   * weigh against weak evidence), or null: kept with the form.
   */
  private final Lexeme.Key<String> demonymKey = new Lexeme.Key<>();
  private static final String NO_DEMONYM = "-";

  private String demonymCountry(Token t) {
    String c = t.lexeme().get(demonymKey);
    if (c == null) {
      c = demonyms.get(t.norm());
      if (c == null) c = demonyms.get(t.bare());
      if (c == null) c = NO_DEMONYM;
      t.lexeme().put(demonymKey, c);
    }
    return c == NO_DEMONYM ? null : c;
  }

  /**
   * A form's {@link Gazetteer#skeleton} with its hash, and whether the form may be a misspelt place
   * (four letters or more past its clitics, not a stop word): made once per form, since the search
   * for misspellings asks it of every word.
   */
  private record Spelling(String skeleton, int hash, boolean misspellable) {}

  private final Lexeme.Key<Spelling> spellingKey = new Lexeme.Key<>();

  private Spelling spelling(Token t) {
    Spelling sp = t.lexeme().get(spellingKey);
    if (sp == null) {
      String k = Gazetteer.skeleton(t.bare());
      sp = new Spelling(k, k.hashCode(), t.stem().length() >= 4 && !stop.contains(t.norm()));
      t.lexeme().put(spellingKey, sp);
    }
    return sp;
  }

  /** Weight of each country in the article: its name, its nisba adjectives, unambiguous places in it. */
  private Map<String, Double> evidence(List<Token> toks, List<Candidate> cands) {
    Map<String, Double> ev = new HashMap<>();
    for (Token t : toks) {
      if (t.kind() != Token.Kind.ARABIC) continue;
      String c = demonymCountry(t);
      if (c != null) ev.merge(c, 1.0, Double::sum);
    }
    for (Candidate c : cands) {
      Set<String> countries = new HashSet<>();
      for (GeoEntry e : c.entries) countries.add(e.country());
      if (countries.size() == 1) ev.merge(countries.iterator().next(), c.entries.get(0).kind() == GeoEntry.Kind.COUNTRY ? 2.0 : 1.0, Double::sum);
    }
    return ev;
  }
}
