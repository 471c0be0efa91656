package org.rasid.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shared word lists of {@code lists/}, normalised and loaded once. */
public final class WordLists {
  private WordLists() {}

  private static final class Holder {
    static final Map<String, String> DEMONYMS = loadDemonyms();
    static final Set<String> FIRST_NAMES = load(List.of("lists/Most-Popular-Arabic-FirstNames.txt",
        "lists/male-first--names-in-arabic.txt", "lists/female-first-names-in-arabic.txt"));
    static final Set<String> STOPWORDS = load(List.of("lists/stopwords.txt"));
    static final Set<String> PREPOSITIONS = load(List.of("lists/prepositions_rasid.txt"));
  }

  /** Every form of every nisba adjective («ليبي», «الليبيين») → its country's ISO 3166 alpha-2 code. */
  public static Map<String, String> demonyms() { return Holder.DEMONYMS; }

  /** Arabic first names, male and female. */
  public static Set<String> firstNames() { return Holder.FIRST_NAMES; }

  /** Stop words, including the clitic forms the list carries. */
  public static Set<String> stopwords() { return Holder.STOPWORDS; }

  /** Prepositions that mark a phrase as an object or adjunct («في», «على», «مع»…). */
  public static Set<String> prepositions() { return Holder.PREPOSITIONS; }

  /** Whether a token is one of {@link #prepositions()}. */
  public static boolean isPreposition(org.rasid.doc.Token t) {
    String n = t.norm();
    if (Holder.PREPOSITIONS.contains(n)) return true;
    // «أمامه», «عليها», «منهم»: a preposition with an attached pronoun is one too
    // «لها», «به»: ل and ب with a pronoun are prepositions too
    if (n.length() >= 2 && (n.charAt(0) == 'ل' || n.charAt(0) == 'ب')) {
      for (String suffix : PRONOUN_SUFFIXES) if (n.length() == suffix.length() + 1 && n.endsWith(suffix)) return true;
    }
    for (String suffix : PRONOUN_SUFFIXES) {
      if (n.length() > suffix.length() + 1 && n.endsWith(suffix)
          && Holder.PREPOSITIONS.contains(n.substring(0, n.length() - suffix.length()))) return true;
    }
    return false;
  }

  private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"};

  private static Map<String, String> loadDemonyms() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : Resources.tsv("lists/demonyms_ar.tsv", true)) {
      for (String f : r[7].split("\\|")) m.put(ArabicNormalizer.fold(f), r[0]);
    }
    return Collections.unmodifiableMap(m);
  }

  private static Set<String> load(List<String> files) {
    Set<String> s = new HashSet<>();
    for (String f : files) for (String w : Resources.lines(f)) s.add(ArabicNormalizer.fold(w));
    return Collections.unmodifiableSet(s);
  }
}
