package org.rasid.ner;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.rasid.doc.Sentence;
import org.rasid.doc.Token;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Offsets;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Resources;
import org.rasid.text.Tokenizer;
import org.rasid.text.WordLists;

/**
 * Entity mentions: the tagger's, then three kinds of pattern the tagger misses, each from a
 * lexicon: organisation head + definite noun phrase («تنظيم القاعدة»), a short quoted name after a
 * framing word («معركة “…”», «قناة “…”»), and well-known organisations with common-noun names.
 * A mention never includes a proclitic conjunction or preposition.
 */
public final class NerStage implements Stage {
  private static final int MAX_HEAD_TAIL = 3;
  private final NerTagger tagger;
  private final Set<String> orgHeads = new HashSet<>();
  private final Set<String> memberHeads = new HashSet<>();
  private final Map<String, EntityType> frames = new HashMap<>();
  private final PhraseMatcher<Boolean> organisations = new PhraseMatcher<>();
  private final Set<String> demonyms = WordLists.demonyms().keySet();
  private final Set<String> stop = WordLists.stopwords();

  private final Set<String> commonWords = WordLists.commonWords();
  /** «مؤخرا», «أيضا»: adverbs (the quote layer's list), never part of a name. */
  private final Set<String> adverbs = new HashSet<>();
  private final Set<String> roleHeads = WordLists.roleHeads();
  private final Set<String> clauseWords = WordLists.complementizers();
  private final Set<String> prepositions = WordLists.prepositions();
  private final Set<String> firstNames = WordLists.firstNames();
  private final Set<String> lastNames = WordLists.lastNames();
  /** Words a role's complement may run to before the name: «رئيس جمعية الإعلاميين العرب والأتراك». */
  private static final int MAX_ROLE_COMPLEMENT = 7;
  /** «أمين عام», «مدير عامة»: the indefinite «general» of a role. */
  private static final Set<String> GENERAL = Set.of("عام", "عامه");
  private final NerLexicon lexicon = NerLexicon.get();
  /** Verbs of saying in their four forms (said, she said, says, she says): «قال», «تؤكد». */
  private final Set<String> speechVerbs = new HashSet<>();
  /** Nouns for sources without a name («مصادر», «مسعفون»), the quote layer's list. */
  private final Set<String> sources = new HashSet<>();
  /** «والد», «محامي»: nouns that before a name name another person (the quote layer's list). */
  private final Set<String> relational = new HashSet<>();
  private final Set<String> compoundFirstNames = new HashSet<>();

