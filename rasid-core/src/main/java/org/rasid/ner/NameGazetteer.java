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
  private static final String[] BEGIN = new String[EntityType.values().length], INSIDE = new String[BEGIN.length];

  static {
    for (EntityType t : EntityType.values()) {
      BEGIN[t.ordinal()] = "B-" + t;
      INSIDE[t.ordinal()] = "I-" + t;
    }
  }

  /** First words of the names: most tokens start none. */
  private final Map<String, Node> roots = new HashMap<>();
  private int size;

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
    List<String> keys = new java.util.ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      String n = stem(ArabicNormalizer.fold(w));
      if (n.isEmpty() || n.equals("ل")) continue; // the dictionary writes «ل» as a separate word
      keys.add(n);
    }
    if (keys.size() < 2) return;
    Node node = roots.computeIfAbsent(keys.get(0), k -> new Node());
    for (String k : keys.subList(1, keys.size())) node = node.next.computeIfAbsent(k, x -> new Node());
    if (node.type == null) {
      node.type = type;
      size++;
    }
  }

  /**
   * Names as a trie over their words' keys: a token walks it word by word, one lookup of a string
   * whose hash is cached per form, instead of joining ever longer keys.
   */
  static final class Node {
    EntityType type; // of the name ending here, or null
    final Map<String, Node> next = new HashMap<>(4);
  }

  /** The article-less form used as key: «الأمن» → «امن». */
  static String stem(String n) { return n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n; }

  /** Where the names starting with the word of this key ({@link #stem}) go on, or null: most words start none. */
  Node root(String key) { return roots.get(key); }

  /** For each token, "B-TYPE"/"I-TYPE" of the longest name starting or covering it, else null. */
  String[] mark(FeatureExtractor.Word[] ws) {
    String[] out = new String[ws.length];
    for (int i = 0; i < ws.length; i++) {
      Node node = ws[i].nameRoot;
      if (node == null) continue;
      int best = -1;
      EntityType type = null;
      for (int j = i + 1; j < Math.min(ws.length, i + MAX_WORDS); j++) {
        node = node.next.get(ws[j].nameKey);
        if (node == null) break;
        if (node.type != null) { best = j; type = node.type; }
      }
      if (type != null) {
        out[i] = BEGIN[type.ordinal()];
        for (int k = i + 1; k <= best; k++) out[k] = INSIDE[type.ordinal()];
        i = best;
      }
    }
    return out;
  }

  int size() { return size; }
}
