package org.rasid.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.doc.EntityType;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Resources;

/**
 * Multiword names the tagger may see as a unit, keyed by article-less stems so that the lemma-like
 * forms of UniversalPetrarch's actor dictionary («مجلس_أمن_دولي_») meet running text («مجلس الأمن
 * الدولي»): actors (people and organisations), well-known organisations, and gazetteer places.
 */
final class NameGazetteer {
  static final int MAX_WORDS = 5;
  private final Map<String, EntityType> names = new HashMap<>();
  /** First words of the names: most tokens start none and cost one lookup. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();

  NameGazetteer(NerLexicon lexicon) {
    for (ActorDictionary.Entry e : ActorDictionary.entries()) addActor(lexicon, e.name(), e.anyRoleDated());
    for (String[] r : Resources.tsv("ner/organisations_ar.tsv", false)) add(r[0], EntityType.ORG);
    for (String f : List.of("gazetteer/places_ar.tsv", "gazetteer/countries_ar.tsv")) {
      for (String[] r : Resources.tsv(f, true)) {
        if (r[0].strip().contains(" ")) add(r[0], EntityType.LOC);
        for (String alt : r[2].split("\\|")) if (alt.strip().contains(" ")) add(alt, EntityType.LOC);
      }
    }
  }

  private void addActor(NerLexicon lexicon, String entry, boolean dated) {
    String[] words = entry.replace('_', ' ').strip().split("\\s+");
    if (words.length < 2 || words.length > MAX_WORDS) return;
    Set<NerLexicon.Kind> first = lexicon.kinds(ArabicNormalizer.fold(words[0]));
    EntityType type;
    if (first.contains(NerLexicon.Kind.ORGCUE)) type = EntityType.ORG;
    else if (dated && !first.contains(NerLexicon.Kind.TITLE) && !first.contains(NerLexicon.Kind.PERCUE)) type = EntityType.PER;
    else return;
    add(String.join(" ", words), type);
  }

  private void add(String name, EntityType type) {
    StringBuilder key = new StringBuilder();
    for (String w : name.strip().split("\\s+")) {
      String n = stem(ArabicNormalizer.fold(w));
      if (n.isEmpty() || n.equals("ل")) continue; // the dictionary writes «ل» as a separate word
      if (key.length() > 0) key.append(' ');
      key.append(n);
    }
    int sp = key.indexOf(" ");
    if (sp > 0) {
      names.putIfAbsent(key.toString(), type);
      firstWords.add(key.substring(0, sp));
    }
  }

  /** The article-less form used as key: «الأمن» → «امن». */
  static String stem(String n) { return n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n; }

  /** Whether some name starts with the word of this key ({@link #stem}): most words start none. */
  boolean startsName(String key) { return firstWords.contains(key); }

  /** For each token, "B-TYPE"/"I-TYPE" of the longest name starting or covering it, else null. */
  String[] mark(FeatureExtractor.Word[] ws) {
    String[] out = new String[ws.length];
    for (int i = 0; i < ws.length; i++) {
      if (!ws[i].startsName) continue;
      StringBuilder key = new StringBuilder(ws[i].nameKey);
      int best = -1;
      EntityType type = null;
      for (int j = i + 1; j < Math.min(ws.length, i + MAX_WORDS); j++) {
        key.append(' ').append(ws[j].nameKey);
        EntityType t = names.get(key.toString());
        if (t != null) { best = j; type = t; }
      }
      if (type != null) {
        out[i] = "B-" + type;
        for (int k = i + 1; k <= best; k++) out[k] = "I-" + type;
        i = best;
      }
    }
    return out;
  }

  int size() { return names.size(); }
}
