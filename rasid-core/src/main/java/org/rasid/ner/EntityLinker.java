package org.rasid.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.Stage;
import org.rasid.doc.Document;
import org.rasid.doc.Entity;
import org.rasid.doc.EntityType;
import org.rasid.doc.Mention;
import org.rasid.doc.Token;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Resources;
import org.rasid.text.WordLists;

/**
 * Merges mentions into the article's entities. «اللواء أحمد المسماري», «اللواء المسماري» and
 * «المسماري» are one person: a shorter person mention joins the entity whose name contains its
 * words in order. Titles written before a person (اللواء، الدكتور) widen the mention and are
 * recorded as titles; a role phrase before them («الناطق باسم الجيش الوطني») is recorded as a
 * role. A nisba right after an organisation («قناة الحرة الأمريكية») gives its country.
 */
public final class EntityLinker implements Stage {
  private static final int MAX_ROLE = 12;
  private final Set<String> titles = new HashSet<>();
  private final Set<String> roleHeads = WordLists.roleHeads();
  /** A role phrase does not run across a clause boundary («أنه»). */
  private final Set<String> clauseWords = WordLists.complementizers();
  private final Map<String, String> demonyms = WordLists.demonyms();

  private final NerLexicon lexicon;
  private final Set<String> reportingVerbs = new HashSet<>();
  /** Words ANERcorp uses only outside names (written by ./rasid train ner). */
  private final Set<String> commonWords = WordLists.commonWords();

  public EntityLinker(NerLexicon lexicon) {
    this.lexicon = lexicon;
    for (String[] r : Resources.tsv("lists/titles_ar.tsv", true)) {
      if (!r[1].equals("political")) titles.add(PhraseKey.of(r[0]));
    }
    for (String[] r : Resources.tsv("lists/reporting_verbs_ar.tsv", true)) {
      for (int k = 0; k < 4; k++) reportingVerbs.add(ArabicNormalizer.fold(r[k]));
    }
    for (String[] r : Resources.tsv("quotes/cues_rasid.tsv", false)) reportingVerbs.add(ArabicNormalizer.fold(r[0]));
  }

  /** Normalised, space-joined phrase keys. */
  static final class PhraseKey {
    static String of(String s) { return ArabicNormalizer.fold(s).strip().replaceAll("\\s+", " "); }
  }

  private static final class Builder {
    final EntityType type;
    List<String> words;
    String name;
    final Set<String> titles = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();
    String country;

    Builder(EntityType type, List<String> words, String name) {
      this.type = type;
      this.words = words;
      this.name = name;
    }
  }

