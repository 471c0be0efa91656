package org.rasid.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Resources;

/**
 * Places with Arabic names (GeoNames cities ≥ 15k, provinces, countries, Libyan airports), looked up
 * by normalised name, with or without the article, and by consonant skeleton for misspellings
 * («طربلس» for «طرابلس», «معيتقية» for «معيتيقة»).
 */
public final class Gazetteer {
  private final PhraseMatcher<List<GeoEntry>> names = new PhraseMatcher<>();
  private final Map<String, List<GeoEntry>> skeletons = new HashMap<>();
  private final Map<String, GeoEntry> countries = new HashMap<>();

  private static final class Holder {
    static final Gazetteer DEFAULT = load();
  }

  public static Gazetteer get() { return Holder.DEFAULT; }

  public PhraseMatcher<List<GeoEntry>> names() { return names; }

  public GeoEntry country(String code) { return countries.get(code); }

  /** Entries for a name, exact (normalised) first, then by skeleton; empty when none. */
  public List<GeoEntry> lookup(String name) {
    List<GeoEntry> e = names.get(name);
    if (e != null) return e;
    String key = PhraseMatcher.key(name);
    if (key.startsWith("ال") && key.length() > 4) {
      e = names.get(key.substring(2));
      if (e != null) return e;
    } else {
      e = names.get("ال" + key);
      if (e != null) return e;
    }
    if (key.length() >= 5) {
      e = skeletons.get(skeleton(key));
      if (e != null) return e;
    }
    return List.of();
  }

  /** The name without its inner long vowels: spelling slips mostly add or drop them. */
  static String skeleton(String normalised) {
    StringBuilder b = new StringBuilder(normalised.length());
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      boolean wordStart = i == 0 || normalised.charAt(i - 1) == ' ';
      if (!wordStart && (c == 'ا' || c == 'و' || c == 'ي')) continue;
      b.append(c);
    }
    return b.toString();
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    for (String[] r : Resources.tsv("gazetteer/countries_ar.tsv", true)) {
      GeoEntry e = new GeoEntry(r[0], r[3], r[6], num(r[4]), num(r[5]), id(r[10]), r[8], (long) (double) orZero(r[9]),
          GeoEntry.Kind.COUNTRY);
      g.countries.put(r[6], e);
      g.add(r[0], e);
      for (String alt : r[2].split("\\|")) g.add(alt, e);
    }
    for (String[] r : Resources.tsv("geo/aliases_ar.tsv", false)) {
      String cc = r[1].equals("-") ? null : r[1];
      GeoEntry e = new GeoEntry(r[0], r[2], cc, num(r[3]), num(r[4]), id(r[5]), r[6], 0,
          "PCLI".equals(r[6]) ? GeoEntry.Kind.COUNTRY : GeoEntry.Kind.PLACE);
      g.add(r[0], e);
    }
    for (String[] r : Resources.tsv("gazetteer/admin1_ar.tsv", true)) {
      GeoEntry e = new GeoEntry(r[0], r[2], r[6], num(r[4]), num(r[5]), id(r[8]), r[7], 0, GeoEntry.Kind.ADMIN1);
      g.add(r[0], e);
    }
    for (String[] r : Resources.tsv("gazetteer/places_ar.tsv", true)) {
      GeoEntry e = new GeoEntry(r[0], r[3], r[6], num(r[4]), num(r[5]), id(r[11]), r[9], (long) (double) orZero(r[10]),
          GeoEntry.Kind.PLACE);
      g.add(r[0], e);
      for (String alt : r[2].split("\\|")) g.add(alt, e);
    }
    return g;
  }

  private void add(String name, GeoEntry e) {
    String key = PhraseMatcher.key(name);
    if (key.length() < 2) return;
    List<GeoEntry> l = names.get(key);
    if (l == null) {
      l = new ArrayList<>(1);
      names.add(key, l);
    }
    if (!l.contains(e)) l.add(e);
    if (key.length() >= 5) {
      List<GeoEntry> s = skeletons.computeIfAbsent(skeleton(key), k -> new ArrayList<>(1));
      if (!s.contains(e)) s.add(e);
    }
  }

  private static Double num(String s) { return s == null || s.isBlank() ? null : Double.valueOf(s); }

  private static Double orZero(String s) { return s == null || s.isBlank() ? 0.0 : Double.valueOf(s); }

  private static Long id(String s) { return s == null || s.isBlank() ? null : Long.valueOf(s); }

  static String norm(String s) { return ArabicNormalizer.fold(s); }
}
