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
    static final Set<String> COMMON_WORDS = load(List.of("ner/common_words.txt"));
    static final Set<String> PREPOSITIONS = load(List.of("lists/prepositions_rasid.txt"));
    static final Set<String> PREPOSITION_FORMS = withPronouns(PREPOSITIONS);
    static final Set<String> LAST_NAMES = load(List.of("lists/Most-Popular-Arabic-LastNames.txt",
        "lists/last-names-in-arabic.txt"));
    static final Set<String> ROLE_HEADS = load(List.of("ner/role_heads.txt"));
    static final Set<String> VENUES = load(List.of("ner/venues.txt"));
    static final Set<String> COMPLEMENTIZERS = load(List.of("quotes/complementizers.txt"));
  }

  private static final Set<String> CALLED = Set.of("يدعي", "ويدعي", "تدعي", "وتدعي", "المدعو", "المدعوه");

  /** «يدعى», «تدعى», «المدعو» (is called, the one called): a person's name follows. */
  public static boolean isCalled(org.rasid.doc.Token t) { return t.kind() == org.rasid.doc.Token.Kind.ARABIC && CALLED.contains(t.norm()); }

  /** Arabic family names. */
  public static Set<String> lastNames() { return Holder.LAST_NAMES; }

  /** Words that open a role phrase said of a person: «الناطق», «وزير», «المبعوث». */
  public static Set<String> roleHeads() { return Holder.ROLE_HEADS; }

  /** A role head as written or without its clitics («والوزير»). */
  public static boolean isRoleHead(org.rasid.doc.Token t) {
    return t.kind() == org.rasid.doc.Token.Kind.ARABIC && isRoleHead(t.lexeme());
  }

  /** Whether a form is a role head, kept with its lexeme: every layer asks it of most tokens. */
  private static final org.rasid.doc.Lexeme.Key<Boolean> ROLE_HEAD = new org.rasid.doc.Lexeme.Key<>();

  /** A role head as written or without its clitics, for a word form. */
  public static boolean isRoleHead(org.rasid.doc.Lexeme l) {
    Boolean r = l.get(ROLE_HEAD);
    if (r == null) {
      r = Holder.ROLE_HEADS.contains(l.norm()) || Holder.ROLE_HEADS.contains(l.bare());
      l.put(ROLE_HEAD, r);
    }
    return r;
  }

  /** «خطاب», «بيانه», «كلمة»: a noun of where something was said, with or without «his» on it. */
  public static boolean isVenue(org.rasid.doc.Token t) {
    String st = t.stem();
    return Holder.VENUES.contains(st) || st.length() > 3 && st.endsWith("ه") && Holder.VENUES.contains(st.substring(0, st.length() - 1));
  }

  /**
   * «في خطاب لمفوضية…», «في رسالة إلى…»: token {@code k} is «في», then a venue, then whom it was addressed to;
   * a name after them is the addressee's («في مؤتمر نظمه مركز تونس … ويليان لايسي» names the speaker).
   */
  public static boolean addressedVenue(List<org.rasid.doc.Token> toks, int k) {
    if (k + 2 >= toks.size() || !toks.get(k).norm().equals("في") || !isVenue(toks.get(k + 1))) return false;
    org.rasid.doc.Token to = toks.get(k + 2);
    // («في الرسالة الموجهة إلى بلحاج وزوجته فاطمة»: the one addressed, «الموجهة», says it too)
    return to.prefix().startsWith("ل") || to.norm().equals("الي") || to.norm().startsWith("ل") && !to.article()
        || to.bare().startsWith("الموجه");
  }

  /** Words that open reported content and end a clause's subject: «أن», «إنه», «بأنها». */
  public static Set<String> complementizers() { return Holder.COMPLEMENTIZERS; }

  /** Every preposition with every attached pronoun, and ل/ب with one (a pronoun alone is not a word). */
  private static Set<String> withPronouns(Set<String> prepositions) {
    Set<String> out = new HashSet<>(prepositions);
    for (String p : prepositions) for (String suffix : PRONOUN_SUFFIXES) if (p.length() + suffix.length() > 2) out.add(p + suffix);
    for (String suffix : PRONOUN_SUFFIXES) {
      out.add("ل" + suffix);
      out.add("ب" + suffix);
    }
    return Collections.unmodifiableSet(out);
  }

  /** Every form of every nisba adjective («ليبي», «الليبيين») → its country's ISO 3166 alpha-2 code. */
  public static Map<String, String> demonyms() { return Holder.DEMONYMS; }

  /** Arabic first names, male and female. */
  public static Set<String> firstNames() { return Holder.FIRST_NAMES; }

  /**
   * Words ANERcorp's training split uses outside names (or hardly ever inside one), normalised: written by
   * {@code ./rasid train ner}; the one-word mentions the tagger's slips make, and no part of a name.
   */
  public static Set<String> commonWords() { return Holder.COMMON_WORDS; }

  /** Stop words, including the clitic forms the list carries. */
  public static Set<String> stopwords() { return Holder.STOPWORDS; }

  /** Prepositions that mark a phrase as an object or adjunct («في», «على», «مع»…). */
  public static Set<String> prepositions() { return Holder.PREPOSITIONS; }

  /**
   * Whether a token is one of {@link #prepositions()}, bare or with an attached pronoun («أمامه», «عليها»,
   * «منهم», «لها», «به»). One lookup.
   */
  public static boolean isPreposition(org.rasid.doc.Token t) { return Holder.PREPOSITION_FORMS.contains(t.norm()); }

  /**
   * A preposition as written in {@code text}: «على» is one, but «علي», which normalises the same, is a
   * name («علي خامنئي»).
   */
  public static boolean isPreposition(org.rasid.doc.Token t, String text) {
    if (t.norm().equals("علي") && text.charAt(t.end() - 1) == '\u064A') return false;
    return isPreposition(t);
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
