package org.rasid.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Resources;
import org.rasid.text.WordLists;

/**
 * Word lists the tagger uses as features: first and last names, titles, person and organisation
 * cue words, demonyms, and every word of the gazetteer's place names. Single words, normalised.
 */
public final class NerLexicon {
  public enum Kind { FIRST, LAST, ACTOR, TITLE, PERCUE, ORGCUE, DEMONYM, COUNTRY, PLACE, PLACEPART, STOP }

  private final Map<String, Set<Kind>> words = new HashMap<>();
  private NameGazetteer names;

  /** Multiword names (actors, organisations, places) for span-level features. */
  NameGazetteer names() { return names; }

  private static final class Holder {
    static final NerLexicon DEFAULT = load();
  }

  public static NerLexicon get() { return Holder.DEFAULT; }

  private static NerLexicon load() {
    NerLexicon l = new NerLexicon();
    for (String w : WordLists.firstNames()) l.add(w, Kind.FIRST);
    for (String f : List.of("Most-Popular-Arabic-LastNames.txt", "last-names-in-arabic.txt")) {
      for (String w : Resources.lines("lists/" + f)) l.add(w, Kind.LAST);
    }
    for (String[] r : Resources.tsv("lists/titles_ar.tsv", true)) {
      String[] parts = r[0].strip().split("\\s+");
      l.add(parts[0], Kind.TITLE);
    }
    for (String w : Resources.lines("ner/person_cues.txt")) l.add(w, Kind.PERCUE);
    for (String w : Resources.lines("ner/org_cues.txt")) l.add(w, Kind.ORGCUE);
    for (String w : WordLists.stopwords()) l.add(w, Kind.STOP);
    for (String w : WordLists.demonyms().keySet()) l.add(w, Kind.DEMONYM);
    for (String[] r : Resources.tsv("gazetteer/countries_ar.tsv", true)) {
      l.addName(r[0], Kind.COUNTRY);
      for (String alt : r[2].split("\\|")) l.addName(alt, Kind.COUNTRY);
    }
    for (String[] r : Resources.tsv("gazetteer/places_ar.tsv", true)) {
      l.addName(r[0], Kind.PLACE);
      for (String alt : r[2].split("\\|")) l.addName(alt, Kind.PLACE);
    }
    for (String[] r : Resources.tsv("gazetteer/admin1_ar.tsv", true)) l.addName(r[0], Kind.PLACE);
    l.addActorNames();
    l.names = new NameGazetteer(l);
    return l;
  }

  /**
   * Person names from UniversalPetrarch's actor dictionary: entries with dated roles whose 2-4
   * words are none of them a title, cue, stop word or place are people («نوري_المالكي_»).
   */
  private void addActorNames() {
    for (ActorDictionary.Entry e : ActorDictionary.entries()) if (e.firstRoleDated()) addPerson(e.name());
  }

  private void addPerson(String entry) {
    String[] parts = entry.replace('_', ' ').strip().split("\\s+");
    if (parts.length < 2 || parts.length > 4) return;
    for (String p : parts) {
      String n = ArabicNormalizer.fold(p);
      if (n.length() < 2) return;
      Set<Kind> k = kinds(n);
      if (k.contains(Kind.TITLE) || k.contains(Kind.PERCUE) || k.contains(Kind.ORGCUE) || k.contains(Kind.STOP)
          || k.contains(Kind.COUNTRY) || k.contains(Kind.DEMONYM) || k.contains(Kind.PLACE)) return;
    }
    for (String p : parts) if (p.length() > 2) add(p, Kind.ACTOR);
  }

  /** A one-word name marks the word; words of a longer name are marked as parts. */
  private void addName(String name, Kind kind) {
    String[] parts = name.strip().split("\\s+");
    if (parts.length == 1) add(parts[0], kind);
    else for (String p : parts) if (p.length() > 2) add(p, Kind.PLACEPART);
  }

  private void add(String w, Kind k) {
    String n = ArabicNormalizer.fold(w.strip());
    if (n.isEmpty()) return;
    words.computeIfAbsent(n, x -> new HashSet<>(2)).add(k);
  }

  public Set<Kind> kinds(String normalisedWord) {
    Set<Kind> s = words.get(normalisedWord);
    return s == null ? Set.of() : s;
  }

  private final org.rasid.doc.Lexeme.Key<Set<Kind>> bareKinds = new org.rasid.doc.Lexeme.Key<>();

  /**
   * {@link #kinds(String)} of a form's {@link org.rasid.doc.Lexeme#bare() bare} reading, kept with its lexeme:
   * the entity stage asks it of every token of every sentence, and a field read costs less than hashing.
   */
  public Set<Kind> kindsOfBare(org.rasid.doc.Lexeme l) {
    Set<Kind> k = l.get(bareKinds);
    if (k == null) {
      k = kinds(l.bare());
      l.put(bareKinds, k);
    }
    return k;
  }
}
