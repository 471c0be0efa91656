package org.rasid.events;

import java.util.HashMap;
import java.util.Map;
import org.rasid.ner.ActorDictionary;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Resources;

/**
 * Actor codes: countries by their ISO 3166 alpha-3 code, other actors from UniversalPetrarch's
 * Arabic actor dictionary, matched on article-less words («حماس» → PSEREB).
 */
final class ActorCodes {
  private final Map<String, String> byCountry = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();

  ActorCodes() {
    for (String[] r : Resources.tsv("gazetteer/countries_ar.tsv", true)) byCountry.put(r[6], r[7]);
    for (ActorDictionary.Entry e : ActorDictionary.entries()) {
      if (e.firstRole() != null) put(e.name(), e.firstRole());
    }
  }

  private void put(String entry, String bracket) {
    int end = bracket.indexOf(']');
    if (end < 0) return;
    String code = bracket.substring(1, end).strip().split("\\s+")[0];
    if (!code.matches("[A-Z]{3,12}")) return;
    byName.putIfAbsent(key(entry.replace('_', ' ')), code);
  }

  static String key(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : ArabicNormalizer.fold(name).strip().split("\\s+")) {
      if (w.isEmpty() || w.equals("ل")) continue;
      if (w.startsWith("ال") && w.length() > 3) w = w.substring(2);
      if (b.length() > 0) b.append(' ');
      b.append(w);
    }
    return b.toString();
  }

  String country(String iso2) { return iso2 == null ? null : byCountry.get(iso2); }

  String named(String name) { return byName.get(key(name)); }
}
