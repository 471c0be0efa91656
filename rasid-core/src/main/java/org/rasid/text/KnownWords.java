package org.rasid.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whole words the clitic segmenter must not cut: one-word place and country names, first names,
 * organisation cue words and stop words. «ليبيا» is not ل + يبيا, «وزارة» is not و + زارة.
 */
public final class KnownWords {
  private final Set<String> words = new HashSet<>();

  private static final class Holder {
    static final KnownWords DEFAULT = load();
  }

  public static KnownWords get() { return Holder.DEFAULT; }

  public boolean contains(String normalised) { return words.contains(normalised); }

  private static KnownWords load() {
    KnownWords k = new KnownWords();
    for (String w : WordLists.firstNames()) k.add(w);
    for (String f : List.of("lists/Most-Popular-Arabic-LastNames.txt",
        "lists/last-names-in-arabic.txt", "ner/org_cues.txt", "ner/person_cues.txt", "ner/role_heads.txt")) {
      for (String w : Resources.lines(f)) k.add(w);
    }
    // the stop-word list also holds clitic forms («واضاف»); only its bare words are whole words
    for (String n : WordLists.stopwords()) {
      if (!n.startsWith("و") && !n.startsWith("ف") && !n.startsWith("لل") && !n.startsWith("بال") && !n.startsWith("كال")) k.add(n);
    }
    for (String f : List.of("gazetteer/places_ar.tsv", "gazetteer/countries_ar.tsv", "gazetteer/admin1_ar.tsv")) {
      for (String[] r : Resources.tsv(f, true)) {
        k.add(r[0]);
        for (String alt : r[2].split("\\|")) k.add(alt);
      }
    }
    return k;
  }

  private void add(String w) {
    w = w.strip();
    if (!w.isEmpty() && w.indexOf(' ') < 0) words.add(ArabicNormalizer.fold(w));
  }
}