  public NerStage(NerTagger tagger) {
    this.tagger = tagger;
    for (String[] r : Resources.tsv("lists/reporting_verbs_ar.tsv", true)) {
      for (int c = 0; c < 4; c++) speechVerbs.add(ArabicNormalizer.fold(r[c]));
    }
    for (String w : Resources.lines("quotes/sources.tsv")) sources.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("quotes/relational_nouns.txt")) relational.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("ner/compound_first_names.txt")) compoundFirstNames.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("quotes/adverbs.txt")) adverbs.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("ner/org_heads.txt")) orgHeads.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("ner/member_heads.txt")) memberHeads.add(ArabicNormalizer.fold(w));
    for (String[] r : Resources.tsv("ner/name_frames.tsv", false)) frames.put(ArabicNormalizer.fold(r[0]), EntityType.valueOf(r[1]));
    for (String[] r : Resources.tsv("ner/organisations_ar.tsv", false)) organisations.add(r[0], true);
  }

  @Override public void process(Document doc) {
    List<Token> toks = doc.tokens();
    List<Lexeme[]> forms = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      Lexeme[] n = new Lexeme[s.size()];
      for (int i = 0; i < n.length; i++) n[i] = toks.get(s.firstToken() + i).lexeme();
      forms.add(n);
    }
    List<String[]> tags = tagger.tagForms(forms);
    List<int[]> spans = new ArrayList<>(); // {first, end, type}
    for (int si = 0; si < tags.size(); si++) {
      int base = doc.sentences().get(si).firstToken();
      for (ChunkScorer.Chunk c : ChunkScorer.chunks(tags.get(si))) {
        // «الوكالة أنّ»: a name does not end with «أن» or «إن»
        int cEnd = c.end();
        while (cEnd - c.start() > 1 && clauseWords.contains(toks.get(base + cEnd - 1).norm())) cEnd--;
        if (cEnd != c.end()) c = new ChunkScorer.Chunk(c.type(), c.start(), cEnd);
        if (c.end() - c.start() == 1 && commonWord(toks.get(base + c.start()))) continue;
        // «سفير النرويج» tagged as a person: a role and a country name no one
        if (c.type().startsWith("PER") && roleAndPlace(toks, base + c.start(), base + c.end())) continue;
        // «على» folds to «علي», the name: a preposition as written is no mention
        if (c.end() - c.start() == 1 && WordLists.isPreposition(toks.get(base + c.start()))
            && doc.text().charAt(toks.get(base + c.start()).end() - 1) != '\u064A') continue;
        spans.add(new int[] {base + c.start(), base + c.end(), EntityType.valueOf(c.type()).ordinal()});
      }
    }
    List<int[]> patterns = new ArrayList<>();
    for (Sentence s : doc.sentences()) patterns(doc, s, patterns);
    // a pattern wins over the model mentions it covers; it is dropped where it only overlaps them
    for (int[] p : patterns) {
      boolean clash = false;
      List<int[]> covered = new ArrayList<>();
      for (int[] m : spans) {
        if (m[0] < p[1] && p[0] < m[1]) {
          if (p[0] <= m[0] && m[1] <= p[1]) covered.add(m); else clash = true;
        }
      }
      if (!clash) {
        spans.removeAll(covered);
        spans.add(p);
      }
    }
    spans.sort(Comparator.comparingInt(a -> a[0]));
    for (int[] m : spans) if (m[2] == EntityType.ORG.ordinal()) widenOrganisation(toks, m, spans);
    int[] spanOf = new int[toks.size()]; // index in spans of the span covering each token, or -1
    java.util.Arrays.fill(spanOf, -1);
    for (int k = 0; k < spans.size(); k++) for (int t = spans.get(k)[0]; t < spans.get(k)[1]; t++) spanOf[t] = k;
    for (Sentence s : doc.sentences()) roleNames(doc, s, spans, spanOf);
    calledNames(toks, spans, spanOf);
    for (Sentence s : doc.sentences()) compoundNames(doc.text(), toks, s, spans, spanOf);
    for (Sentence s : doc.sentences()) speakerNames(doc.text(), toks, s, spans, spanOf);
    appositionNames(doc.text(), toks, spans, spanOf);
    spans.sort(Comparator.comparingInt(a -> a[0]));
    hyphenatedNames(toks, spans);
    splitCoordinated(toks, spans);
    List<Mention> out = new ArrayList<>(spans.size());
    for (int[] m : spans) {
      Token first = toks.get(m[0]), last = toks.get(m[1] - 1);
      int start = first.start();
      String prefix = first.prefix();
      // («كريم», «كلاوس», «كيري»: a «كـ», as, that the segmenter read on a name is the name's first letter,
      // unless what is left is a name of the lists, «كمحمد»; «ريم» of «كريم» is too short to tell)
      String rest = first.stem();
      if (prefix.endsWith("ك") && !first.article() && !(rest.length() >= 4 && (firstNames.contains(rest) || lastNames.contains(rest)))) {
        prefix = prefix.substring(0, prefix.length() - 1); // («كمحمد», like Muhammad, keeps its «كـ» apart)
      }
      if (prefixIsFirstLetter(doc.text(), first)) prefix = "";
      if (!prefix.isEmpty() && !(first.article() && prefix.endsWith("ل") && first.norm().startsWith(prefix + "ل"))) {
        start = Offsets.skipNormalized(doc.text(), first.start(), prefix.length());
      }
      if (start >= last.end()) continue;
      out.add(new Mention(EntityType.values()[m[2]], start, last.end(), m[0], m[1], doc.text().substring(start, last.end())));
    }
    doc.setMentions(out);
  }

  /**
   * «فاينانشال تايمز», «باولو», «فانكوفر»: a «فـ» or «بـ» read on a name, with a bare alef written after
   * it, is the name's first letter: after a clitic a word that opens with a hamza keeps it written
   * («بأردوغان», «فإيران»), and what is left is a name no list knows.
   */
  private boolean prefixIsFirstLetter(String text, Token first) {
    String prefix = first.prefix();
    if (prefix.length() != 1 || first.article() || "فب".indexOf(prefix.charAt(0)) < 0) return false;
    int after = Offsets.skipNormalized(text, first.start(), 1);
    if (after >= first.end() || text.charAt(after) != 'ا') return false;
    String rest = first.stem();
    return !firstNames.contains(rest) && !lastNames.contains(rest) && lexicon.kinds(rest).isEmpty();
  }

  /**
   * «يقول», «مهرجان», «سلاح» tagged alone as names: a one-word mention that ANERcorp uses only outside
   * names, and that no name list knows, is the tagger's slip.
   */
  private boolean commonWord(Token t) {
    if (t.kind() != Token.Kind.ARABIC || !commonWords.contains(t.norm())) return false;
    java.util.Set<NerLexicon.Kind> k = lexicon.kinds(t.norm());
    return !(k.contains(NerLexicon.Kind.FIRST) || k.contains(NerLexicon.Kind.LAST) || k.contains(NerLexicon.Kind.ACTOR)
        || k.contains(NerLexicon.Kind.PLACE) || k.contains(NerLexicon.Kind.COUNTRY));
  }

  private void patterns(Document doc, Sentence s, List<int[]> out) {
    List<Token> toks = doc.tokens();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = toks.get(i);
      if (t.kind() != Token.Kind.ARABIC) {
        if (t.norm().equals("\"") && i > s.firstToken()) quotedName(toks, s, i, out);
        continue;
      }
      PhraseMatcher.Match<Boolean> org = organisations.longestAt(toks, i, s.endToken());
      int end = org == null ? i : org.end();
      if (!t.article() && orgHeads.contains(t.stem())) {
        int j = i + 1;
        while (j < s.endToken() && j - i <= MAX_HEAD_TAIL) {
          Token u = toks.get(j);
          if (u.kind() != Token.Kind.ARABIC || !u.article() || !u.prefix().isEmpty() || stop.contains(u.norm())
              || demonyms.contains(u.norm())) break;
          j++;
        }
        if (j > i + 1) end = Math.max(end, j);
      } else if (t.article() && t.prefix().isEmpty() && orgHeads.contains(t.stem())) {
        // «المؤسسة الوطنية للنفط», «المرصد السوري لحقوق الإنسان»: a definite head, its adjectives and what
        // it is for; without that it describes («اللجنة المعنية», «القوات البرية») and is left to the tagger
        int j = i + 1;
        while (j < s.endToken() && j - i <= 2 && toks.get(j).kind() == Token.Kind.ARABIC && toks.get(j).article()
            && toks.get(j).prefix().isEmpty() && adjective(toks.get(j).norm())) j++;
        int c = j > i + 1 ? complementEnd(toks, j, s.endToken()) : j;
        if (c > j) end = Math.max(end, c);
      }
      if (end > i) {
        out.add(new int[] {i, end, EntityType.ORG.ordinal()});
        i = end - 1;
      } else if (!t.article() && memberHeads.contains(t.stem()) && i + 1 < s.endToken()) {
        // «مسلحي الوفاق»: one definite name after the members' noun is their organisation
        Token u = toks.get(i + 1);
        if (u.kind() == Token.Kind.ARABIC && u.article() && u.prefix().isEmpty() && !stop.contains(u.norm())
            && !demonyms.contains(u.norm())) {
          out.add(new int[] {i + 1, i + 2, EntityType.ORG.ordinal()});
          i = i + 1;
        }
      }
    }
  }

  /**
   * «رئيسة الوزراء البريطانية تيريزا ماي», «سفير إسرائيل في أسانسيون زئيف هارفل», «القيادي الكردي،
   * آلدار خليل،»: news introduces a person by a role, its complement (definite words, places and
   * organisations, a preposition and its object), then the name: words without the article that no
   * list calls common. A foreign name the tagger has never seen is still found there. Added only
   * where the tagger found nothing.
   */
  private void roleNames(Document doc, Sentence s, List<int[]> spans, int[] spanOf) {
    List<Token> toks = doc.tokens();
    int end = s.endToken();
    for (int i = s.firstToken(); i < end; i++) {
      Token t = toks.get(i);
      if (!WordLists.isRoleHead(t)) {
        // «اللواء يحيي رحيم» with «صفوي» left out: a title widens the person right after it, and only that
        if (t.kind() == Token.Kind.ARABIC && lexicon.kindsOfBare(t.lexeme()).contains(NerLexicon.Kind.TITLE) && i + 1 < end) {
          int[] m = personAt(spans, spanOf, i + 1);
          if (m == null) m = firstWordBefore(toks, i + 1, end, spans, spanOf);
          if (m != null) widenAfterRole(toks, m, end, spanOf);
        }
        continue;
      }
      int j = i + 1;
      boolean person = false;
      while (j < end && j - i <= MAX_ROLE_COMPLEMENT) {
        Token u = toks.get(j);
        int[] m = spanOf[j] < 0 ? null : spans.get(spanOf[j]);
        if (m != null) {
          if (m[2] == EntityType.PER.ordinal()) {
            person = true;
            widenAfterRole(toks, m, end, spanOf);
            break;
          }
          j = m[1];
          continue;
        }
        if (u.kind() != Token.Kind.ARABIC) break;
        if (u.article() && !stop.contains(u.norm())) { j++; continue; }
        if (j == i + 1 && GENERAL.contains(u.norm())) { j++; continue; } // «أمين عام منظمة أوبك عبدالله البدري»
        // («وزيرة شؤون المساواة بين الجنسين مارلين شيابا»: after a role head in construct, a common noun in
        // construct with the definite word after it)
        if (!t.article() && commonWords.contains(u.norm()) && u.prefix().isEmpty() && j + 1 < end && toks.get(j + 1).article()
            && spanOf[j] < 0) { j++; continue; }
        // («المتحدث باسم البنتاغون، إريك باون»: «باسم», on behalf of, links a role to its body as a preposition does)
        if ((prepositions.contains(u.norm()) || u.norm().equals("باسم")) && j + 1 < end && toks.get(j + 1).kind() == Token.Kind.ARABIC) {
          j += 2;
          continue;
        }
        person = firstWordBefore(toks, j, end, spans, spanOf) != null;
        break;
      }
      if (person || j >= end) continue;
      boolean commas = toks.get(j).norm().equals("،");
      int from = commas ? j + 1 : j, n = from;
      int[] named = from < end ? personAt(spans, spanOf, from) : null;
      if (named == null && commas && from < end) named = placeForName(toks, spans, spanOf, from, end);
      if (named != null) { // «…الفرنسي، جان إيف»
        widenAfterRole(toks, named, end, spanOf);
        continue;
      }
      if (from >= end || orgHeads.contains(toks.get(from).stem())) continue; // «مجلس نواب…» is no one's name
      // («تيريزا ماي»: after the first word of a name, a short word the stop list happens to hold)
      while (n < end && n - from < 3 && (nameWord(toks.get(n)) || n > from && nameTail(toks, n)) && spanOf[n] < 0) n++;
      // the name must end where the clause goes on: punctuation, «قد», «أن», or after two words a
      // preposition («الرئيس الأميركي دونالد ترامب إلى…», «…بالندم»); a word that merely follows
      // («نيك ساور استخدم») makes the run a guess
      while (n > from && n < end && !boundary(toks.get(n)) && !(n - from >= 2 && prepositionAfter(doc.text(), toks.get(n)))) n--;
      if (commas && (n >= end || !toks.get(n).norm().equals("،"))) continue;
      if (n < end && !boundary(toks.get(n)) && !strictName(doc.text(), toks, from, n)) continue;
      boolean known = n - from == 1 && toks.get(from).norm().length() >= 3 && firstNames.contains(toks.get(from).norm());
      // two ordinary words the tagger knew as such («دعوى قضائية», «لجنة حقوق») are not a name; a
      // name has a word from the name lists or one the tagger never saw («زئيف هارفل»)
      boolean namelike = false;
      for (int k = from; k < n && !namelike; k++) namelike = namelike(toks.get(k).norm());
      if (namelike && (n - from >= 2 || known)) {
        addSpan(spans, spanOf, new int[] {from, n, EntityType.PER.ordinal()});
        i = n - 1;
      }
    }
  }

  /**
   * «وزيرة الدفاع الفرنسية، فلورانس بارلي، إن…» with «فلورانس» tagged a place (Florence): between a role's
   * commas, a one-word place or miscellany that names no country, then a word the tagger never saw up to
   * the closing comma, is the person's name. Returns the span made a person, or null.
   */
  private int[] placeForName(List<Token> toks, List<int[]> spans, int[] spanOf, int from, int end) {
    int[] m = spanOf[from] >= 0 ? spans.get(spanOf[from]) : null;
    if (m == null || m[0] != from || m[1] != from + 1 || m[2] == EntityType.PER.ordinal() || m[2] == EntityType.ORG.ordinal()
        || m[1] + 1 >= end || lexicon.kindsOfBare(toks.get(from).lexeme()).contains(NerLexicon.Kind.COUNTRY)) return null;
    Token next = toks.get(m[1]);
    if (spanOf[m[1]] >= 0 || next.article() || !next.prefix().isEmpty() || !nameShaped(next) || !namelike(next.norm())
        || commonWords.contains(next.norm()) || !toks.get(m[1] + 1).norm().equals("،")) return null;
    m[2] = EntityType.PER.ordinal();
    spanOf[m[1]] = spanOf[from];
    m[1]++;
    return m;
  }

  /**
   * «الرئيس شي جين بينغ» with «جين بينغ» alone a person: after a role, a word no list calls common
   * right before the person is the name's first word. Returns the widened span, or null.
   */
  private int[] firstWordBefore(List<Token> toks, int j, int end, List<int[]> spans, int[] spanOf) {
    int[] next = j + 1 < end ? personAt(spans, spanOf, j + 1) : null;
    if (next == null || spanOf[j] >= 0 || !nameWord(toks.get(j))) return null;
    next[0] = j;
    spanOf[j] = spanOf[j + 1];
    return next;
  }

  /** The person span that starts at token {@code k}, or null. */
  private static int[] personAt(List<int[]> spans, int[] spanOf, int k) {
    int[] m = spanOf[k] >= 0 ? spans.get(spanOf[k]) : null;
    return m != null && m[0] == k && m[2] == EntityType.PER.ordinal() ? m : null;
  }

  /** A word from the name lists, or one the tagger never saw («زئيف», «هارفل»). */
  private boolean namelike(String norm) {
    return firstNames.contains(norm) || lastNames.contains(norm) || !tagger.knows(norm);
  }

  /**
   * «وزير الخارجية الفرنسي، جان إيف لو دريان،» with «جان إيف» alone a person: after a role, one or two
   * more words up to punctuation, a clause word or another role, one of them never seen by the tagger,
   * end the name.
   */
  private void widenAfterRole(List<Token> toks, int[] m, int end, int[] spanOf) {
    int index = spanOf[m[0]], k = m[1];
    boolean unseen = false;
    // («لو» in «جان إيف لو دريان» is a stop word: one is let in when a word never seen comes too)
    while (k < end && k - m[1] < 2 && spanOf[k] < 0 && !toks.get(k).article() && nameShaped(toks.get(k))) {
      String n = toks.get(k).norm();
      unseen |= namelike(n) && !stop.contains(n) && !commonWords.contains(n);
      k++;
    }
    Token after = k < end ? toks.get(k) : null;
    // («يحيي رحيم صفوي المستشار الخاص…»: a second role describing the person ends the name too)
    if (k == m[1] || after == null || !unseen
        || after.kind() == Token.Kind.ARABIC && !clauseWords.contains(after.norm()) && !(after.article() && WordLists.isRoleHead(after))) return;
    for (int t = m[1]; t < k; t++) spanOf[t] = index;
    m[1] = k;
  }

  /**
   * «المؤسسة الوطنية للنفط», «المرصد السوري لحقوق الإنسان», «الهيئة العالمية للتنمية البشرية»: a body
   * named by a head noun and an adjective goes on with what it is for, «لـ» and a definite noun (its
   * adjective or coordinate after it). Only after an adjective: «وزارة الصحة للمواطنين» is to whom.
   */
  private void widenOrganisation(List<Token> toks, int[] m, List<int[]> spans) {
    Token head = toks.get(m[0]), last = toks.get(m[1] - 1);
    if (m[1] - m[0] < 2 || !lexicon.kindsOfBare(head.lexeme()).contains(NerLexicon.Kind.ORGCUE) || !last.article()
        || !adjective(last.norm())) return;
    // (after a tagged name, only «للـ» and a definite noun: «لوقف العدوان» after one is a purpose)
    if (m[1] >= toks.size() || !toks.get(m[1]).article()) return;
    int end = complementEnd(toks, m[1], toks.size());
    for (int[] o : spans) if (o != m && o[0] < end && m[1] <= o[0]) return; // another mention there
    m[1] = end;
  }

  /**
   * The end of «للنفط», «لحقوق الإنسان», «للإغاثة والأعمال الإنسانية» starting at {@code k}: «لـ» with a
   * definite noun, or with a noun in construct and its definite genitive, then a coordinate or an
   * adjective; {@code k} when there is none.
   */
  private int complementEnd(List<Token> toks, int k, int limit) {
    if (k >= limit || !toks.get(k).prefix().equals("ل") || toks.get(k).kind() != Token.Kind.ARABIC) return k;
    boolean construct = !toks.get(k).article();
    int end = k + 1;
    if (construct && !(end < limit && toks.get(end).article() && toks.get(end).prefix().isEmpty())) return k;
    if (construct) end++;
    while (end < limit && end - k < 4 && toks.get(end).kind() == Token.Kind.ARABIC && toks.get(end).article()
        && (toks.get(end).prefix().isEmpty() || toks.get(end).prefix().equals("و")) && !stop.contains(toks.get(end).norm())) end++;
    return end;
  }

  /** A definite adjective: a nisba («الوطنية», «السوري») or one of the few others bodies take («العليا»). */
  private static boolean adjective(String norm) {
    return norm.endsWith("يه") || norm.endsWith("ي") && norm.length() > 4 || norm.equals("العليا") || norm.equals("العامه")
        || norm.equals("الكبري") || norm.equals("المستقله") || norm.equals("المتحده");
  }

  /**
   * «وقال ترامب إن…», «وأضافت ميركل أن…»: news names who speaks between the verb of saying and its
   * «إن». One or two words there that no list calls common, no place, and that the tagger never saw
   * (one word) or with one it never saw or a name list knows (two), are a person's name: foreign names
   * the tagger misses are most often met this way. Added only where the tagger found nothing.
   */
  private void speakerNames(String text, List<Token> toks, Sentence s, List<int[]> spans, int[] spanOf) {
    int end = s.endToken();
    for (int i = s.firstToken(); i + 2 < end; i++) {
      Token v = toks.get(i);
      if (v.kind() != Token.Kind.ARABIC || !(v.prefix().isEmpty() || v.prefix().equals("و") || v.prefix().equals("ف"))
          || !speechVerbs.contains(v.stem())) continue;
      // «بيّن» explained, written without its shadda, is «بين», between
      if (v.stem().equals("بين") && text.substring(v.start(), v.end()).indexOf('\u0651') < 0) continue;
      int from = i + 1, n = from;
      while (n < end && n - from < 2 && spanOf[n] < 0 && speakerNameWord(text, toks.get(n))) n++;
      if (n == from || n >= end || !(clauseWords.contains(toks.get(n).norm()) || toks.get(n).norm().equals(":"))) {
        int[] described = nameAfterDescription(text, toks, i, end, spanOf);
        if (described != null) {
          addSpan(spans, spanOf, described);
          i = described[1];
        }
        continue;
      }
      // one word the tagger never saw; or two that are each unseen or in a name list («هيذر نويرت», «راجح بادي»),
      // not a noun and its adjective («دعوى قضائية»)
      boolean name = n - from == 1 || !nisbaOfKnown(toks.get(from + 1).norm()) && !relational.contains(toks.get(from).norm());
      for (int k = from; k < n && name; k++) {
        String w = toks.get(k).norm();
        name = !tagger.knows(w) || n - from == 2 && (firstNames.contains(w) || lastNames.contains(w));
      }
      if (!name) continue;
      addSpan(spans, spanOf, new int[] {from, n, EntityType.PER.ordinal()});
      i = n;
    }
  }

  /** Adds {@code span} ({first, end, type}) and marks its tokens as covered by it. */
  private static void addSpan(List<int[]> spans, int[] spanOf, int[] span) {
    spans.add(span);
    for (int k = span[0]; k < span[1]; k++) spanOf[k] = spans.size() - 1;
  }

  /**
   * «وزير حقوق الإنسان عز الدين الأصبحي», «ما شاء الله الزوي»: a two-word first name the tagger left out,
   * with one or two family-name words after it (a nisba with the article, or words the tagger never saw);
   * not after a preposition or a place noun («محافظة صلاح الدين»).
   */
  private void compoundNames(String text, List<Token> toks, Sentence s, List<int[]> spans, int[] spanOf) {
    int end = s.endToken();
    for (int i = s.firstToken(); i + 2 < end; i++) {
      if (toks.get(i).kind() != Token.Kind.ARABIC || spanOf[i] >= 0) continue;
      int words = compoundAt(toks, i, end);
      if (words == 0) continue;
      int last = i + words - 1;
      // («ما شاء الله»: the tagger may have taken «الله» alone for a name of its own; the person's span takes it over)
      int[] alone = spanOf[last] >= 0 ? spans.get(spanOf[last]) : null;
      if (alone != null && !(alone[0] == last && alone[1] == last + 1 && alone[2] == EntityType.MISC.ordinal())) continue;
      if (words == 3 && spanOf[i + 1] >= 0) continue;
      if (i > 0 && (WordLists.isPreposition(toks.get(i - 1), text) || PLACE_NOUNS.contains(toks.get(i - 1).stem()))) continue;
      int j = last + 1;
      while (j < end && j - last <= 2 && spanOf[j] < 0 && familyNameWord(text, toks.get(j))) j++;
      if (j == last + 1) continue;
      // «ما شاء الله» is also the exclamation («ما شاء الله أهل قطر…»): as a name it needs a family nisba
      if (words == 3 && !(toks.get(last + 1).article() && toks.get(last + 1).norm().endsWith("ي"))) continue;
      if (alone == null) {
        addSpan(spans, spanOf, new int[] {i, j, EntityType.PER.ordinal()});
      } else {
        alone[0] = i;
        alone[1] = j;
        alone[2] = EntityType.PER.ordinal();
        int index = spanOf[last];
        for (int k = i; k < j; k++) spanOf[k] = index;
      }
      i = j - 1;
    }
  }

  /** How many words of a compound first name start at token {@code i} («ما شاء الله» 3, «عز الدين» 2), or 0. */
  private int compoundAt(List<Token> toks, int i, int end) {
    StringBuilder b = new StringBuilder(toks.get(i).norm());
    for (int w = 2; w <= 3 && i + w - 1 < end; w++) {
      Token t = toks.get(i + w - 1);
      if (t.kind() != Token.Kind.ARABIC) return 0;
      b.append(' ').append(t.norm());
      if (compoundFirstNames.contains(b.toString())) return w;
    }
    return 0;
  }

  private static final Set<String> PLACE_NOUNS = Set.of("محافظه", "مدينه", "قضاء", "ناحيه", "منطقه", "جامعه", "مسجد", "جامع", "شارع");

  /** «الأصبحي», «الزوي», «البحيري»: a nisba with the article, or a word the tagger never saw, no clitic before it. */
  private boolean familyNameWord(String text, Token t) {
    if (t.kind() != Token.Kind.ARABIC || !t.prefix().isEmpty() || clauseWords.contains(t.norm()) || stop.contains(t.norm())
        || WordLists.isPreposition(t, text) || WordLists.isRoleHead(t)) return false;
    String n = t.norm();
    return t.article() && n.endsWith("ي") && n.length() >= 5 || !t.article() && !knownWord(n, false) && !commonWords.contains(n)
        && speakerNameWord(text, t) || lastNames.contains(n);
  }

  /**
   * «وأوضح طبيب اللجنة الاسكتلندية جيرار سينكلير في بيان أن…»: after the verb at {@code v}, a description
   * of up to four words ending in a definite word, then two words the tagger never saw, then «أن», a colon
   * or «في»/«خلال» (where it was said): the two are the speaker's first and family name. The span, or null.
   */
  private int[] nameAfterDescription(String text, List<Token> toks, int v, int end, int[] spanOf) {
    for (int a = v + 1; a <= v + 4 && a + 2 < end; a++) {
      Token d = toks.get(a);
      if (d.kind() != Token.Kind.ARABIC || spanOf[a] >= 0) return null;
      if (!d.article()) continue;
      int n = a + 3;
      if (n >= end) return null;
      String after = toks.get(n).norm();
      if (!(clauseWords.contains(after) || after.equals(":") || after.equals("في") || after.equals("خلال"))) continue;
      boolean name = true;
      for (int k = a + 1; k < n && name; k++) {
        Token t = toks.get(k);
        String w = t.norm();
        // (the tagger knows only its training words: a verb, an accusative or a «بـ» phrase is no name either)
        name = spanOf[k] < 0 && speakerNameWord(text, t) && !tagger.knows(w) && !w.endsWith("ا") && w.charAt(0) != 'ب'
            && "يت".indexOf(w.charAt(0)) < 0 && !(k == a + 1 && w.endsWith("ه") && !firstNames.contains(w));
      }
      if (name) return new int[] {a + 1, n, EntityType.PER.ordinal()};
    }
    return null;
  }

  /**
   * A word that may be a speaker's name after a verb of saying: name-shaped, no source noun
   * («مصادر»), no place, and not one of the shapes ordinary words take there: a pronoun suffix
   * («معاليه», «مراسلنا», «كلاهما»), a sound plural of a participle («مسعفون», «متابعون», «زائرون»), an
   * adverbial accusative («مرارا», «مبتسما», «محذرا»), an addressee after «لـ» («لوالده»).
   */
  private boolean speakerNameWord(String text, Token t) {
    String n = t.norm();
    if (!nameWord(t) || sources.contains(n) || place(n) || n.length() < 3) return false;
    String written = text.substring(t.start(), t.end());
    char last = written.charAt(written.length() - 1);
    if (last == '\u0647' || last == '\u064B' || n.endsWith("ها") || n.endsWith("هم") || n.endsWith("هما") || n.endsWith("نا")) return false;
    boolean plural = n.endsWith("ون") || n.endsWith("ين");
    char second = n.charAt(1);
    boolean consonant = second != 'ا' && second != 'و' && second != 'ي';
    if (plural && n.length() >= 5 && (n.charAt(0) == 'م' && consonant || n.length() == 6 && (n.charAt(1) == 'ا' || n.charAt(2) == 'ي'))) {
      return false;
    }
    if (n.endsWith("ا") && n.charAt(0) == 'م' && consonant && n.length() >= 5) return false;
    // participles of the derived verbs: «مستخدم», «متابع», «مختص»
    if (n.startsWith("مست") || n.startsWith("مت") || n.length() <= 5 && n.charAt(0) == 'م' && n.charAt(2) == 'ت') return false;
    // a preposition or «كـ» the segmenter left on a known word: «بإمكاني», «كغيري»
    if ((n.charAt(0) == 'ب' || n.charAt(0) == 'ك') && knownWord(n.substring(1), true)) return false;
    if (n.charAt(0) == 'ل') {
      String rest = n.substring(1);
      if (rest.length() < 3 || knownWord(rest, false) || firstNames.contains(rest) || lastNames.contains(rest)) return false;
    }
    return true;
  }

  /** A word the tagger saw, as is or with the article; {@code mine}: also with «ي», my, taken off («إمكاني»). */
  private boolean knownWord(String n, boolean mine) {
    if (n.length() < 3) return false;
    if (tagger.knows(n) || tagger.knows("ال" + n)) return true;
    return mine && n.endsWith("ي") && n.length() > 3 && knownWord(n.substring(0, n.length() - 1), false);
  }

  /**
   * «دعوى قضائية», «منشور تحذيري»: a second word that is the nisba adjective of a word the tagger saw
   * («قضاء», «تحذير») describes the first; «أفيخاي أدرعي» ends a name.
   */
  private boolean nisbaOfKnown(String n) {
    String base = n.endsWith("يه") ? n.substring(0, n.length() - 2) : n.endsWith("ي") ? n.substring(0, n.length() - 1) : null;
    return base != null && knownWord(base, false);
  }

  private boolean place(String norm) {
    java.util.Set<NerLexicon.Kind> k = lexicon.kinds(norm);
    return k.contains(NerLexicon.Kind.PLACE) || k.contains(NerLexicon.Kind.COUNTRY);
  }

  /**
   * «امرأة من سكان تاورغاء تدعى غزالة عوض عن…», «أحد المحققين ويدعى فاليري زولوتاريف من…»: the
   * words after «يدعى» (is called) are a person's name, up to punctuation, a preposition or a
   * clause word. Added only where the tagger found nothing; «يدّعي أن» (claims that) names no one.
   */
  private void calledNames(List<Token> toks, List<int[]> spans, int[] spanOf) {
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (!WordLists.isCalled(toks.get(i))) continue;
      int from = i + 1, n = from;
      // after «يدعى» even words the lists call common or stop words are the name («غزالة عوض»)
      while (n < toks.size() && n - from < 4 && spanOf[n] < 0 && calledWord(toks.get(n))) n++;
      if (n == from || (n < toks.size() && !boundary(toks.get(n)) && !prepositions.contains(toks.get(n).norm()))) continue;
      addSpan(spans, spanOf, new int[] {from, n, EntityType.PER.ordinal()});
      i = n - 1;
    }
  }

  /**
   * «نشر رياض حجاب، رئيس الوزراء السوري الأسبق،», «قال عبدالملك الحوثي، زعيم جماعة…»: a first name,
   * one or two more words, a comma and a role is a person named then described, even where the family
   * name is a common word or the tagger took the first name alone. Runs after the span lists are
   * final for this sentence: it replaces person spans inside the name and touches no other.
   */
  private void appositionNames(String text, List<Token> toks, List<int[]> spans, int[] spanOf) {
    java.util.Set<int[]> replaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<int[]> added = new ArrayList<>();
    for (int i = 0; i + 3 < toks.size(); i++) {
      Token t = toks.get(i);
      // a first name the lists know, or a word the tagger took alone for a person before a family name
      // with the article («عبدالملك الحوثي»); «على» folds to «علي», the name, but as written is a preposition
      int[] own = spanOf[i] < 0 ? null : spans.get(spanOf[i]);
      boolean alone = own != null && own[2] == EntityType.PER.ordinal() && own[0] == i && own[1] == i + 1
          && toks.get(i + 1).article();
      if (t.kind() != Token.Kind.ARABIC || !t.prefix().isEmpty() || !(alone || WordLists.firstNames().contains(t.norm()))
          || WordLists.isPreposition(t) && text.charAt(t.end() - 1) != '\u064A') continue;
      int n = i + 1;
      while (n < toks.size() && n - i <= 2 && familyWord(toks.get(n))) n++;
      if (n == i + 1 || n + 1 >= toks.size() || !toks.get(n).norm().equals("،") || !roleAfterComma(toks.get(n + 1))) continue;
      boolean free = true;
      for (int k = i; k < n && free; k++) {
        int[] sp = spanOf[k] < 0 ? null : spans.get(spanOf[k]);
        free = sp == null || sp[2] == EntityType.PER.ordinal() && sp[0] >= i && sp[1] <= n;
      }
      // «وعد ماتيو سافيني»: where the tagger began a person after the first name, the «name» is a verb
      if (!free || spanOf[i] < 0 && spanOf[i + 1] >= 0 || commonWords.contains(t.norm())) continue;
      for (int k = i; k < n; k++) if (spanOf[k] >= 0) replaced.add(spans.get(spanOf[k]));
      added.add(new int[] {i, n, EntityType.PER.ordinal()});
      i = n;
    }
    if (added.isEmpty()) return;
    spans.removeIf(replaced::contains);
    spans.addAll(added);
  }

  /**
   * «مون جاي-إن», «يون يونغ-تشان», «جان-إيف»: a hyphen with a letter glued on each side joins the words of
   * one name (Korean given names, French compound ones), whatever the tagger made of the part beyond it
   * («إن» is no complementizer there), and so do a place's («موقع بونجي-ري»). A span takes in the word
   * across the hyphen on either side, and another span gives that word up. Not where the hyphen joins two
   * names or a name and a word ({@link #joinable}): «قمة ترامب-أون», «كيم-ترمب», «إيراني-تركي», «ظافر-رحمه
   * الله». {@code spans} is sorted by start and stays so.
   */
  private void hyphenatedNames(List<Token> toks, List<int[]> spans) {
    java.util.Set<String> alone = null;
    for (int k = 0; k < spans.size(); k++) {
      int[] m = spans.get(k);
      if (!Tokenizer.joiningHyphen(toks, m[1]) && !Tokenizer.joiningHyphen(toks, m[0] - 1)) continue;
      if (alone == null) alone = writtenAlone(toks);
      boolean person = m[2] == EntityType.PER.ordinal();
      while (Tokenizer.joiningHyphen(toks, m[1]) && joinable(toks, m[1], alone, person)) {
        m[1] += 2;
        // a span beyond gives up the word now covered («كيم هاك-سونغ وكيم سانغ-دوك»: the tagger's «سونغ وكيم سانغ»)
        while (k + 1 < spans.size() && spans.get(k + 1)[0] < m[1]) {
          int[] next = spans.get(k + 1);
          if (next[1] <= m[1]) spans.remove(k + 1);
          else {
            next[0] = m[1];
            break;
          }
        }
      }
      while (Tokenizer.joiningHyphen(toks, m[0] - 1) && joinable(toks, m[0] - 1, alone, person)) {
        m[0] -= 2;
        while (k > 0 && spans.get(k - 1)[1] > m[0]) {
          int[] prev = spans.get(k - 1);
          if (prev[0] >= m[0]) {
            spans.remove(k - 1);
            k--;
          } else {
            prev[1] = m[0];
            break;
          }
        }
      }
    }
  }

  /**
   * «كيري وظريف», «القذافي وساركوزي», «خالد وفهد» tagged as one person: a word inside a person's span
   * that «و» joins on, and that is a name of the lists or written elsewhere in the article without it,
   * begins a second person. «الأمير وليام», «نيل وودز» keep their «و», which no name is left without,
   * and «محمود وهبة» its name that begins with the letter.
   */
  private void splitCoordinated(List<Token> toks, List<int[]> spans) {
    java.util.Set<String> alone = null;
    for (int k = 0; k < spans.size(); k++) {
      int[] m = spans.get(k);
      if (m[2] != EntityType.PER.ordinal()) continue;
      for (int t = m[0] + 1; t < m[1]; t++) {
        Token u = toks.get(t);
        if (u.kind() != Token.Kind.ARABIC || !u.prefix().equals("و") || u.norm().length() < 4) continue;
        String rest = u.norm().substring(1);
        if (firstNames.contains(u.norm()) || lastNames.contains(u.norm())) continue; // «وهبة», «وليد»
        if (!firstNames.contains(rest) && !lastNames.contains(rest)) {
          if (alone == null) alone = writtenAlone(toks);
          if (!alone.contains(rest)) continue;
        }
        spans.add(k + 1, new int[] {t, m[1], m[2]});
        m[1] = t;
        break;
      }
    }
  }

  /** The words the article writes with no joining hyphen beside them: «ترامب» of «دونالد ترامب». */
  private static java.util.Set<String> writtenAlone(List<Token> toks) {
    java.util.Set<String> out = new HashSet<>();
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).kind() == Token.Kind.ARABIC && !Tokenizer.joiningHyphen(toks, i + 1) && !Tokenizer.joiningHyphen(toks, i - 1)) {
        out.add(toks.get(i).norm());
      }
    }
    return out;
  }

  /**
   * Whether the words on each side of the joining hyphen {@code h} may be one name's: not when the
   * article writes the word before elsewhere on its own, nor when either is a nationality, a country, a
   * common word or, beside what is no person, a place.
   */
  private boolean joinable(List<Token> toks, int h, java.util.Set<String> alone, boolean person) {
    if (alone.contains(toks.get(h - 1).norm())) return false;
    for (Token t : new Token[] {toks.get(h - 1), toks.get(h + 1)}) {
      String n = t.norm();
      java.util.Set<NerLexicon.Kind> kinds = lexicon.kinds(n);
      // («جاي-إن»: two letters after the hyphen are a syllable, whatever word they spell)
      if (demonyms.contains(n) || commonWords.contains(n) && n.length() > 2 || kinds.contains(NerLexicon.Kind.COUNTRY)
          || !person && kinds.contains(NerLexicon.Kind.PLACE)) { // «طريق جدة-مكة»: two places
        return false;
      }
    }
    return true;
  }

  /**
   * A later word of a name that the stop list happens to hold («ماي» after «تيريزا»): only where the
   * article writes the same two words together again, as it does a name and seldom a phrase.
   */
  private boolean nameTail(List<Token> toks, int k) {
    Token t = toks.get(k), before = toks.get(k - 1);
    String n = t.norm();
    if (!stop.contains(n) || !plainWord(t, 3) || t.article() || demonyms.contains(n) || roleHeads.contains(n)
        || adverbs.contains(n)) return false;
    int seen = 0;
    for (int j = 1; j < toks.size() && seen < 2; j++) {
      if (toks.get(j).norm().equals(n) && toks.get(j - 1).norm().equals(before.norm())) seen++;
    }
    return seen >= 2;
  }

  /** A word of a family name: «حجاب», «الحوثي», «آل جابر»; not a function word, role or nationality. */
  private boolean familyWord(Token t) { return nameShaped(t) && !stop.contains(t.norm()); }

  /** A plain word that is no role, nationality or adverb: what a name's words look like, stop words aside. */
  private boolean nameShaped(Token t) {
    String n = t.norm();
    return plainWord(t, 2) && !demonyms.contains(n) && !WordLists.isRoleHead(t) && !adverbs.contains(n);
  }

  /**
   * An Arabic word written without clitics, at least {@code minLength} letters, that is no preposition,
   * clause word or «قد»: what the name patterns below are built from.
   */
  private boolean plainWord(Token t, int minLength) {
    String n = t.norm();
    return t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && n.length() >= minLength && !prepositions.contains(n)
        && !clauseWords.contains(n) && !n.equals("قد");
  }

  /** «رئيس الوزراء», «زعيم جماعة…», «سفير المملكة»: a role opening an apposition. */
  private boolean roleAfterComma(Token t) {
    return t.kind() == Token.Kind.ARABIC && (roleHeads.contains(t.norm()) || roleHeads.contains(t.stem()));
  }

  /** A role head followed only by place or nationality words: «سفير النرويج», «وزير خارجية قطر». */
  private boolean roleAndPlace(List<Token> toks, int first, int end) {
    Token head = toks.get(first);
    if (end - first < 2 || !WordLists.isRoleHead(head)) return false;
    if (lexicon.kindsOfBare(head.lexeme()).contains(NerLexicon.Kind.TITLE)) return false; // «الرئيس روزفلت»: a title and a name
    for (int k = first + 1; k < end; k++) {
      Token t = toks.get(k);
      java.util.Set<NerLexicon.Kind> kinds = lexicon.kindsOfBare(t.lexeme());
      if (!(kinds.contains(NerLexicon.Kind.COUNTRY) || kinds.contains(NerLexicon.Kind.PLACE) || demonyms.contains(t.norm())
          || roleHeads.contains(t.norm()) || (t.article() && stop.contains(t.norm())))) return false;
    }
    return true;
  }

  /** Where a name after a role may end: punctuation or a quote mark, «قد», or «أن» and its kin. */
  private boolean boundary(Token t) {
    return t.kind() != Token.Kind.ARABIC || t.norm().equals("قد") || clauseWords.contains(t.norm());
  }

  /**
   * Two words ended by a preposition rather than by punctuation must look like a name throughout: each
   * in a name list, or speaker-shaped ({@link #speakerNameWord}: no pronoun suffix, participle or adverb)
   * and no nisba of a known word («دعوى قضائية», «عفوا رئاسيا»), no «إنما», no imperfect verb and no
   * participle of the derived shapes.
   */
  private boolean strictName(String text, List<Token> toks, int from, int n) {
    if (n - from != 2) return false;
    for (int k = from; k < n; k++) {
      Token t = toks.get(k);
      String w = t.norm();
      if (firstNames.contains(w) || lastNames.contains(w)) continue;
      if (!speakerNameWord(text, t) || adjectiveOfKnown(w) || k == n - 1 && w.endsWith("يا")) return false;
      // «أنما», «إنما»: a clause word with «ما»
      if (w.endsWith("ما") && clauseWords.contains(w.substring(0, w.length() - 2))) return false;
      // an imperfect verb («ترامب يفكر في…», «يعلق بحذر»): «يـ» before a consonant, or «تـ» before one
      // with the rest a word the tagger saw («ترامب» leaves «رامب», which it did not); a participle,
      // «مـ» before a consonant («مملوك», «مقرب»), where the name lists do not know the word
      char first = w.charAt(0), second = w.charAt(1);
      boolean consonant = second != 'ا' && second != 'و' && second != 'ي';
      if (consonant && (first == 'ي' || first == 'م' || first == 'ت' && knownWord(w.substring(1), false))) return false;
    }
    return true;
  }

  /**
   * «قضائية», «رئاسيا», «داخلية»: a nisba, in any case ending, of a noun the tagger saw: «قضاء»,
   * «رئاسة», «داخل».
   */
  private boolean adjectiveOfKnown(String w) {
    if (w.endsWith("يا")) w = w.substring(0, w.length() - 1);
    if (nisbaOfKnown(w)) return true;
    String base = w.endsWith("يه") ? w.substring(0, w.length() - 2) : w.endsWith("ي") ? w.substring(0, w.length() - 1) : null;
    if (base == null || base.length() < 3) return false;
    char last = base.charAt(base.length() - 1);
    return knownWord(base + "ه", false) || (last == 'ي' || last == 'ئ') && knownWord(base.substring(0, base.length() - 1) + "ء", false);
  }

  /** A preposition, as a word or as the «بـ»/«لـ» written on one: where a phrase after a name begins. */
  private static boolean prepositionAfter(String text, Token t) {
    if (t.kind() != Token.Kind.ARABIC) return false;
    String p = t.prefix();
    return WordLists.isPreposition(t, text) || !p.isEmpty() && (p.charAt(p.length() - 1) == 'ب' || p.charAt(p.length() - 1) == 'ل');
  }

  private boolean calledWord(Token t) { return plainWord(t, 2) && !t.article(); }

  private boolean nameWord(Token t) {
    String n = t.norm();
    // («قد», which plainWord turns away, is a stop word too)
    return plainWord(t, 2) && !t.article() && !stop.contains(n) && !commonWords.contains(n) && !demonyms.contains(n)
        && !roleHeads.contains(n);
  }

  /** «معركة “طوفان الكرامة”»: a quoted run of 1-4 words (an organisation's, 1-6) right after a framing word. */
  private void quotedName(List<Token> toks, Sentence s, int open, List<int[]> out) {
    Token frame = toks.get(open - 1);
    EntityType type = frame.kind() == Token.Kind.ARABIC ? frames.get(frame.stem()) : null;
    if (type == null) return;
    int j = open + 1, max = type == EntityType.ORG ? 7 : 5; // «منظمة "إس أو إس البحر المتوسط"»
    while (j < s.endToken() && j - open <= max && toks.get(j).isWord()) j++;
    if (j < s.endToken() && j > open + 1 && j - open <= max && toks.get(j).norm().equals("\"")) {
      out.add(new int[] {open + 1, j, type.ordinal()});
    }
  }
}