  @Override public void process(Document doc) {
    List<Token> toks = doc.tokens();
    List<Builder> entities = new ArrayList<>();
    WordIndex index = new WordIndex();
    List<Mention> mentions = new ArrayList<>();
    List<Mention> input = propagate(doc, joinAdjacentPersons(doc, completeNames(doc, harmonise(doc))));
    int[] entityOf = new int[input.size()];
    for (int mi = 0; mi < input.size(); mi++) {
      Mention m = input.get(mi);
      int nameFirst = m.firstToken();
      List<String> found = new ArrayList<>();
      // titles inside the tagged span are not part of the name
      while (m.type() == EntityType.PER && nameFirst < m.endToken() - 1 && isTitle(toks.get(nameFirst))) {
        found.add(doc.text().substring(toks.get(nameFirst).start(), toks.get(nameFirst).end()));
        nameFirst++;
      }
      int mentionFirst = m.firstToken();
      int mentionStart = m.start();
      if (m.type() == EntityType.PER) {
        int k = mentionFirst - 1;
        while (k >= 0 && mentionFirst - k <= 3 && isTitle(toks.get(k)) && sameSentence(doc, toks.get(k), m)) {
          found.add(0, toks.get(k).norm().equals(toks.get(k).bare()) ? text(doc, toks.get(k)) : text(doc, toks.get(k)));
          mentionFirst = k;
          mentionStart = toks.get(k).start();
          k--;
        }
      }
      List<String> words = new ArrayList<>();
      for (int t = nameFirst; t < m.endToken(); t++) {
        Token tok = toks.get(t);
        words.add(t == nameFirst && tok.kind() == Token.Kind.ARABIC ? bareOf(tok) : tok.norm());
      }
      int nameStart = nameFirst == m.firstToken() ? m.start() : toks.get(nameFirst).start();
      String name = doc.text().substring(nameStart, m.end());
      Mention wide = new Mention(m.type(), mentionStart, m.end(), mentionFirst, m.endToken(),
          doc.text().substring(mentionStart, m.end()));
      int e = find(entities, index, m.type(), words);
      Builder b;
      if (e < 0) {
        b = new Builder(m.type(), words, name);
        entities.add(b);
        e = entities.size() - 1;
        index.add(e, words);
      } else {
        b = entities.get(e);
        if (words.size() > b.words.size()) {
          b.words = words;
          b.name = name;
          index.add(e, words);
        }
      }
      b.mentions.add(wide);
      mentions.add(wide);
      entityOf[mi] = e;
      for (String t : found) b.titles.add(t);
      if (m.type() == EntityType.PER) {
        String role = role(doc, mentionFirst);
        // «قالت وزيرة الدفاع الفرنسية، فلورانس بارلي، إن…»: a role set off before a name set off by commas
        if (role == null && mentionFirst > 1 && toks.get(mentionFirst - 1).norm().equals("،") && m.endToken() < toks.size()
            && toks.get(m.endToken()).norm().equals("،")) role = role(doc, mentionFirst - 1);
        if (role != null) b.roles.add(role);
        String after = roleAfter(doc, m.endToken());
        if (after != null) b.roles.add(after);
      } else if (b.country == null) {
        int n = m.endToken();
        while (n < toks.size() && toks.get(n).norm().equals("\"")) n++;
        if (n < toks.size() && toks.get(n).kind() == Token.Kind.ARABIC) b.country = demonyms.get(toks.get(n).norm());
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      Builder b = entities.get(i);
      out.add(new Entity("E" + (i + 1), b.type, b.name, new ArrayList<>(b.titles), new ArrayList<>(b.roles),
          b.mentions, b.country));
    }
    doc.setMentions(mentions);
    doc.setEntities(out, entityOf);
  }

  private static String text(Document doc, Token t) { return doc.text().substring(t.start(), t.end()); }

  private static boolean isPlace(Set<NerLexicon.Kind> k) {
    return k.contains(NerLexicon.Kind.PLACE) || k.contains(NerLexicon.Kind.COUNTRY);
  }

  /** A bare word right after a definite nisba («الألماني هايكو»): a name in apposition to a description. */
  private static boolean afterNationality(List<Token> toks, int k) {
    if (k < 1) return false;
    Token t = toks.get(k), before = toks.get(k - 1);
    return t.prefix().isEmpty() && !t.article() && before.kind() == Token.Kind.ARABIC && before.article()
        && before.norm().endsWith("ي") && WordLists.demonyms().containsKey(before.norm());
  }

  /** «والمسماري» and «المسماري» are the same name; «للجيش» reads as «الجيش». */
  private static String bareOf(Token t) { return t.bare(); }

  /**
   * «دونالد ترامب» tagged as «دونالد»: a one-word person followed by a word no list knows (no article,
   * no clitic, not a stop word, cue or place) takes it as the family name, unless the article ends a
   * full name with that person's word.
   */
  private List<Mention> completeNames(Document doc, List<Mention> in) {
    List<Token> toks = doc.tokens();
    boolean[] taken = new boolean[toks.size()];
    for (Mention m : in) for (int t = m.firstToken(); t < m.endToken(); t++) taken[t] = true;
    // («سليماني كحلقة في سلسلة…» after «قاسم سليماني»: a word the article ends a full name with is a
    // family name written alone; a nationality and a name, «المالي مامودو», are no full name)
    Set<String> familyNames = new HashSet<>();
    for (Mention m : in) {
      if (m.type() != EntityType.PER || m.endToken() - m.firstToken() < 2) continue;
      Token before = toks.get(m.endToken() - 2);
      if (!demonyms.containsKey(before.norm())) familyNames.add(toks.get(m.endToken() - 1).norm());
    }
    List<Mention> out = new ArrayList<>(in.size());
    for (Mention m : in) {
      int n = m.endToken();
      // a first name takes no article: «المسماري» is a family name already
      if (m.type() == EntityType.PER && n - m.firstToken() == 1 && n < toks.size() && !taken[n]
          && !toks.get(m.firstToken()).article() && !familyNames.contains(toks.get(m.firstToken()).norm())) {
        Token t = toks.get(n);
        if (t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && !t.article() && t.norm().length() >= 3
            && lexicon.kinds(t.norm()).isEmpty() && !reportingVerbs.contains(t.norm()) && !isTitle(t)
            && !commonWords.contains(t.norm())) {
          out.add(new Mention(EntityType.PER, m.start(), t.end(), m.firstToken(), n + 1, doc.text().substring(m.start(), t.end())));
          taken[n] = true;
          continue;
        }
      }
      // «محمد بن عبدالعزيز الصفيان»: after «بن» and the father's name, a definite word that no list
      // gives another sense (title, place, nisba of a country, stop word) is the family name — but not
      // a feminine adjective («جامعة الإمام محمد بن سعود الإسلامية») or a noun a relative clause
      // describes («وصف بن دغر الحادثة التي…»)
      if (m.type() == EntityType.PER && n - m.firstToken() >= 3 && n < toks.size() && !taken[n] && isIbn(toks.get(n - 2))) {
        Token t = toks.get(n);
        String after = n + 1 < toks.size() ? toks.get(n + 1).norm() : "";
        if (t.kind() == Token.Kind.ARABIC && t.article() && t.prefix().isEmpty() && t.stem().length() >= 3
            && !t.norm().endsWith("يه") && !after.equals("التي") && !after.equals("الذي")
            && familyNameOnly(t.norm()) && familyNameOnly(t.stem()) && !reportingVerbs.contains(t.norm()) && !isTitle(t)
            && !commonWords.contains(t.norm())) {
          out.add(new Mention(EntityType.PER, m.start(), t.end(), m.firstToken(), n + 1, doc.text().substring(m.start(), t.end())));
          taken[n] = true;
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  private static boolean isIbn(Token t) {
    String n = t.norm();
    return n.equals("بن") || n.equals("ابن") || n.equals("بنت");
  }

  /**
   * Whether the word lists know the last word of a person's name as nothing but a family name or a
   * village: «صفوي» is also a town in the gazetteer, yet after «يحيي رحيم صفوي» the article means him.
   */
  private static boolean familyName(Set<NerLexicon.Kind> kinds) {
    for (NerLexicon.Kind k : kinds) if (k != NerLexicon.Kind.LAST && k != NerLexicon.Kind.PLACE) return false;
    return true;
  }

  /** Whether the word lists know a word only as a name, if at all. */
  private boolean familyNameOnly(String norm) {
    for (NerLexicon.Kind k : lexicon.kinds(norm)) {
      if (k == NerLexicon.Kind.TITLE || k == NerLexicon.Kind.PERCUE || k == NerLexicon.Kind.ORGCUE || k == NerLexicon.Kind.STOP
          || k == NerLexicon.Kind.COUNTRY || k == NerLexicon.Kind.DEMONYM || k == NerLexicon.Kind.PLACE) return false;
    }
    return true;
  }

  /** «دونالد» + «ترامب» tagged as two persons side by side are one name. */
  private static List<Mention> joinAdjacentPersons(Document doc, List<Mention> in) {
    List<Mention> out = new ArrayList<>(in.size());
    for (Mention m : in) {
      Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.type() == EntityType.PER && m.type() == EntityType.PER && prev.endToken() == m.firstToken()
          && doc.tokens().get(m.firstToken()).prefix().isEmpty()) {
        out.set(out.size() - 1, new Mention(EntityType.PER, prev.start(), m.end(), prev.firstToken(), m.endToken(),
            doc.text().substring(prev.start(), m.end())));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * One name, one entity per article: words that name a person or organisation somewhere in the
   * article name it wherever they recur untagged («المسماري» after «أحمد المسماري»). For a person
   * the family name alone counts too.
   */
  private List<Mention> propagate(Document doc, List<Mention> mentions) {
    List<Token> toks = doc.tokens();
    Map<String, EntityType> keys = new HashMap<>();
    boolean[] covered = new boolean[toks.size()];
    for (Mention m : mentions) {
      for (int t = m.firstToken(); t < m.endToken(); t++) covered[t] = true;
      if (m.type() == EntityType.LOC) continue;
      StringBuilder k = new StringBuilder();
      for (int t = m.firstToken(); t < m.endToken(); t++) k.append(t == m.firstToken() ? bareOf(toks.get(t)) : toks.get(t).norm()).append(' ');
      keys.putIfAbsent(k.toString().strip(), m.type());
      Token last = toks.get(m.endToken() - 1);
      if (m.type() == EntityType.PER && m.endToken() - m.firstToken() > 1 && last.norm().length() >= 4
          && !isTitle(last) && familyName(lexicon.kinds(last.norm()))) {
        keys.putIfAbsent(last.norm(), EntityType.PER);
      }
    }
    if (keys.isEmpty()) return mentions;
    int maxWords = 1;
    // word-prefixes of the keys: a token that starts none is passed over with one lookup
    java.util.Set<String> starts = new java.util.HashSet<>();
    for (String k : keys.keySet()) {
      maxWords = Math.max(maxWords, k.split(" ").length);
      for (int sp = k.indexOf(' '); sp > 0; sp = k.indexOf(' ', sp + 1)) starts.add(k.substring(0, sp));
      starts.add(k);
    }
    // which mention covers each token: a name found again may swallow a shorter mention inside it
    int[] at = new int[toks.size()];
    java.util.Arrays.fill(at, -1);
    for (int m = 0; m < mentions.size(); m++) {
      for (int t = mentions.get(m).firstToken(); t < mentions.get(m).endToken(); t++) at[t] = m;
    }
    List<Mention> out = new ArrayList<>(mentions);
    Set<Mention> swallowed = new HashSet<>();
    for (int i = 0; i < toks.size(); i++) {
      if (covered[i] || toks.get(i).kind() != Token.Kind.ARABIC) continue;
      String head = bareOf(toks.get(i));
      if (!starts.contains(head)) continue;
      StringBuilder k = new StringBuilder(head);
      for (int j = i + 1; j <= Math.min(toks.size(), i + maxWords); j++) {
        if (j > i + 1) {
          k.append(' ').append(toks.get(j - 1).norm());
          if (!starts.contains(k.toString())) break;
        }
        EntityType type = keys.get(k.toString());
        // «جيش الإسلام» named an organisation; where the tagger later took only «الإسلام», the whole name
        // is found again and the mention inside it goes; a mention running past the name stops the search
        boolean inside = true;
        for (int t = i + 1; t < j && inside; t++) {
          inside = !covered[t] || mentions.get(at[t]).firstToken() > i && mentions.get(at[t]).endToken() <= j;
        }
        if (!inside) break;
        // («محمد وعلي» named «علي»: the word alone, «على» as it folds, is the preposition elsewhere)
        if (type != null && j == i + 1 && WordLists.isPreposition(toks.get(i))) break;
        if (type != null) {
          for (int t = i + 1; t < j; t++) if (covered[t]) swallowed.add(mentions.get(at[t]));
          Token first = toks.get(i);
          int start = first.prefix().isEmpty() ? first.start()
              : org.rasid.text.Offsets.skipNormalized(doc.text(), first.start(), first.prefix().length());
          int end = toks.get(j - 1).end();
          out.add(new Mention(type, start, end, i, j, doc.text().substring(start, end)));
          i = j - 1;
          break;
        }
      }
    }
    if (!swallowed.isEmpty()) out.removeIf(swallowed::contains);
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * One name, one type per article: a mention whose words were tagged otherwise elsewhere takes
   * the majority type, and a lone "person" that the gazetteer knows only as a place is a place.
   */
  private List<Mention> harmonise(Document doc) {
    Map<String, int[]> votes = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      StringBuilder k = new StringBuilder();
      for (int t = m.firstToken(); t < m.endToken(); t++) k.append(bareOf(doc.tokens().get(t))).append(' ');
      keys.add(k.toString());
      votes.computeIfAbsent(k.toString(), x -> new int[EntityType.values().length])[m.type().ordinal()]++;
    }
    // «ليون» after «برناردينو ليون»: a person's family name alone is that person, not a city
    Set<String> familyNames = new HashSet<>();
    for (Mention m : doc.mentions()) {
      if (m.type() == EntityType.PER && m.endToken() - m.firstToken() > 1) familyNames.add(bareOf(doc.tokens().get(m.endToken() - 1)));
    }
    List<Mention> out = new ArrayList<>(doc.mentions().size());
    for (int i = 0; i < doc.mentions().size(); i++) {
      Mention m = doc.mentions().get(i);
      int[] v = votes.get(keys.get(i));
      EntityType type = m.type();
      for (EntityType t : EntityType.values()) if (v[t.ordinal()] > v[type.ordinal()]) type = t;
      if (m.endToken() - m.firstToken() == 1 && familyNames.contains(bareOf(doc.tokens().get(m.firstToken())))) {
        type = EntityType.PER;
      }
      // (not after a nationality: «وزير الخارجية الألماني هايكو» is a man, not Haiku in Hawaii)
      if (type != EntityType.LOC && type != EntityType.MISC && m.endToken() - m.firstToken() == 1
          && !familyNames.contains(bareOf(doc.tokens().get(m.firstToken()))) && !afterNationality(doc.tokens(), m.firstToken())) {
        Set<NerLexicon.Kind> k = lexicon.kinds(bareOf(doc.tokens().get(m.firstToken())));
        if ((k.contains(NerLexicon.Kind.PLACE) || k.contains(NerLexicon.Kind.COUNTRY))
            && !k.contains(NerLexicon.Kind.FIRST)) type = EntityType.LOC;
      }
      int first = m.firstToken();
      if (type == EntityType.LOC && m.endToken() - first > 1) {
        // «دروس بنغازي»: a known place at the end and no gazetteer word before it
        boolean lastKnown = isPlace(lexicon.kinds(bareOf(doc.tokens().get(m.endToken() - 1))));
        boolean restKnown = false;
        for (int t = first; t < m.endToken() - 1; t++) {
          Set<NerLexicon.Kind> k = lexicon.kinds(bareOf(doc.tokens().get(t)));
          restKnown |= isPlace(k) || k.contains(NerLexicon.Kind.PLACEPART);
        }
        if (lastKnown && !restKnown) first = m.endToken() - 1;
      }
      if (first != m.firstToken()) {
        Token f = doc.tokens().get(first);
        out.add(new Mention(type, f.start(), m.end(), first, m.endToken(), doc.text().substring(f.start(), m.end())));
      } else {
        out.add(type == m.type() ? m : new Mention(type, m.start(), m.end(), m.firstToken(), m.endToken(), m.text()));
      }
    }
    return out;
  }

  private static boolean sameSentence(Document doc, Token t, Mention m) {
    return doc.sentenceAt(t.start()) == doc.sentenceAt(m.start());
  }

  private boolean isTitle(Token t) {
    return t.kind() == Token.Kind.ARABIC && (titles.contains(t.norm()) || titles.contains(t.bare()));
  }

  /** An imperfect verb: «يعلّق», «تؤكد» (y/t prefix, no article, not a known name or role word). */
  private boolean looksLikeVerb(Token t) {
    String n = t.norm();
    return t.kind() == Token.Kind.ARABIC && !t.article() && n.length() >= 4 && (n.charAt(0) == 'ي' || n.charAt(0) == 'ت')
        && !roleHeads.contains(n) && !titles.contains(n) && !WordLists.firstNames().contains(n) && lexicon.kinds(n).isEmpty();
  }

  private boolean isRoleHead(Token t) {
    return WordLists.isRoleHead(t);
  }

  /** The role phrase ending right before token {@code first}: from a role head, without punctuation. */
  private String role(Document doc, int first) {
    List<Token> toks = doc.tokens();
    for (int k = first - 1; k >= 0 && first - k <= MAX_ROLE; k--) {
      Token t = toks.get(k);
      // «وأوضح الوزير أنه إذا ما أقدمت إدارة ترامب», «متحدث باسم الحكومة يعلّق على اختفاء خاشقجي»
      if (endsRole(t)) return null;
      // «المسؤول اليمني في خطاب لمفوضية … زيد رعد الحسين»: past «في خطاب لـ…» the name is the addressee's
      if (k + 2 < first && WordLists.addressedVenue(toks, k)) return null;
      if (isRoleHead(t)) {
        while (k > 0 && isRoleHead(toks.get(k - 1))) t = toks.get(--k); // «نائب وزير الخارجية»
        int start = t.prefix().isEmpty() ? t.start()
            : org.rasid.text.Offsets.skipNormalized(doc.text(), t.start(), t.prefix().length());
        return doc.text().substring(start, toks.get(first - 1).end());
      }
    }
    return null;
  }

  /** Where a role phrase stops: punctuation, a clause word, «على»/«عن» or a present-tense verb. */
  private boolean endsRole(Token t) {
    return !t.isWord() || clauseWords.contains(t.norm()) || t.norm().equals("علي") || t.norm().equals("عن") || looksLikeVerb(t);
  }

  /**
   * «السفير بدر عبد العاطي المتحدث باسم وزارة الخارجية»: a definite role head right after the name, with
   * its complement up to punctuation, a verb or a clause word.
   */
  private String roleAfter(Document doc, int end) {
    List<Token> toks = doc.tokens();
    if (end >= toks.size()) return null;
    Token head = toks.get(end);
    if (!head.article() || !head.prefix().isEmpty() || !isRoleHead(head)) return null;
    int k = end + 1;
    while (k < toks.size() && k - end < MAX_ROLE) {
      Token t = toks.get(k);
      if (endsRole(t) || reportingVerbs.contains(t.norm())) break;
      k++;
    }
    return doc.text().substring(head.start(), toks.get(k - 1).end());
  }

  /**
   * Entities by the words of their names (article and a leading preposition set aside), so that a
   * mention is compared with the few entities that share a word, not with all: an article with
   * thousands of names stays linear.
   */
  private static final class WordIndex {
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final Map<String, List<Integer>> byLastWord = new HashMap<>();

    void add(int entity, List<String> words) {
      for (String w : words) for (String k : keys(w)) put(byWord, k, entity);
      for (String k : keys(words.get(words.size() - 1))) put(byLastWord, k, entity);
    }

    private static void put(Map<String, List<Integer>> m, String k, int entity) {
      List<Integer> l = m.computeIfAbsent(k, x -> new ArrayList<>(2));
      if (l.isEmpty() || l.get(l.size() - 1) != entity) l.add(entity);
    }

    /**
     * Entities that may contain {@code words} as a run (they hold its last word) or be contained in
     * it (their last word is among its words), latest first.
     */
    java.util.SortedSet<Integer> candidates(List<String> words) {
      java.util.SortedSet<Integer> out = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
      for (String k : keys(words.get(words.size() - 1))) addAll(out, byWord.get(k));
      for (String w : words) for (String k : keys(w)) addAll(out, byLastWord.get(k));
      return out;
    }

    private static void addAll(java.util.SortedSet<Integer> out, List<Integer> l) {
      if (l != null) out.addAll(l);
    }

    private static List<String> keys(String w) {
      String a = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
      if (w.length() > 3 && isPreposition(w.charAt(0))) {
        String p = w.substring(1);
        return List.of(a, p.startsWith("ال") && p.length() > 3 ? p.substring(2) : p);
      }
      return List.of(a);
    }
  }

  /**
   * The entity a mention of these words belongs to, or -1: of those whose name contains them in order,
   * the one mentioned last («القحطاني» after «سارة القحطاني» and then «فاطمة القحطاني» is Fatima); a
   * person's name with a middle name more or less is the same name («هديل باسهل», «هديل محمد باسهل»).
   */
  private static int find(List<Builder> entities, WordIndex index, EntityType type, List<String> words) {
    int best = -1, bestAt = -1;
    for (int i : index.candidates(words)) {
      Builder b = entities.get(i);
      if (b.type != type) continue;
      if (containsRun(b.words, words) || containsRun(words, b.words)
          || type == EntityType.PER && (withMiddleName(b.words, words) || withMiddleName(words, b.words))) {
        if (type != EntityType.PER && words.size() != b.words.size()
            && !(endsWith(b.words, words) || endsWith(words, b.words))) continue;
        int at = b.mentions.isEmpty() ? -1 : b.mentions.get(b.mentions.size() - 1).start();
        if (best < 0 || at > bestAt) { best = i; bestAt = at; }
      }
    }
    return best;
  }

  /** «هديل محمد باسهل» for «هديل باسهل»: the same first and last word, the shorter's words in order in the longer. */
  private static boolean withMiddleName(List<String> longer, List<String> shorter) {
    if (shorter.size() < 2 || longer.size() <= shorter.size() || !same(longer.get(0), shorter.get(0))
        || !same(longer.get(longer.size() - 1), shorter.get(shorter.size() - 1))) return false;
    int k = 0;
    for (String w : longer) if (k < shorter.size() && same(w, shorter.get(k))) k++;
    return k == shorter.size();
  }

  private static boolean isPreposition(char c) { return c == 'ب' || c == 'ل' || c == 'ك'; }

  private static boolean endsWith(List<String> a, List<String> b) {
    return a.size() >= b.size() && a.subList(a.size() - b.size(), a.size()).equals(b);
  }

  private static boolean containsRun(List<String> hay, List<String> needle) {
    if (needle.isEmpty() || needle.size() > hay.size()) return false;
    outer:
    for (int i = 0; i + needle.size() <= hay.size(); i++) {
      for (int j = 0; j < needle.size(); j++) if (!same(hay.get(i + j), needle.get(j))) continue outer;
      return true;
    }
    return false;
  }

  /** Equal, or equal once the article or a preposition is ignored: «سلامة» in «غسان سلامة», «لداعش» and «داعش». */
  private static boolean same(String a, String b) {
    if (a.equals(b)) return true;
    if (a.length() > 3 && b.length() == a.length() - 1 && isPreposition(a.charAt(0)) && a.endsWith(b)) return true;
    if (b.length() > 3 && a.length() == b.length() - 1 && isPreposition(b.charAt(0)) && b.endsWith(a)) return true;
    String x = a.startsWith("ال") && a.length() > 3 ? a.substring(2) : a;
    String y = b.startsWith("ال") && b.length() > 3 ? b.substring(2) : b;
    return x.equals(y);
  }
}
