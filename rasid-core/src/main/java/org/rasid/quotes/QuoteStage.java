package org.rasid.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasid.Stage;
import org.rasid.doc.DateMention;
import org.rasid.doc.Document;
import org.rasid.doc.Entity;
import org.rasid.doc.EntityType;
import org.rasid.doc.Mention;
import org.rasid.doc.Quote;
import org.rasid.doc.Sentence;
import org.rasid.doc.TextSpan;
import org.rasid.doc.Token;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.SentenceSplitter;
import org.rasid.text.Tokenizer;
import org.rasid.text.WordLists;

/**
 * Reported speech. From each reporting cue it finds the content (a quotation in marks after a
 * colon or the cue: direct; a clause after أن/إن or, for «نفى، دعا، حذر…», the cue's object:
 * indirect; indirect with a quoted fragment: mixed) and the speaker: a person named after the cue
 * or right before it, an organisation or anonymous source right after it, else, when the subject
 * is dropped («وأضاف», «مؤكداً»), the previous quote's speaker. Also «Speaker: content» headlines,
 * quotations whose cue follows them, and «…، بحسب X» attributions.
 */
public final class QuoteStage implements Stage {
  private static final int WINDOW = 30;
  private static final int SPEAKER_WINDOW = 10;
  /** A person named after the cue may follow a long role: «وأوضح مساعد المدير العام … الفهد بأن». */
  private static final int PERSON_WINDOW = 20;
  private static final int PREP_WINDOW = 5;
  /** «كشف مصدر مطلع في المعارضة لـ«الشرق الأوسط»، عن…»: a revealing verb's «عن» may come after a long source. */
  private static final int REVEAL_WINDOW = 14;
  /** Between a cue and its أن stand at most a subject with its role and a phrase of circumstance. */
  private static final int MAX_COMPLEMENTIZER_GAP = 16;
  private static final java.util.Set<String> TEMPORAL = java.util.Set.of("بعد", "قبل", "منذ");
  /** «بعد أن», «دون أن»: words that govern an «أن» of their own, which no cue before them introduces. */
  private static final java.util.Set<String> GOVERNS_AN = java.util.Set.of("بعد", "قبل", "منذ", "دون", "بدون");
  private static final java.util.Set<String> PASSIVE_AUX = java.util.Set.of("تم", "يتم", "سيتم", "وتم", "ويتم");
  private static final java.util.Set<String> INTERROGATIVES = java.util.Set.of("كيف", "لماذا", "ماذا", "هل", "متي", "اين");
  /** «من جانبها», «من جهته»: on its part, before the verb that opens the sentence. */
  private static final java.util.Set<String> ON_ITS_PART = java.util.Set.of("جانبها", "جهتها", "جانبه", "جهته", "ناحيتها", "ناحيته");
  /** Words that subordinate a clause to the sentence: its verb shares the sentence's subject. */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("حينما", "عندما", "بعدما", "حين", "لما", "كلما");
  /** «عبّر», «عبّرت» as written once the shadda is dropped, which «عبر», across, is too. */
  private static final java.util.Set<String> EXPRESSED = java.util.Set.of("عبر", "وعبر", "عبرت", "وعبرت");
  /** «كان» opening a clause with its subject and its verb after it: «…، وكانت صحيفة X ذكرت أن…». */
  private static final java.util.Set<String> KANA = java.util.Set.of("وكان", "وكانت", "كان", "كانت");
  /** Words that set a contrasting clause beside the one before: «بينما قالت إسبانيا…». */
  private static final java.util.Set<String> CONTRAST = java.util.Set.of("بينما", "وبينما", "فيما", "وفيما");
  /** Verbs that put out a written thing: «أصدرت», «نشر», «وزعت» (normalised stems). */
  private static final java.util.Set<String> ISSUED = java.util.Set.of("اصدر", "اصدرت", "نشر", "نشرت", "وزع", "وزعت");
  private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("بيان", "تقرير", "رساله", "تصريح", "تغريده");
  private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("هذه", "هذا", "هؤلاء", "تلك", "ذلك");
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("لكن", "ولكن", "بينما", "فيما", "اما");
  private static final java.util.Set<String> NEGATIONS = java.util.Set.of("لم", "ولم", "لن", "ولن");
  /** Weekdays and one-word days other than today («أمس», «غداً»), from the date lexicon. */
  private static final java.util.Set<String> WEEKDAYS = new java.util.HashSet<>();

  static {
    for (String[] r : org.rasid.text.Resources.tsv("time/relative_ar.tsv", false)) {
      if (r[0].strip().contains(" ")) continue;
      if (r[1].equals("weekday") || r[1].equals("day") && !r[2].equals("0")) WEEKDAYS.add(org.rasid.text.ArabicNormalizer.fold(r[0].strip()));
    }
  }
  private static final org.rasid.doc.Lexeme.Key<Boolean> WEEKDAY = new org.rasid.doc.Lexeme.Key<>();

  /** Whether a form is a weekday: asked of every token, so answered once per form. */
  private static boolean weekday(org.rasid.doc.Lexeme l) {
    Boolean b = l.get(WEEKDAY);
    if (b == null) {
      b = WEEKDAYS.contains(l.bare());
      l.put(WEEKDAY, b);
    }
    return b;
  }

  /** Bodies that speak as such in a title («السلطات الأمنية:», «الشرطة:»). */
  private static final java.util.Set<String> AUTHORITIES =
      java.util.Set.of("سلطات", "شرطه", "حكومه", "جيش", "وزاره", "خارجيه", "داخليه", "رئاسه", "نيابه", "محكمه");
  /** Words that open a new clause after an aside: «بينما», «حيث», «إذ». */
  private static final java.util.Set<String> ASIDE_ENDS = java.util.Set.of("بينما", "فيما", "حيث", "اذ", "لكن", "غير", "كما");
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");
  private static final int MAX_QUOTE_TOKENS = 4000;
  /** How far before a name a description of it may start: «السياسي الذي ينتمي لحزب … مارتن سيكرت». */
  private static final int DESCRIPTION_WINDOW = 10;
  /** Tokens a quoted term spans, its marks included («"قوة الدعم"»): longer quotations are speech. */
  private static final int MAX_QUOTED_TERM = 6;
  /** A dropped subject refers back at most this many sentences. */
  private static final int MAX_CARRY = 4;
  private final CueLexicon lex = new CueLexicon();

  /** A resolved speaker: the span as written, its entity (or null) and a display name. */
  private record Speaker(TextSpan span, String entity, String name) {}

  private final class Run {
    final Document doc;
    final List<Token> toks;
    final int[] mentionAt;
    final List<Quote> out = new ArrayList<>();
    final boolean[] covered;
    /** Tokens inside a date: «الأسبوع الماضي» after a verb is when, not who. */
    final boolean[] inDate;
    Speaker last;
    int lastSentence = -100;

    Run(Document doc) {
      this.doc = doc;
      this.toks = doc.tokens();
      this.mentionAt = doc.mentionIndexByToken();
      this.covered = new boolean[toks.size()];
      this.inDate = new boolean[toks.size()];
      int t = 0, n = toks.size();
      for (DateMention d : doc.dates()) {
        while (t < n && toks.get(t).start() < d.start()) t++;
        for (int k = t; k < n && toks.get(k).start() < d.end(); k++) inDate[k] = true;
      }
      // a weekday alone is a time too («وقال التلفزيون السوري الأحد إنه…»), never a speaker
      for (int k = 0; k < n; k++) if (toks.get(k).kind() == Token.Kind.ARABIC && weekday(toks.get(k).lexeme())) inDate[k] = true;
    }

    private int[] marks;
    private int[] newlines;

    /** The offset of the first line break at or after {@code offset}, or MAX_VALUE; the text is scanned once. */
    int newlineAfter(int offset) {
      if (newlines == null) {
        String text = doc.text();
        int[] n = new int[16];
        int c = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
          if (c == n.length) n = java.util.Arrays.copyOf(n, c * 2);
          n[c++] = i;
        }
        newlines = java.util.Arrays.copyOf(n, c);
      }
      int k = java.util.Arrays.binarySearch(newlines, offset);
      if (k < 0) k = -k - 1;
      return k < newlines.length ? newlines[k] : Integer.MAX_VALUE;
    }
    private java.util.Set<String> people;
    private final java.util.Map<String, java.util.Set<String>> roleWords = new java.util.HashMap<>();

    /** Ids of the article's person entities. */
    java.util.Set<String> people() {
      if (people == null) {
        people = new java.util.HashSet<>();
        for (Entity e : doc.entities()) if (e.type() == EntityType.PER) people.add(e.id());
      }
      return people;
    }

    /** The words of an entity's roles and titles, with their clitic readings; made once per entity. */
    java.util.Set<String> roleWords(Entity e) {
      return roleWords.computeIfAbsent(e.id(), id -> {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (String r : e.roles()) addStems(known, r);
        for (String r : e.titles()) addStems(known, r);
        return known;
      });
    }

    /** Indices of the quotation-mark tokens, in order; found once per article, when first asked. */
    int[] marks() {
      if (marks == null) {
        int[] m = new int[16];
        int c = 0;
        for (int k = 0; k < toks.size(); k++) {
          Token t = toks.get(k);
          if (t.kind() != Token.Kind.PUNCT || t.norm().length() != 1 || t.norm().charAt(0) != '"') continue;
          if (c == m.length) m = java.util.Arrays.copyOf(m, c * 2);
          m[c++] = k;
        }
        marks = java.util.Arrays.copyOf(m, c);
      }
      return marks;
    }
  }

  @Override public void process(Document doc) {
    Run run = new Run(doc);
    List<Token> toks = doc.tokens();
    for (int i = 0; i < toks.size(); i++) {
      if (run.covered[i]) continue;
      Token t = toks.get(i);
      if (t.kind() == Token.Kind.PUNCT) {
        if (!t.norm().equals("\"")) continue;
        int end = quoteBeforeCue(run, i);
        if (end > i) i = end;
        continue;
      }
      CueLexicon.Start start = lex.startAt(t);
      if (start == null) {
        // «وجاء في بيان الوزارة أن…»: «جاء», came, reports only as «جاء في» a statement or a report
        if (lex.isCameIn(t) && i + 2 < toks.size() && toks.get(i + 1).norm().equals("في")
            && DOCUMENTS.contains(accusativeless(toks.get(i + 2).stem()))) {
          int end = fromCue(run, i, CAME_IN);
          if (end > i) i = end - 1;
        }
        continue;
      }
      CueLexicon.Cue cue = start.cue();
      // «وأشار، وفق ما أوردت الوكالة، إلى أن…»: the verb of an attribution phrase is not a cue of its own
      if (cue != null && inAttribution(run, i)) cue = null;
      // «لم تعلن كوريا الشمالية عن…»: a denied act of saying reports nothing
      if (cue != null && i > 0 && NEGATIONS.contains(toks.get(i - 1).norm())) cue = null;
      // «وأُعلنت أول إمارة…»: a passive written with its damma reports no one's words (but «قيل», «يُقال» do)
      if (cue != null && passive(doc.text(), t)) cue = null;
      // «لا أعتقد أن…», «أستبعد أن…» inside what someone says: the speaker's own first person, not a report
      if (cue != null && firstPerson(run, i)) cue = null;
      // «الرجلين، اللذين يُعتقد أنهما…»: «who are believed to be» describes the antecedent; it reports no one
      if (cue != null && believedToBe(toks, i)) cue = null;
      // «وكانت محكمة اسكتلندية دانت الليبي…»: a court convicts; it condemns no one in words
      if (cue != null && cue.kind().equals("condemn") && nearCourt(toks, i)) cue = null;
      // «بيّن» explained or «بين» between
      if (cue != null && between(run, i)) cue = null;
      // «عبّر عن» expressed, «عبر الحدود» across: the verb has its shadda or an «عن» close after it
      // («وجاء خبر عبر الهاتف عن وصول…»: a definite common noun right after it is what the news came across)
      if (cue != null && EXPRESSED.contains(t.norm()) && doc.text().substring(t.start(), t.end()).indexOf('\u0651') < 0
          && (!anAfter(toks, i, "عن", 8) || i + 1 < toks.size() && across(run, i + 1))) cue = null;
      // «بعد كشف هويته»: after a time word the verb's form is its verbal noun
      // («وفيما بعد قال الإيطاليون إن…»: «فيما بعد», later, is an adverb and governs nothing)
      if (cue != null && !cue.participle() && i > 0 && TEMPORAL.contains(toks.get(i - 1).norm())
          && !(i > 1 && (toks.get(i - 2).norm().equals("فيما") || toks.get(i - 2).norm().equals("وفيما")))) cue = null;
      if (cue != null && !cue.participle() && afterNot(toks, i)) cue = null;
      // «مع توقع وصول الاستهلاك…»: right after a preposition the verb's form is its verbal noun
      // (as written: «محمد علي¶شدد…» ends a name and a line)
      if (cue != null && !cue.participle() && i > 0 && t.prefix().isEmpty() && WordLists.prepositions().contains(toks.get(i - 1).norm())
          && WordLists.isPreposition(toks.get(i - 1), doc.text()) && run.newlineAfter(toks.get(i - 1).end()) > t.start()) cue = null;
      // «أطلق طالب تونسي النار»: «طالب» with a nationality after it is a student
      if (cue != null && t.stem().equals("طالب") && i + 1 < toks.size() && WordLists.demonyms().containsKey(toks.get(i + 1).norm())
          && !toks.get(i + 1).article()) cue = null;
      // «الحوار الذي دعت إليه الأديان»: a relative clause whose verb points back to its antecedent with a
      // pronoun describes the antecedent; the call is that noun, not what follows
      if (cue != null && i > 0 && i + 1 < toks.size() && RELATIVES.contains(toks.get(i - 1).norm())
          && pointsBack(toks.get(i + 1)) && !thatSoon(toks, i + 1)) cue = null;
      // «بعد أن أقر بأن…»: so after «أن» governed by a time word, unless its words follow («قبل أن يستطرد
      // بالقول: "…"»)
      if (cue != null && !cue.participle() && i > 1 && toks.get(i - 1).norm().equals("ان")
          && TEMPORAL.contains(toks.get(i - 2).norm()) && !colonOrQuoteAfter(toks, i)) cue = null;
      // «وزير الخارجية المصري يطالب مجدداً بإخلاء…» as a title reports a stand; only «Speaker: content»
      // titles quote
      if (cue != null && cue.object() && t.end() <= doc.article().titleLength()) cue = null;
      // «إجراءات مشددة على مداخل المراكز», «حراسة مشددة»: right after an indefinite noun that is no
      // statement («في رسالة مشددة على…»), «مشددة» is strict, not insisting
      if (cue != null && cue.participle() && i > 0 && t.norm().equals("مشدده") && toks.get(i - 1).kind() == Token.Kind.ARABIC
          && !toks.get(i - 1).article() && run.mentionAt[i - 1] < 0 && !DOCUMENTS.contains(accusativeless(toks.get(i - 1).stem()))) cue = null;
      // «41 متهمًا»: after a number a participle is a noun, not a cue
      // («عام 2006 قوله "…"»: «قوله», his saying, is no such noun)
      if (cue != null && cue.participle() && i > 0 && toks.get(i - 1).kind() == Token.Kind.NUMBER && !t.norm().contains("قول")) cue = null;
      if (cue != null) {
        int after = asSaid(run, i, cue);
        if (after > i) {
          i = after - 1;
          continue;
        }
        int end = fromCue(run, i, cue);
        if (end > i) i = end - 1;
        continue;
      }
      if (!start.attribution()) continue;
      PhraseMatcher.Match<String> attr = lex.attribution.longestAt(toks, i, toks.size());
      if (attr != null) attribution(run, i, attr);
    }
    headline(run); // last: a country in a title speaks only when the body quotes it
    bodyHeadlines(run);
    bullets(run);
    run.out.sort(Comparator.comparingInt(q -> q.content().start()));
    doc.setQuotes(run.out);
  }

  /** «المسماري: هدف القوات…»: a title made of a name, a colon and what was said. */
  private void headline(Run run) {
    Document doc = run.doc;
    int titleLen = doc.article().titleLength();
    if (titleLen == 0 || doc.sentences().isEmpty()) return;
    headline(run, 0, titleLen, false);
  }

  /**
   * «فاينانشال تايمز: إردوغان… يدفع الليرة للهاوية»: a line of the body with no full stop, made of a name, a
   * colon and a clause, is the title of a linked story and quotes as a title does. A profile's title
   * («جون بولتون: الصقر الذي يريد…», «ترامب: تاجر العقارات…») describes its name and has no verb of its own.
   */
  private void bodyHeadlines(Run run) {
    List<Token> toks = run.toks;
    String text = run.doc.text();
    int titleLen = run.doc.article().titleLength();
    for (int nl = text.indexOf('\n', titleLen); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      int i = firstTokenAfter(toks, nl, 0, toks.size());
      if (i >= toks.size()) break;
      Token t = toks.get(i);
      if (t.start() != nl + 1 || run.covered[i]) continue;
      int lineEnd = text.indexOf('\n', t.start());
      if (lineEnd < 0) lineEnd = text.length();
      int last = firstTokenAfter(toks, lineEnd, i, toks.size()) - 1;
      while (last > i && toks.get(last).end() > lineEnd) last--;
      String end = toks.get(last).norm();
      if (last - i > 25 || end.equals(".") || end.equals(":") || run.covered[last] || !ownClause(run, i, last)) continue;
      headline(run, i, lineEnd, true);
    }
  }

  /**
   * «- هديل باسهل: من الجرم أن نشرك… - سارة القحطاني: إهمال أطفال السجناء…»: a feature's summary, a line of
   * dash-led items each a person's name, a colon and what that person says, quotes each item as a title
   * does. Two such items at least; a name of the tagger's, not a place tag («الرياض - …»).
   */
  private void bullets(Run run) {
    List<Token> toks = run.toks;
    String text = run.doc.text();
    int titleLen = run.doc.article().titleLength();
    List<int[]> items = new ArrayList<>(); // {first token, end offset}
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.start() < titleLen || !isDash(t) || i + 2 >= toks.size()) continue;
      int lineEnd = text.indexOf('\n', t.start());
      if (lineEnd < 0) lineEnd = text.length();
      items.clear();
      for (int k = i; k < toks.size() && toks.get(k).end() <= lineEnd; k++) {
        if (!isDash(toks.get(k)) || k + 1 >= toks.size()) continue;
        int m = run.mentionAt[k + 1];
        if (m < 0 || run.doc.mentions().get(m).type() != EntityType.PER || run.doc.mentions().get(m).firstToken() != k + 1) continue;
        int colon = run.doc.mentions().get(m).endToken();
        if (colon >= toks.size() || !toks.get(colon).norm().equals(":") || run.covered[colon]) continue;
        int next = colon + 1;
        while (next < toks.size() && toks.get(next).end() <= lineEnd && !isDash(toks.get(next))) next++;
        items.add(new int[] {k + 1, toks.get(next - 1).end()});
      }
      if (items.size() >= 2) for (int[] item : items) headline(run, item[0], item[1], false);
      i = firstTokenAfter(toks, lineEnd, i, toks.size()) - 1;
    }
  }

  private static boolean isDash(Token t) {
    String n = t.norm();
    return n.equals("-") || n.equals("\u2013") || n.equals("\u2014");
  }

  /** Whether the words after the colon of the line {@code from..last} hold a verb or a negation before any relative pronoun. */
  private boolean ownClause(Run run, int from, int last) {
    int k = from;
    while (k <= last && !run.toks.get(k).norm().equals(":")) k++;
    for (k++; k <= last; k++) {
      Token t = run.toks.get(k);
      if (RELATIVES.contains(t.norm())) return false;
      if (verbLike(t) || NEGATIONS.contains(t.norm()) || t.norm().equals("لا")) return true;
    }
    return false;
  }

  private void headline(Run run, int f, int lineEnd, boolean body) {
    Document doc = run.doc;
    List<Token> toks = run.toks;
    int colon = -1;
    for (int i = f; i < toks.size() && toks.get(i).end() <= lineEnd && i <= f + 6; i++) {
      if (toks.get(i).norm().equals(":")) { colon = i; break; }
      if (!toks.get(i).isWord() && !((i == f || toks.get(i + 1).norm().equals(":")) && toks.get(i).norm().equals("\""))) return;
    }
    if (colon < f + 1) return;
    // «"أوبك": لا نعتزم…»: the speaker in quotation marks
    boolean quoted = toks.get(f).norm().equals("\"");
    if (quoted != toks.get(colon - 1).norm().equals("\"") || quoted && colon - f < 3) return;
    if (quoted) f++;
    int endTok = colon + 1;
    while (endTok < toks.size() && toks.get(endTok).end() <= lineEnd) endTok++;
    if (endTok <= colon + 1) return;
    // «عكاشة للمصريين: …», «خبير بالشؤون التركية لـCNN: …»: an addressee with لـ may stand between
    // the speaker and the colon; the speaker's words end before it
    int nameEnd = quoted ? colon - 1 : colon, end = nameEnd;
    if (!quoted && colon >= f + 2 && toks.get(colon - 1).prefix().startsWith("ل")) end = colon - 1;
    else if (!quoted && colon >= f + 3 && toks.get(colon - 2).norm().equals("ل")) end = colon - 2;
    int m = run.mentionAt[nameEnd - 1];
    if (end < nameEnd && (m < 0 || doc.mentions().get(m).firstToken() != f)) m = run.mentionAt[end - 1];
    Speaker sp;
    int first = run.mentionAt[f];
    Mention lead = first >= 0 ? doc.mentions().get(first) : null;
    if (lead != null && lead.firstToken() == f && lead.endToken() < colon && lead.type() != EntityType.MISC
        && lex.cueAt(toks.get(lead.endToken())) != null) {
      // «تركيا تنتقد واشنطن: …»: a name and a reporting verb before the colon; the verb says it speaks,
      // and where the verb's own reading took the name after it for the speaker, the name before wins
      sp = speakerOf(run, first);
      int cueStart = toks.get(lead.endToken()).start();
      for (int q = 0; q < run.out.size() && sp != null; q++) {
        Quote old = run.out.get(q);
        if (old.cue() == null || old.cue().start() != cueStart) continue;
        run.out.set(q, new Quote(old.type(), old.content(), old.cue(), old.cueKind(), sp.span(), sp.entity(), sp.name()));
        return;
      }
    } else if (m >= 0 && !(doc.mentions().get(m).firstToken() > f && (lex.isRoleHead(toks.get(f)) || lex.isSource(toks.get(f))))) {
      // (a role before a named body, «رئيس الاتحاد الدولي لألعاب القوى:», is described below)
      Mention x = doc.mentions().get(m);
      if (x.firstToken() != f || x.type() == EntityType.MISC) return;
      // «فرنسا: …» is a country speaking only when a quote of the body says what the title says;
      // otherwise it is a place tag over the story
      if (x.type() == EntityType.LOC && !echoedInBody(run, colon + 1, endTok)) return;
      sp = speakerOf(run, m);
    } else {
      // an untagged name before the colon counts when the article names it again; a role or a source
      // («رئيس الاتحاد الدولي لألعاب القوى:», «مسؤول كردي:») counts as it is
      Token w = toks.get(f);
      boolean described = lex.isRoleHead(w) || lex.isSource(w)
          || WordLists.demonyms().containsKey(w.norm()) // «المغربي منفذ هجوم فنلندا:»
          || w.article() && AUTHORITIES.contains(w.stem()); // «السلطات الأمنية الأمريكية:»
      if (end > f + (described ? 6 : 3) || body && !described) return;
      String name = doc.text().substring(w.start(), toks.get(end - 1).end());
      if (!described && doc.text().indexOf(name, lineEnd) < 0) return;
      TextSpan span = doc.span(w.start(), toks.get(end - 1).end());
      sp = byRole(run, new Speaker(span, null, span.text()), toks.size() - 1);
    }
    add(run, Quote.Type.DIRECT, toks.get(colon + 1).start(), toks.get(endTok - 1).end(), null, null, sp, colon + 1, endTok);
  }

  /**
   * Whether most words of the title's content recur inside one quote of the body that a speaker
   * states: an event reported «بحسب الشرطة» does not make «ليبيا: فرار مئات السجناء» a statement.
   */
  private boolean echoedInBody(Run run, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int k = from; k < to; k++) if (run.toks.get(k).isWord() && run.toks.get(k).norm().length() >= 3) words.add(run.toks.get(k).stem());
    if (words.isEmpty()) return false;
    for (Quote q : run.out) {
      if (q.cueKind().equals("according")) continue;
      String content = org.rasid.text.ArabicNormalizer.fold(q.content().text());
      int hit = 0;
      for (String w : words) if (content.contains(w)) hit++;
      if (hit * 2 >= words.size()) return true;
    }
    return false;
  }

  /**
   * «…، حيث حوّلت إيران من عدو إلى شريك، كما أشارت لذلك صحيفة التلجراف.»: «كما», as, a cue and its
   * speaker closing the sentence or a clause attribute the clause before them («كما أكد أن…», as he
   * also stressed, goes on to its own clause and is not this). Returns the token after the speaker, or -1.
   */
  private int asSaid(Run run, int i, CueLexicon.Cue cue) {
    List<Token> toks = run.toks;
    int e = asSaidSpeakerEnd(run, i);
    if (e < 0 || cue.participle()) return -1;
    int contentEnd = i - 2, contentStart = clauseBefore(run, i);
    if (contentStart < 0) return -1;
    int from = asSaidSpeakerStart(toks, i, e);
    Speaker sp = speaker(run, i, e, cue);
    if (sp == null) {
      TextSpan span = run.doc.span(toks.get(from).start(), toks.get(e - 1).end());
      sp = new Speaker(span, entityNamed(run, span.text()), span.text());
    }
    int added = add(run, hasQuotedFragment(run, contentStart, contentEnd) ? Quote.Type.MIXED : Quote.Type.INDIRECT,
        toks.get(contentStart).start(), toks.get(contentEnd - 1).end(), toks.get(i), cue, sp, contentStart, contentEnd);
    return added < 0 ? -1 : e;
  }

  /**
   * «الذي قال عنه عباس قائد رحمت، عضو اللجنة…، إنه "…"»: an «إن», a colon or a quotation mark later in
   * the sentence, before any other cue, opens what was said.
   */
  private boolean thatSoon(List<Token> toks, int from) {
    for (int k = from + 1; k < Math.min(toks.size(), from + 25); k++) {
      Token t = toks.get(k);
      if (lex.isComplementizer(t) || t.norm().equals(":") || t.norm().equals("\"")) return true;
      if (t.norm().equals(".") || lex.cueAt(t) != null) return false;
    }
    return false;
  }

  /**
   * Where the speaker of «، كما أشارت (لذلك) صحيفة التلجراف» ends (the token after it, at a full stop or
   * a comma), when the cue at {@code i} has that shape; else -1.
   */
  private int asSaidSpeakerEnd(Run run, int i) {
    List<Token> toks = run.toks;
    Sentence s = run.doc.sentenceAt(toks.get(i).start());
    if (s == null || i < s.firstToken() + 4 || !toks.get(i - 1).norm().equals("كما") || !toks.get(i - 2).norm().equals("،")) return -1;
    int end = s.endToken(), from = asSaidSpeakerStart(toks, i, end), e = from;
    while (e < end && e - from < 6 && (toks.get(e).isWord() || toks.get(e).norm().equals("\"")) && !lex.isComplementizer(toks.get(e))
        && lex.cueAt(toks.get(e)) == null && !isPreposition(run, toks.get(e))) e++;
    if (e == from || e < end && !(toks.get(e).norm().equals(".") || toks.get(e).norm().equals("،"))) return -1;
    return clauseBefore(run, i) < 0 ? -1 : e;
  }

  /** Where the speaker after the cue at {@code i} starts, past «لذلك», «ذلك» or «إلى ذلك» (before {@code end}). */
  private static int asSaidSpeakerStart(List<Token> toks, int i, int end) {
    int from = i + 1;
    if (from < end && (toks.get(from).norm().equals("لذلك") || toks.get(from).norm().equals("ذلك"))) return from + 1;
    if (from + 1 < end && toks.get(from).norm().equals("الي") && toks.get(from + 1).norm().equals("ذلك")) return from + 2;
    return from;
  }

  /** The first token of the comma-delimited clause before «، كما» at {@code i - 2}, when it has no cue of its own; else -1. */
  private int clauseBefore(Run run, int i) {
    List<Token> toks = run.toks;
    Sentence s = run.doc.sentenceAt(toks.get(i).start());
    int contentEnd = i - 2, contentStart = contentEnd;
    while (contentStart > s.firstToken() && !toks.get(contentStart - 1).norm().equals("،")) contentStart--;
    if (contentEnd - contentStart < 3) return -1;
    for (int k = contentStart; k < contentEnd; k++) if (lex.cueAt(toks.get(k)) != null && !isPreposition(run, toks.get(k))) return -1;
    return contentStart;
  }

  private static final String[] THIRD_PERSON = {"هما", "هم", "هن", "ها", "ه"};

  /**
   * The object's preposition carrying a third-person pronoun: «إليه», «بها», «عنه», «عليه» (not «فيه», in
   * which, nor «لها», to her: «في الوقت الذي أكدت فيه الحكومة أن…», «الذي قال لها إن…» still report).
   */
  private static boolean pointsBack(Token t) {
    String n = t.norm();
    if (!WordLists.isPreposition(t) || WordLists.prepositions().contains(n)) return false;
    for (String suffix : THIRD_PERSON) {
      if (!n.endsWith(suffix)) continue;
      String p = n.substring(0, n.length() - suffix.length());
      return p.equals("الي") || p.equals("ب") || p.equals("عن") || p.equals("علي");
    }
    return false;
  }

  /** «طلبوا عدم كشف أسمائهم»: after «عدم», not, a verb's form is its verbal noun. */
  private static boolean afterNot(List<Token> toks, int i) { return i > 0 && toks.get(i - 1).stem().equals("عدم"); }

  /** Content and speaker from the cue at token {@code i}; returns the token after the content, or -1. */
  private int fromCue(Run run, int i, CueLexicon.Cue cue) {
    List<Token> toks = run.toks;
    // «يتم رفض تأجير المنزل لها بسبب أنها…», «تم الإعلان عن…»: after «تم» a verbal noun, no one's verb
    if (i > 0 && PASSIVE_AUX.contains(toks.get(i - 1).norm())) return -1;
    Sentence s = run.doc.sentenceAt(toks.get(i).start());
    int limit = Math.min(toks.size(), i + WINDOW + 10);
    // «وتتهم السعودية حزب الله بدعم…»: a present accusation keeps its object only after a named accuser
    // followed by the accused before «بـ»; with one noun only the verb is passive («ويُتّهم فلان بـ…») or its
    // subject stands elsewhere, and it reports, as other present forms do, only with «أن» or a colon
    if (cue.kind().equals("accuse") && cue.object() && present(toks.get(i))
        && !accuserAndAccused(run, i)) {
      cue = new CueLexicon.Cue(cue.kind(), false, false, false, cue.gender());
    }
    // «ما وصفه المجلس بـ"كارثة"»: a describing verb with an object pronoun reports only the name it gives
    // after «بـ» («وصفه» also folds to «وصفة», a recipe)
    String cn = toks.get(i).norm();
    boolean suffixed = cn.endsWith("ه") || cn.endsWith("ها");
    if (cue.kind().equals("describe") && suffixed && !labelAfter(toks, i)) return -1;
    int contentFirst = -1;
    boolean direct = false;
    int words = 0;
    boolean relativeSeen = false;
    for (int j = i + 1; j < limit; j++) {
      Token t = toks.get(j);
      String n = t.norm();
      if (n.equals(":")) {
        int k = j + 1;
        if (k < toks.size() && toks.get(k).norm().equals("\"")) return direct(run, i, cue, k);
        if (k < toks.size()) { contentFirst = k; direct = true; }
        break;
      }
      if (n.equals("\"")) {
        int close = closing(run, j);
        // «ما يصفه المجلس بـ"كارثة"»: what a description calls the thing, in its own words
        // (a name is short; a mark closing far away is another quotation's)
        // («وصف الوزير المهاجرين "بالمنحرفين"»: the «بـ» inside the marks)
        // (not «الجلسات التي وصفت بأشبه "بالسيرك"»: after a relative pronoun the verb may be passive)
        if (cue.kind().equals("describe") && (toks.get(j - 1).norm().equals("ب") || close - j <= 3 && j + 1 < toks.size()
                && toks.get(j + 1).norm().startsWith("بال") && toks.get(j + 1).norm().length() > 4
                && !toks.get(j - 1).norm().startsWith("ب") && !(i > 0 && RELATIVES.contains(toks.get(i - 1).norm())))
            && close < toks.size() && close > j + 1 && close - j <= 10) {
          // «ووصفت أردوغان بـ"الدكتاتور"»: one noun phrase between an unsuffixed verb and «بـ» is what is
          // described, and the subject was dropped; «وصف ترامب الأسد بـ…» names both; «ما وصفه المجلس بـ…»
          // carries its object on the verb
          Speaker sp;
          if (suffixed) sp = speaker(run, i, j - 1, cue);
          // «روسيا التي وصفت العملية بـ"العدوان"»: after a relative pronoun the antecedent describes
          else if (i > 0 && RELATIVES.contains(toks.get(i - 1).norm())) sp = antecedent(run, i - 1);
          // «وصف فيها الأزمة بـ"…"»: a pronoun on a preposition, then the object; the subject was dropped
          else if (isPreposition(run, toks.get(i + 1)) && !WordLists.prepositions().contains(toks.get(i + 1).norm())
              || onlyObject(run, i + 1, j - 1)) sp = speaker(run, i, i + 1, cue);
          else sp = speaker(run, i, j - 1, cue);
          return add(run, Quote.Type.MIXED, toks.get(j + 1).start(), toks.get(close - 1).end(), toks.get(i), cue, sp, j + 1, close);
        }
        boolean name = close - j <= 3 && !toks.get(j - 1).norm().equals(":"); // «وأوردت "سونا"»: a name
        // «راديو "آر تي بي إف"», «باشتباه "غرفة عمليات عمر المختار"»: after a kind of organisation or a
        // preposition's noun, a longer quoted phrase is a name too
        Token before = toks.get(j - 1);
        name |= close - j <= 6 && j > i + 1 && before.kind() == Token.Kind.ARABIC
            && (lex.isOrgHead(before) || (before.prefix().startsWith("ب") || before.norm().startsWith("با") && before.norm().length() >= 5
                // («قال مسؤولان لشبكة "إن بى سى نيوز"، الاثنين، إن…»: the addressee's name)
                || (before.prefix().equals("ل") || before.prefix().isEmpty() && before.norm().startsWith("ل") && before.norm().length() >= 5)
                    && !before.article())
                && !lex.isComplementizer(before));
        // («وأوضح الدكتور شاكاريان “نعتقد بأن…”»: an object-taking cue too, when only its subject stands
        // before a long quotation; a short one or one after a preposition is the object's fragment)
        boolean subjectOnly = cue.object() && close - j > MAX_QUOTED_TERM && j - i <= 5 && isSayingFrame(run, i, j)
            && noPreposition(run, i + 1, j);
        if (!name && (j == i + 1 || toks.get(j - 1).norm().equals(":")
            || (!cue.object() || subjectOnly) && !cue.kind().equals("call") && isSayingFrame(run, i, j))) {
          return direct(run, i, cue, j);
        }
        continue; // «قناة “الحرة”», or a quoted fragment inside the object of «دعا»
      }
      // «وأضافت كيف لنا أن نشرك أطفالاً…»: a question right after the verb is what was said, its «أن» inside it
      if (j == i + 1 && !cue.object() && INTERROGATIVES.contains(n)) {
        contentFirst = j;
        break;
      }
      if (t.isWord()) words++;
      // «يرفض … إلى أن»: too far to be its clause; a description names what it describes first, at any length
      // «قال» binds its «إن» across a long aside («وقال خليل، خلال الكلمة التي ألقاها في …، إن…»)
      // and «إنّ», which only «قال» takes, across a whole description of the speaker
      boolean inna = run.doc.text().charAt(t.start()) == '\u0625';
      int gap = cue.kind().equals("describe") ? 2 * MAX_COMPLEMENTIZER_GAP
          : cue.kind().equals("say") ? (inna ? 4 * MAX_COMPLEMENTIZER_GAP : MAX_COMPLEMENTIZER_GAP + 8) : MAX_COMPLEMENTIZER_GAP;
      // «قناة (إن.تي.في)»: letters joined by full stops are an abbreviation, not «إن»; «مون جاي-إن»: a name's
      if (lex.isComplementizer(t) && (inAbbreviation(toks, j) || Tokenizer.joiningHyphen(toks, j - 1))) continue;
      // «وتنفي موسكو وجود برنامج … قيل إن غازاً…»: an «إن» right after another reporting verb is that verb's
      if (lex.isComplementizer(t) && j - 1 > i && lex.cueAt(toks.get(j - 1)) != null) break;
      if (lex.isComplementizer(t) && words > gap) break;
      // «بعد أن دفع…»: an أن governed by a time word is not what the cue introduces
      // («…"محرما"، دون أن تعمل على…»: nor one governed by «دون», without)
      if (lex.isComplementizer(t) && j > i + 1 && GOVERNS_AN.contains(toks.get(j - 1).norm())) continue;
      // «وتطالب واشنطن بانفتاح أكبر، إلا أن الصين لم توافق…»: «إلا أن», however, opens the narrator's contrast
      if (lex.isComplementizer(t) && j > i + 2 && n.equals("ان") && toks.get(j - 1).norm().equals("الا")
          && toks.get(j - 2).norm().equals("،")) break;
      // «انتقدت المعارضة الزيارة التي من المزمع أن تقوم بها…»: an أن inside the object's relative clause
      if (lex.isComplementizer(t) && cue.object() && relativeSeen) continue;
      // «مشيرة إلى نظام …، والذي يبدو أنه…»: past a relative clause, an أن belongs to its verb
      if (lex.isComplementizer(t) && cue.participle() && !cue.object() && !cue.kind().equals("describe") && relativeSeen) break;
      if (RELATIVES.contains(n)) relativeSeen = true;
      // «النفط التي تنقل عبر البحار، كما أنه…»: relaying in a relative clause, with no source, relays nothing
      if (lex.isComplementizer(t) && cue.kind().equals("report") && i > 0 && RELATIVES.contains(toks.get(i - 1).norm())
          && !anAfter(toks, i, "عن", j - i)) break;
      // «معتبرا إياها فرصة حقيقية»: a judgement's object pronoun stands alone, and what it is judged to be follows
      if (cue.kind().equals("opinion") && j == i + 1 && n.startsWith("ايا") && n.length() > 3 && j + 1 < toks.size()) {
        contentFirst = j + 1;
        break;
      }
      if (lex.isComplementizer(t)) { contentFirst = j + (n.startsWith("ان") && n.length() > 2 || n.startsWith("بان") ? 0 : 1); break; }
      // «أفاد مراسل القناة بمقتل القيادي…»: a statement verb reports an event named by «بـ» and its verbal
      // noun as it would a clause with «أن»
      if (cue.kind().equals("say") && cue.prepositional() && lex.isReportedEvent(t) && j + 1 < toks.size()) { contentFirst = j; break; }
      // a full stop ends the clause, unless it is inside an abbreviation («إيه.بي.سي»)
      if (t.kind() == Token.Kind.PUNCT && (n.equals(".") || n.equals("؟") || n.equals("!"))
          && !(n.equals(".") && j + 1 < toks.size() && toks.get(j + 1).start() == t.end() && toks.get(j + 1).isWord()
              && toks.get(j - 1).end() == t.start())) break;
      // («وقالت السلطات التي مددت حالة الطوارئ التي أعلنت لاستمرار الخطر، أنّ…»: a cue in the subject's
      // relative clause is the clause's, and «قال» goes on to its «أن»)
      boolean inRelative = cue.kind().equals("say") && RELATIVES.contains(toks.get(j - 1).norm());
      if (j > i + 1 && lex.cueAt(t) != null && !inAttribution(run, j) && !isPreposition(run, t) && !afterNot(toks, j)
          && !inRelative) break; // «عبر تغريدة»
      if (s != null && j >= s.endToken()) break;
    }
    // «ووصف الوزير الهجوم بالجبان»: no أن and no quotation; what it is called ends the speaker's search
    if (contentFirst < 0 && cue.kind().equals("describe") && s != null) contentFirst = describedAs(run, i + 2, s);
    if (contentFirst > 0 && cue.prepositional() && !cue.kind().equals("say") && !cue.kind().equals("report")) {
      // «كشف كيم عن أمله في أن …»: what follows the preposition is said, أن included
      for (int p = i + 1; p < contentFirst - 2; p++) {
        String n = toks.get(p).norm();
        // («وأبان علي الناصر أن…»: «علي» as written is the name, not «على»)
        if ((n.equals("عن") || n.equals("علي") && isPreposition(run, toks.get(p)) || n.equals("الي")) && run.mentionAt[p + 1] < 0
            && toks.get(p + 1).isWord()) {
          contentFirst = p + 1;
          break;
        }
      }
    }
    // «وعد الرئيس بتعديل القانون»: a promise says what it promises with «بـ» (or «أن»); «وعد بلفور», «وعد
    // الحزبين في أعقاب…», «التي وعدت بها» are the noun or a promise of nothing named
    if (contentFirst < 0 && cue.kind().equals("promise")) {
      // («الموقع الذي تعهدت كوريا الشمالية بإغلاقه»: a relative clause describes its noun)
      if (i > 0 && RELATIVES.contains(toks.get(i - 1).norm())) return -1;
      contentFirst = promiseAfter(run, i + 1);
      if (contentFirst < 0) return -1;
      if (toks.get(contentFirst - 1).norm().equals("\"")) return direct(run, i, cue, contentFirst - 1);
    }
    if (contentFirst > 0 && (contentFirst >= toks.size() || toks.get(contentFirst).norm().equals("\""))) {
      if (contentFirst >= toks.size()) return -1;
      if (!quotedTerm(run, contentFirst)) return direct(run, i, cue, contentFirst);
      // «قال جونسون إن "قوة الدعم" التي حصلت عليها بريطانيا كانت مشجعة»: a quoted term opens an indirect clause
    }
    int speakerLimit = contentFirst > 0 ? contentFirst : Math.min(limit, s == null ? limit : s.endToken());
    Speaker sp = speaker(run, i, speakerLimit, cue);
    if (contentFirst > 0 && cue.kind().equals("describe") && sp != null && sp.span().start() > toks.get(i).start()) {
      // «وصف لافروف ادعاءات بريطانيا … بأنها "هراء"»: what is described belongs to what was said
      int from = tokenAfter(run, sp.span().end());
      if (from < contentFirst) contentFirst = from;
    }
    if (direct) {
      int end = clauseEnd(run, contentFirst);
      return add(run, Quote.Type.DIRECT, toks.get(contentFirst).start(), toks.get(end - 1).end(), toks.get(i), cue, sp,
          contentFirst, end);
    }
    if (contentFirst < 0) {
      if (s == null) return -1;
      int from = sp != null && sp.span().start() > toks.get(i).start() ? coSubjectEnd(run, tokenAfter(run, sp.span().end()), s) : i + 1;
      // «بيانا وصف فيه الزفاف بأنه…»: the «فيه» pointing back to the statement is no part of what it says
      if (from == i + 1 && from < s.endToken() && inIt(toks.get(from))) from++;
      // an appeal or a denial takes its object as content, addressee included («حث الأطراف على…»);
      // a statement verb without أن takes what follows its preposition («أشار إلى وقوع…»)
      // «وأضاف» after a preposition adds to something: «أسفر الحريق عن إصابة…» is not what follows «عن»
      // «وكتبت الغرب يتخلى عن الأكراد»: a clause with its own subject and verb right after the cue is what was said
      contentFirst = from == i + 1 && topicOfClause(run, i, from, cue) ? from
          : !cue.object() && cue.prepositional() && !cue.kind().equals("add") ? prepositionalContent(run, from, s, cue) : -1;
      // «واضاف اسفر الحريق عن اصابة…»: with its subject dropped, the past «أضاف» may report its clause as
      // is, without «أن» or a colon, as Gulf papers write; the present («تضيف أموالاً إلى…») and «أضاف X
      // إلى Y» add things
      if (contentFirst < 0 && cue.kind().equals("add") && !cue.participle() && from == i + 1 && from < s.endToken()
          && !present(toks.get(i))
          && toks.get(from).kind() == Token.Kind.ARABIC && toks.get(from).prefix().isEmpty() && !toks.get(from).article()
          && !isPreposition(run, toks.get(from)) && lex.cueAt(toks.get(from)) == null
          && !anAfter(toks, from - 1, "الي", Math.min(5, s.endToken() - from))) contentFirst = from;
      // («كشف مصدر لـ"الشرق الأوسط" عن…», «كشف النقاب عن…»: what is revealed follows «عن» as well)
      // («الأمر الذي يكشف إلى أي مدى…»: a relative clause's verb describes its noun)
      boolean reveal = cue.kind().equals("reveal") && !cue.participle();
      if (reveal && !revealsAsVerb(run, i)) return -1;
      if (contentFirst < 0 && (cue.kind().equals("express") || reveal)) contentFirst = expressedAbout(run, from, s, reveal ? REVEAL_WINDOW : PREP_WINDOW);
      // «كشف الجيش نتائج البيان…»: a revealed object follows a named subject after a past verb («التنظيم كشف
      // كذبه» exposed a lie, «وكشف علاقاته المشبوهة» is exposing) and is a noun phrase, not an adverb («رسميا»)
      if (contentFirst < 0 && reveal && (sp == null || sp.span().start() < toks.get(i).start() || present(toks.get(i))
          || !revealedObject(run, from, s))) return -1;
      if (contentFirst < 0 && (cue.object() || reveal)) {
        // «نفى اللواء المسماري التهم…», «داعياً الدول…»: the object is the content
        contentFirst = from;
        // (a quotation mark stays with what it opens: «يعتبره الخبراء "غير واقعي"»)
        while (contentFirst < s.endToken() && toks.get(contentFirst).kind() == Token.Kind.PUNCT
            && !(toks.get(contentFirst).norm().equals("\"") && closing(run, contentFirst) > contentFirst)) contentFirst++;
      }
      if (contentFirst < 0 || contentFirst >= s.endToken()) return -1;
    }
    if (contentFirst >= toks.size()) return -1;
    int end = clauseEnd(run, contentFirst);
    if (end <= contentFirst) return -1;
    Quote.Type type = hasQuotedFragment(run, contentFirst, end) ? Quote.Type.MIXED : Quote.Type.INDIRECT;
    return add(run, type, toks.get(contentFirst).start(), toks.get(end - 1).end(), toks.get(i), cue, sp, contentFirst, end);
  }

  /**
   * Where a promise's «بـ» object starts, within a few words after {@code from} («وعد المبعوث، مارتن
   * غريفيث، الشعب اليمني، بالعمل…», «ووعد ترامب يوم الاثنين بتحرك…», «ووعد أمام الصحافيين "بمواصلة…"»:
   * past the one promised, the day, the place and a quotation mark); -1 when none.
   */
  private int promiseAfter(Run run, int from) {
    List<Token> toks = run.toks;
    for (int p = from; p < toks.size() && p - from < 14; p++) {
      Token t = toks.get(p);
      if (promised(run, p) && !lex.isComplementizer(t)) return p;
      if (!(t.isWord() || t.norm().equals("،") || t.norm().equals("\"")) || lex.cueAt(t) != null || t.norm().startsWith("به")
          || lex.isComplementizer(t)) return -1;
    }
    return -1;
  }

  private static final java.util.Set<String> NOT_PROMISED = java.util.Set.of("بسبب", "بشان", "بينما", "بعدما", "بدوره", "بدورها",
      "بمناسبه", "بحضور", "بشكل", "بصفته", "بصفتها", "بقياده", "بالقرب");

  /**
   * «بتعديل»: what a promise promises, not a pronoun («بها», «به», «بذلك»), a conjunction («بسبب»,
   * «بين»), a name («بغداد») or «بلاده», his country; «بأن», «أن» too.
   */
  private boolean promised(Run run, int k) {
    Token t = run.toks.get(k);
    String n = t.norm();
    return t.kind() == Token.Kind.ARABIC && n.startsWith("ب") && n.length() >= 4 && !n.startsWith("به") && !n.startsWith("بين") && !n.startsWith("بلاد")
        && !n.startsWith("بذلك") && !NOT_PROMISED.contains(n) && run.mentionAt[k] < 0 || lex.isComplementizer(t);
  }

  /**
   * «أشار إلى وقوع…», «شدد على ضرورة…», «أعرب، الاثنين، عن قلقه…»: content after إلى / على / عن /
   * من found within a few tokens (commas and a weekday may stand between), when no أن follows.
   */
  private int prepositionalContent(Run run, int from, Sentence s, CueLexicon.Cue cue) {
    List<Token> toks = run.toks;
    for (int j = from; j < Math.min(s.endToken() - 1, from + PREP_WINDOW); j++) {
      Token t = toks.get(j);
      String n = t.norm();
      // «من» opens content only for warnings («حذر من»); elsewhere it is «عدد من المفكرين»
      // «نقلا عن» names a source: «عن» opens content except for cues of relaying
      // «نقل سفارتها إلى القدس»: a verb of relaying moves things to places; it reports only with أن or a quote;
      // «واختتم تغريدته عن محادثات جنيف»: what a conclusion is about is not what it says
      if (cue.kind().equals("report") || cue.kind().equals("conclude") || cue.kind().equals("continue")) return -1;
      if (n.equals("الي") || n.equals("علي") || (n.equals("عن") && !cue.kind().equals("report"))
          || (n.equals("من") && cue.kind().equals("warn"))) {
        Token next = toks.get(j + 1);
        // «مشددا على "احترامه" لهذه الوكالات»: a quoted word opens what is said as well
        // (a participle's: after a verb the preposition may belong to a noun of its object, «دعوة صفوي إلى "…"»)
        // («تحذر من "عدوان غير شرعي"»: a warning's «من» is its own, never a noun's)
        boolean quoted = (cue.participle() || n.equals("من")) && next.norm().equals("\"") && j + 2 < s.endToken() && toks.get(j + 2).isWord();
        return quoted || next.isWord() && !lex.isComplementizer(next) ? j + 1 : -1;
      }
      if (lex.cueAt(t) != null) return -1;
    }
    return -1;
  }

  /** «عبر الهاتف عن…», «عبر الإنترنت عن طريق…»: across a listed noun, after «عبر» written without its shadda. */
  private boolean across(Run run, int k) { return lex.isAcross(run.toks.get(k)) && run.mentionAt[k] < 0; }

  /**
   * «وعبر المسؤول العسكري في طرابلس عن رفضه…»: what is expressed follows its «عن», past a place or a
   * date between; -1 when no «عن» comes within a few tokens.
   */
  private int expressedAbout(Run run, int from, Sentence s, int window) {
    List<Token> toks = run.toks;
    for (int j = from; j < Math.min(s.endToken() - 1, from + window); j++) {
      Token t = toks.get(j);
      // («عن طريق», by way of; «بحثا عن», «فضلا عن»: the «عن» of an accusative noun before it)
      if (t.norm().equals("عن")) {
        Token b = toks.get(j - 1), next = toks.get(j + 1);
        boolean governed = j > from && b.kind() == Token.Kind.ARABIC && b.norm().endsWith("ا") && run.mentionAt[j - 1] < 0
            && !lex.isAdverb(b);
        return next.isWord() && !next.norm().equals("طريق") && !governed ? j + 1 : -1;
      }
      if (lex.cueAt(t) != null || lex.isComplementizer(t)) return -1;
    }
    return -1;
  }

  private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("قد", "وقد", "فقد", "لقد", "حيث", "كما", "ثم", "فيما",
      "بينما", "اذ", "كان", "كانت", "وكان", "وكانت");

  /**
   * Whether «كشف» at {@code i} is the verb: not after a relative or «ما» («الأمر الذي يكشف», «ما كشف عنه»),
   * nor «لا»; and with no «و» on it, only after a punctuation mark, a name, a definite noun or a particle
   * («قد», «حيث», «كما»): after an indefinite noun it is the verbal noun («قرار كشف», «أجهزة كشف الألغام»).
   */
  private boolean revealsAsVerb(Run run, int i) {
    Sentence s = run.doc.sentenceAt(run.toks.get(i).start());
    if (i == 0 || s != null && s.firstToken() == i) return true;
    Token t = run.toks.get(i), b = run.toks.get(i - 1);
    String n = b.norm();
    if (RELATIVES.contains(n) || n.equals("ما") || n.equals("لا") || n.equals("ولا")) return false;
    if (!t.prefix().isEmpty() || b.kind() != Token.Kind.ARABIC || run.mentionAt[i - 1] >= 0 || b.article()) return true;
    String bare = n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n; // «وعندما كشف»
    return BEFORE_VERB.contains(n) || SUBORDINATORS.contains(bare) || WordLists.stopwords().contains(n); // («إلى ذلك كشف»)
  }

  /**
   * Whether a revealed thing starts at {@code from}: a word with no preposition or «لـ» on it, no adverb,
   * no accusative adverb («رسميا»), with at least two more words of the sentence after it.
   */
  private boolean revealedObject(Run run, int from, Sentence s) {
    while (from < s.endToken() && run.toks.get(from).kind() == Token.Kind.PUNCT) from++;
    if (from + 3 > s.endToken()) return false;
    Token t = run.toks.get(from);
    return t.kind() == Token.Kind.ARABIC && !t.prefix().startsWith("ل") && !t.prefix().startsWith("ب") && !isPreposition(run, t)
        && !lex.isAdverb(t) && !(t.norm().endsWith("ا") && !t.article()) && run.toks.get(from + 1).isWord() && run.toks.get(from + 2).isWord();
  }

  /** «ليؤكد», «لتعلن»: «لـ» of purpose and the present (the segmenter may leave the «لـ» on). */
  private static boolean purpose(Token t) {
    String n = t.norm();
    return t.prefix().equals("ل") && present(t)
        || t.prefix().isEmpty() && n.length() >= 5 && (n.startsWith("لي") || n.startsWith("لت"));
  }

  /** A present-tense verb form: «يتهم», «تضيف» (the stem opens with the imperfect's ي or ت). */
  private static boolean present(Token t) { return t.stem().startsWith("ي") || t.stem().startsWith("ت"); }

  private static boolean anAfter(List<Token> toks, int i, String norm, int window) {
    for (int k = i + 1; k < Math.min(toks.size(), i + 1 + window); k++) if (toks.get(k).norm().equals(norm)) return true;
    return false;
  }

  /**
   * Whether the verb at {@code k} closes an attribution phrase: «وفق ما أوردت», «بحسب ما ذكرت», and
   * «حسبما أعلن», where «ما» is written onto the word before.
   */
  private boolean inAttribution(Run run, int k) {
    if (k < 1) return false;
    int from = run.toks.get(k - 1).norm().equals("ما") ? k - 2 : k - 1;
    if (from < 0) return false;
    CueLexicon.Start st = lex.startAt(run.toks.get(from));
    if (st == null || !st.attribution()) return false;
    PhraseMatcher.Match<String> m = lex.attribution.longestAt(run.toks, from, run.toks.size());
    return m != null && m.end() == k && run.toks.get(k - 1).norm().endsWith("ما"); // «على ما قالت الوزارة إنها…» is not one
  }

  /** A short quotation that the clause goes on after, without a new cue: a term quoted inside indirect speech. */
  private boolean quotedTerm(Run run, int open) {
    int close = closing(run, open);
    List<Token> toks = run.toks;
    if (close - open > MAX_QUOTED_TERM || close + 1 >= toks.size()) return false;
    Token next = toks.get(close + 1);
    Sentence s = run.doc.sentenceAt(toks.get(open).start());
    return next.isWord() && lex.cueAt(next) == null && s != null && close + 1 < s.endToken()
        && !lex.isComplementizer(next) && !next.prefix().startsWith("و");
  }

  /** «قال … في تصريح: "…"» — a quote mark after the speaker in the cue's clause also opens direct speech. */
  private boolean isSayingFrame(Run run, int cue, int mark) {
    List<Token> toks = run.toks;
    for (int k = cue + 1; k < mark; k++) {
      String n = toks.get(k).norm();
      // an aside in brackets may stand between («وتابع مسلم (67 عاما) لفرانس برس "…"»)
      if (toks.get(k).kind() == Token.Kind.PUNCT && !n.equals("،") && !n.equals("(") && !n.equals(")")) return false;
    }
    // the quotation may open with a bracketed word of the reporter's («"(منطقة البحر) المتوسط…"»)
    int first = mark + 1 < toks.size() && toks.get(mark + 1).norm().equals("(") ? mark + 2 : mark + 1;
    return mark - cue <= PERSON_WINDOW && first < toks.size() && toks.get(first).isWord()
        && closing(run, mark) - mark > 4;
  }

  /** Whether no token in [from, to) is a preposition, a clause word or carries «بـ»/«لـ». */
  private boolean noPreposition(Run run, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = run.toks.get(k);
      if (isPreposition(run, t) || lex.isComplementizer(t) || t.prefix().startsWith("ب") || t.prefix().startsWith("ل")) return false;
    }
    return true;
  }

  private int direct(Run run, int cueTok, CueLexicon.Cue cue, int open) {
    List<Token> toks = run.toks;
    int close = closing(run, open);
    // «أن "قواتنا تسيطر على راس لانوف" و"ميناء السدرة"»: a second quotation joined by «و» goes on the first
    while (close + 2 < toks.size() && toks.get(close + 1).norm().equals("و") && toks.get(close + 1).start() > toks.get(close).end()
        && toks.get(close + 2).norm().equals("\"")) {
      int next = closing(run, close + 2);
      if (next <= close + 3) break;
      close = next;
    }
    int first = open + 1;
    while (first < close && toks.get(first).norm().equals(":")) first++;
    if (first >= close) return -1;
    Speaker sp = speaker(run, cueTok, open, cue);
    return add(run, Quote.Type.DIRECT, toks.get(first).start(), toks.get(close - 1).end(), toks.get(cueTok), cue, sp,
        first, close);
  }

  /**
   * The token closing the quotation opened at {@code open}: « pairs with » (nesting counted); the
   * others (“ ” " „) close with the next of their kind, in either direction, since writers
   * mismatch them. A quotation left open ends with its paragraph: a mark after a paragraph break
   * that opens rather than closes (space before, letter after) is not its end.
   */
  private static int closing(Run run, int open) {
    String text = run.doc.text();
    List<Token> toks = run.toks;
    char o = text.charAt(toks.get(open).start());
    int depth = 0;
    int limit = Math.min(toks.size(), open + MAX_QUOTE_TOKENS);
    // a token starting after this newline is in the next paragraph
    int newline = run.newlineAfter(toks.get(open).end());
    int[] marks = run.marks();
    boolean opens = !looksClosing(text, toks.get(open)); // a mark that closes something opens no quotation to nest in
    int m = java.util.Arrays.binarySearch(marks, open + 1);
    for (m = m < 0 ? -m - 1 : m; m < marks.length && marks[m] < limit; m++) {
      int k = marks[m];
      Token t = toks.get(k);
      char c = text.charAt(t.start());
      if (c == '\u00AB') { depth++; continue; }
      if (c == '\u00BB') {
        if (o == '\u00AB' && depth == 0) return k;
        depth = Math.max(0, depth - 1);
        continue;
      }
      if (o == '\u00AB' || depth > 0) continue;
      // «فوضى "الخريف العربي" يدعو…» inside a quotation: a mark that opens a short run closed right
      // after it is a nested pair, not the end
      if (m + 1 < marks.length && marks[m + 1] - k <= 5 && t.start() <= newline && opens && looksOpening(text, t)
          && looksClosing(text, toks.get(marks[m + 1]))) {
        m++;
        continue;
      }
      // «"… إذا قالت بغداد ’لا يمكنني‘ فعندها …"»: single marks inside double ones are a nested quotation
      if (single(c) && !single(o)) continue;
      if (t.start() > newline && looksOpening(text, t)) return firstTokenAfter(toks, newline, open + 1, k);
      return k;
    }
    if (limit > open + 1 && toks.get(limit - 1).start() > newline) return firstTokenAfter(toks, newline, open + 1, limit);
    return limit;
  }

  /** Single quotation marks (‘ ’ ‚ ‛ ‹ ›), which nest inside double ones. */
  private static boolean single(char c) {
    return c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2039' || c == '\u203A';
  }

  /** The first token in [from, to) that starts after {@code offset}, or {@code to} when none does. */
  private static int firstTokenAfter(List<Token> toks, int offset, int from, int to) {
    int lo = from, hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() > offset) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

  private static boolean looksClosing(String text, Token t) {
    boolean letterBefore = t.start() > 0 && Character.isLetter(text.charAt(t.start() - 1));
    boolean spaceAfter = t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end()));
    return letterBefore && spaceAfter;
  }

  private static boolean looksOpening(String text, Token t) {
    boolean spaceBefore = t.start() == 0 || Character.isWhitespace(text.charAt(t.start() - 1));
    boolean letterAfter = t.end() < text.length() && Character.isLetter(text.charAt(t.end()));
    return spaceBefore && letterAfter;
  }

  /** A quotation with its cue after it: «"…"، قال المسماري» / «"…" بحسب بيان». */
  private int quoteBeforeCue(Run run, int open) {
    List<Token> toks = run.toks;
    int close = closing(run, open);
    if (close >= toks.size() || close - open < 4) return -1;
    // «…سوسة» الذي أسفر عن مقتل 38 سائحا.¶كما أضاف…»: a mark left open to its paragraph's end (a closing
    // guillemet read as an opening one) quotes nothing before the next paragraph's cue
    if (!toks.get(close).norm().equals("\"")) return -1;
    // «ويقود "الجيش الوطني الليبي"، وهو…»: a mark followed by a comma closes a name; it opens nothing
    if (toks.get(open + 1).kind() == Token.Kind.PUNCT) return -1;
    // «في حوار مع "فرانس تي في أنفو" ليؤكد…», «قناة "الحرة"»: a few quoted words after a preposition or
    // a kind of organisation are a name
    if (close - open <= MAX_QUOTED_TERM && open > 0 && (isPreposition(run, toks.get(open - 1)) || lex.isOrgHead(toks.get(open - 1)))) {
      return -1;
    }
    int k = close + 1;
    while (k < toks.size() && (toks.get(k).norm().equals("،") || toks.get(k).norm().equals(","))) k++;
    if (k >= toks.size()) return -1;
    CueLexicon.Cue cue = lex.cueAt(toks.get(k));
    // («…تم "دون اتفاق رسمي" بين السلطات الليبية والتونسية»: «بين» after the marks is between)
    if (cue == null || cue.participle() || between(run, k)) return continued(run, open, close);
    // a title's quotation and the first verb of the body are not one sentence
    if (run.newlineAfter(toks.get(close).end()) < toks.get(k).start()) return -1;
    Sentence s = run.doc.sentenceAt(toks.get(k).start());
    Speaker sp = speaker(run, k, Math.min(toks.size(), s == null ? k + SPEAKER_WINDOW : s.endToken()), cue);
    add(run, Quote.Type.DIRECT, toks.get(open + 1).start(), toks.get(close - 1).end(), toks.get(k), cue, sp, open + 1, close);
    return k;
  }

  /** Whether a person or organisation (after its head noun) starts at {@code k} and a verb of saying follows it within a word. */
  private boolean kanaNamedCue(Run run, int k, int end) {
    if (k + 1 < end && run.mentionAt[k] < 0 && lex.isOrgHead(run.toks.get(k))) k++; // «صحيفة واشنطن بوست»
    if (k >= end || run.mentionAt[k] < 0) return false;
    Mention x = run.doc.mentions().get(run.mentionAt[k]);
    if (x.firstToken() > k || x.type() != EntityType.PER && x.type() != EntityType.ORG) return false;
    for (int v = x.endToken(); v < Math.min(end, x.endToken() + 2); v++) {
      CueLexicon.Cue c = lex.cueAt(run.toks.get(v));
      if (c != null && !c.participle() && !c.kind().equals("report")) return true;
    }
    return false;
  }

  /**
   * «بيّن» explained is written «بين», between, once its shadda is dropped: without the shadda or an «أن»
   * after it, it is the preposition.
   */
  private boolean between(Run run, int i) {
    Token t = run.toks.get(i);
    return (t.norm().equals("بين") || t.norm().equals("وبين")) && run.doc.text().substring(t.start(), t.end()).indexOf('\u0651') < 0
        && !(i + 1 < run.toks.size() && lex.isComplementizer(run.toks.get(i + 1))) && !explainedBy(run, i);
  }

  /**
   * «وبين البدري خلال لقائه بوزير الطاقة الروسي أن…»: «بين» with a person right after it, not joined to
   * another by «و» («بين الرئيس ورئيس الوزراء» is between), and an «أن» a few words on, explains.
   */
  private boolean explainedBy(Run run, int i) {
    List<Token> toks = run.toks;
    if (i + 3 < toks.size() && someOfThem(toks, i + 1)) {
      // «وبين عدد منهم أن…», «وبين مصدر أمني أن…»: some of those quoted, or a source, and «أن» right after
      for (int k = i + 2; k < Math.min(toks.size(), i + 5); k++) {
        if (lex.isComplementizer(toks.get(k))) return true;
        if (!toks.get(k).isWord() || toks.get(k).prefix().startsWith("و")) return false;
      }
      return false;
    }
    int m = i + 1 < toks.size() ? run.mentionAt[i + 1] : -1;
    if (m < 0 || run.doc.mentions().get(m).type() != EntityType.PER || run.doc.mentions().get(m).firstToken() != i + 1) return false;
    int after = run.doc.mentions().get(m).endToken();
    if (after >= toks.size() || toks.get(after).norm().startsWith("و")) return false;
    for (int k = after; k < Math.min(toks.size(), after + 10); k++) {
      Token u = toks.get(k);
      if (lex.isComplementizer(u)) return true;
      if (!u.isWord() && !u.norm().equals("،") || lex.cueAt(u) != null) return false;
    }
    return false;
  }

  /**
   * «وذكر شهود عيان أن… وبين عدد منهم أن…»: «some of them» right after the verb are the group quoted
   * last; the span stays as written, the name is the group's.
   */
  private Speaker someOfThose(Run run, Speaker sp, int cue) {
    List<Token> toks = run.toks;
    if (sp == null || run.last == null || cue + 2 >= toks.size() || sp.span().start() != toks.get(cue + 1).start()) return sp;
    String n = toks.get(cue + 1).norm();
    if (!(n.equals("عدد") || n.equals("بعض")) || !toks.get(cue + 2).norm().equals("منهم")) return sp;
    return new Speaker(run.doc.span(toks.get(cue + 1).start(), toks.get(cue + 2).end()), run.last.entity(), run.last.name());
  }

  /** «عدد منهم», «بعضهم», «مصدر أمني»: some of a group named before, or a source noun, at {@code k}. */
  private boolean someOfThem(List<Token> toks, int k) {
    String n = toks.get(k).norm(), next = toks.get(k + 1).norm();
    return (n.equals("عدد") || n.equals("بعض")) && (next.equals("منهم") || next.equals("منهن")) || n.equals("بعضهم")
        || lex.isSource(toks.get(k)) && !toks.get(k).article();
  }

  /**
   * «وشدد وزير الخارجية الفرنسي على أهمية …. "وفي الوقت نفسه، لا يمكن استبعاد …"»: a quotation with no
   * cue that makes a sentence of its own (or follows a short connective and a comma, «وإضافة إلى ذلك، "…"»)
   * right after a sentence that quoted someone goes on in that speaker's words. Returns the token after
   * it, or -1.
   */
  private int continued(Run run, int open, int close) {
    List<Token> toks = run.toks;
    Sentence s = run.doc.sentenceAt(toks.get(open).start());
    if (s == null || run.last == null || run.lastSentence != s.index() - 1) return -1;
    int words = 0; // («www.islamicexpo-sa.com», «صحيفة السياسة 22/07/2015» are no statements)
    for (int k = open + 1; k < close; k++) if (toks.get(k).kind() == Token.Kind.ARABIC) words++;
    if (words < MIN_CONTINUED_WORDS) return -1;
    int lead = open - s.firstToken();
    if (lead > 0 && !(lead <= 4 && toks.get(open - 1).norm().equals("،"))) return -1;
    for (int k = s.firstToken(); k < open; k++) if (lex.cueAt(toks.get(k)) != null || run.mentionAt[k] >= 0) return -1;
    // nothing of the sentence after it: a full stop, a line break or the end of the text
    int after = close + 1;
    boolean ends = after >= toks.size() || run.newlineAfter(toks.get(close).end()) <= toks.get(after).start()
        || toks.get(after).kind() == Token.Kind.PUNCT && (toks.get(after).norm().equals(".") || toks.get(after).norm().equals("!"));
    if (!ends) return -1;
    add(run, Quote.Type.DIRECT, toks.get(open + 1).start(), toks.get(close - 1).end(), null, null, run.last, open + 1, close);
    return close;
  }

  /** Fewer Arabic words than this in a quotation with no cue are a term, a title or an address, not a statement. */
  private static final int MIN_CONTINUED_WORDS = 6;

  /**
   * «…، بحسب وزارة الصحة»: the clause before the cue, said by the party after it; at the head of a
   * sentence («وبحسب المصدر، فإن…») the clause after the party.
   */
  private void attribution(Run run, int i, PhraseMatcher.Match<String> attr) {
    List<Token> toks = run.toks;
    Sentence s = run.doc.sentenceAt(toks.get(i).start());
    if (s == null) return;
    // «حسب قوله», «على حد تعبيرهم»: the words of whom the pronoun points to («قوله» is a cue's form too)
    char pronoun = attr.end() < toks.size() ? inTheirWords(toks.get(attr.end())) : 0;
    // «على حد» attributes only as «على حد تعبيره/قوله/وصفه» («على حد سواء» is «alike»)
    if (toks.get(i).norm().equals("علي") && attr.end() == i + 2 && toks.get(i + 1).norm().equals("حد") && pronoun == 0) return;
    if (i == s.firstToken()) {
      attributionFirst(run, i, attr, s);
      return;
    }
    int first = s.firstToken();
    for (int k = i - 1; k >= s.firstToken(); k--) {
      if (run.covered[k]) return; // the clause is already a quote
      // «وقال … وفق ما بثته الوكالة "…"»: a clause opened by a cue is a frame, not content
      if (lex.cueAt(toks.get(k)) != null && (k == s.firstToken() || toks.get(k - 1).norm().equals("،"))) return;
    }
    int end = i;
    while (end > first && toks.get(end - 1).kind() == Token.Kind.PUNCT) end--;
    if (toks.get(first).norm().equals("\"")) first++; // «"هذا من سابع المستحيلات"، كما يقول…» opening its sentence
    if (end - first < 2) return;
    Speaker sp = null;
    int after = attr.end();
    // «حسبما أفادت مصادر…»; «بحسب ما ذكره سكان…»: after «ما» the word is the verb, whatever its suffix
    if (after >= s.endToken() || !toks.get(after).isWord()) return; // «…، وفقا» cut off: no one named
    boolean verb = lex.cueAt(toks.get(after)) != null
        || (toks.get(after - 1).norm().equals("ما") || toks.get(after - 1).norm().equals("لما"))
        && toks.get(after).kind() == Token.Kind.ARABIC && run.mentionAt[after] < 0 && !lex.isSource(toks.get(after));
    if (verb && pronoun == 0) after++;
    if (after < toks.size() && pronoun == 0) {
      int m = run.mentionAt[after];
      if (m >= 0 && run.doc.mentions().get(m).type() != EntityType.LOC) sp = speakerOf(run, m);
      else if (lex.isSource(toks.get(after))) sp = sourcePhrase(run, after);
    }
    if (sp == null && pronoun == 0) sp = namedAfter(run, after, s);
    // «…، بحسب ما ذكرت عبر صفحتها»: a verb with its subject in it speaks for the sentence's subject
    if (sp == null && verb && (after >= s.endToken() || !toks.get(after).isWord() || isPreposition(run, toks.get(after)))) {
      sp = sentenceSubject(run, s, i);
    }
    // «…، على حد تعبيرهم», «حسب قوله»: the words of the one the pronoun points back to
    // («الذي يرى على حد قوله «إن…»»: before a quotation it introduces what follows, the verb's own)
    if (pronoun != 0 && after + 1 < s.endToken() && (toks.get(after + 1).norm().equals("\"") || lex.isComplementizer(toks.get(after + 1)))) return;
    if (sp == null && pronoun != 0) sp = referent(run, s, i, pronoun);
    if (sp == null) return; // «حسب تعبيره» with nobody to point back to: nothing to add
    sp = byRole(run, definiteName(sp), i); // «بحسب الصحيفة»: the paper the article named
    // «وحصل لوران، بحسب والده، على معدل ذكاء…»: an attribution set between commas is an aside; what it
    // attributes goes on after it to the clause's end (the aside stays inside the span)
    int k = pronoun != 0 ? after + 1 : tokenAfter(run, sp.span().end()); // (a referent is named before the cue)
    if (i > first && toks.get(i - 1).norm().equals("،") && k + 1 < s.endToken() && toks.get(k).norm().equals("،")
        && toks.get(k + 1).isWord() && (lex.cueAt(toks.get(k + 1)) == null || relaysNothing(toks, k + 1))
        && !RELATIVES.contains(toks.get(k + 1).norm())
        && !conjoined(toks.get(k + 1)) && !SUBORDINATORS.contains(toks.get(k + 1).norm())
        && !ASIDE_ENDS.contains(toks.get(k + 1).norm())) { // («…، بحسب المفوضية، ولا يشمل…» starts a new clause)
      end = clauseEnd(run, k + 1);
    }
    if (end - first < 3) return;
    add(run, Quote.Type.INDIRECT, toks.get(first).start(), toks.get(end - 1).end(), toks.get(i), new CueLexicon.Cue(attr.value(), false, false),
        sp, first, end);
  }

  private static final java.util.Set<String> WORDS_OF = java.util.Set.of("تعبير", "قول", "وصف");

  /** «تعبيره», «قولها», «وصفهم»: words with a pronoun after an attribution; 'm', 'f' or 'p' (plural), else 0. */
  private static char inTheirWords(Token t) {
    String n = t.norm();
    if (!t.prefix().isEmpty()) return 0;
    if (n.endsWith("هم") || n.endsWith("هما")) return WORDS_OF.contains(n.substring(0, n.length() - (n.endsWith("هما") ? 3 : 2))) ? 'p' : 0;
    if (n.endsWith("ها")) return WORDS_OF.contains(n.substring(0, n.length() - 2)) ? 'f' : 0;
    if (n.endsWith("ه")) return WORDS_OF.contains(n.substring(0, n.length() - 1)) ? 'm' : 0;
    return 0;
  }

  /**
   * Whom «تعبيره/تعبيرها/تعبيرهم» at the end of clause {@code i} points back to: the first person (or,
   * for «ها», a body) named before it in the sentence, for «هم» the nearest unnamed source («سكان…»);
   * else a person quoted in this sentence or the one before. Null when none.
   */
  private Speaker referent(Run run, Sentence s, int i, char pronoun) {
    List<Token> toks = run.toks;
    if (pronoun == 'p') {
      for (int j = i - 1; j >= s.firstToken(); j--) if (lex.isSource(toks.get(j)) && run.mentionAt[j] < 0) return sourcePhrase(run, j);
    } else {
      // the sentence's subject, the first named that no preposition governs («وامتنع حمدون عن… الرزقي…»)
      for (int j = s.firstToken(); j < i; j++) {
        int m = run.mentionAt[j];
        if (m < 0 || governed(run, m)) continue;
        EntityType type = run.doc.mentions().get(m).type();
        if (type == EntityType.PER || pronoun == 'f' && type == EntityType.ORG) return speakerOf(run, m);
      }
    }
    // («…فهو يعلم أنهم… بحسب وصفه» after a paper quoted him: only a person quoted just before speaks on)
    return pronoun != 'p' && run.last != null && run.last.entity() != null && run.people().contains(run.last.entity())
        && run.lastSentence >= s.index() - 1 ? run.last : null;
  }

  /**
   * «أكّد كيم والرئيس الكوري الجنوبي مون جاي-إن التزامهما…»: a second person joined to the speaker by «و»
   * (a name, or a role and a name) shares the verb; what they said starts after it. {@code from} when none.
   */
  private int coSubjectEnd(Run run, int from, Sentence s) {
    List<Token> toks = run.toks;
    if (from >= s.endToken() || !toks.get(from).prefix().equals("و")) return from;
    for (int k = from; k < Math.min(s.endToken(), from + 5); k++) {
      int m = run.mentionAt[k];
      if (m >= 0) {
        Mention mention = run.doc.mentions().get(m);
        return mention.type() == EntityType.PER && (k == from || lex.isRoleHead(toks.get(from))) ? mention.endToken() : from;
      }
      if (!toks.get(k).isWord()) return from;
    }
    return from;
  }

  /**
   * «وفقا للوفد الأمريكي»: a name the attribution's «لـ» is written into keeps its text as written and is
   * named with its article («الوفد الأمريكي»); «لمصادر» is named «مصادر».
   */
  private static Speaker definiteName(Speaker sp) {
    if (sp == null || sp.entity() != null) return sp;
    String t = sp.span().text();
    if (t.startsWith("لل") && t.length() > 4) return new Speaker(sp.span(), null, "ال" + t.substring(2));
    return sp;
  }

  /** «…، بحسب الصحيفة، نقل قوات…»: a relaying verb's form with no «عن» after it is a noun (transfer), not a cue. */
  private boolean relaysNothing(List<Token> toks, int k) {
    CueLexicon.Cue c = lex.cueAt(toks.get(k));
    return c != null && c.kind().equals("report") && !anAfter(toks, k, "عن", Math.min(4, toks.size() - k - 1));
  }

  private void attributionFirst(Run run, int i, PhraseMatcher.Match<String> attr, Sentence s) {
    List<Token> toks = run.toks;
    int after = attr.end();
    if (after < toks.size() && lex.cueAt(toks.get(after)) != null) after++;
    if (after >= s.endToken()) return;
    int m = run.mentionAt[after];
    Speaker sp = m >= 0 ? speakerOf(run, m) : lex.isSource(toks.get(after)) ? sourcePhrase(run, after) : namedAfter(run, after, s);
    if (sp == null) sp = quotedName(run, after, s, COMMA); // «وبحسب "بي بي سي"، تطال الاتهامات…»
    if (sp == null) return;
    sp = byRole(run, sp, i); // «وبحسب رئيس الفريق الهندسي، فإن…»: the person the article gave that role
    int k = tokenAfter(run, sp.span().end());
    // «وحسب مسؤولين في منسقية الدبلوماسية العامة التابعة لرئاسة الوزراء، فإن…»: the source runs to the
    // comma before «فإن», which opens what it said
    for (int p = k; p + 1 < s.endToken() && p - k <= 12; p++) {
      Token u = toks.get(p);
      if (u.norm().equals("،")) {
        String n = toks.get(p + 1).norm();
        if (p > k && (n.equals("فان") || n.equals("فانه") || n.equals("فانها"))) {
          TextSpan span = run.doc.span(sp.span().start(), toks.get(p - 1).end());
          sp = new Speaker(span, sp.entity(), sp.entity() == null ? span.text() : sp.name());
          k = p;
        }
        break;
      }
      if (!(u.isWord() || Tokenizer.joiningHyphen(toks, p)) || lex.cueAt(u) != null || lex.isComplementizer(u)) break;
    }
    // («وبحسب "رويترز"، فقد ذكر مسؤول أن…»: past «فقد», a verb of its own frames the clause)
    while (k < s.endToken() && (toks.get(k).kind() == Token.Kind.PUNCT || toks.get(k).norm().equals("فان")
        || toks.get(k).norm().equals("فانه") || toks.get(k).norm().equals("فقد"))) k++;
    if (k >= s.endToken()) {
      // «…بعد الضربات الجوية على مواقعه.وفقا لتقرير البوابة العربية.»: the source alone closes the
      // sentence before it, in the same paragraph
      if (s.index() == 0) return;
      Sentence prev = run.doc.sentences().get(s.index() - 1);
      int from = prev.firstToken(), end = prev.endToken();
      while (end > from && toks.get(end - 1).kind() == Token.Kind.PUNCT) end--;
      if (end - from < 3 || run.newlineAfter(toks.get(from).start()) < toks.get(i).start()) return;
      add(run, Quote.Type.INDIRECT, toks.get(from).start(), toks.get(end - 1).end(), toks.get(i),
          new CueLexicon.Cue(attr.value(), false, false), sp, from, end);
      return;
    }
    // «وحسب رويترز، قال السياسي … إن…»: the agency only relays; the verb after it frames the quotation
    if (lex.cueAt(toks.get(k)) != null) return;
    // «وبحسب مقتطفات من خطاب ستلقيه خلال عشاء …، ستقول ماي "…"»: so it does after a long source and a comma
    for (int p = k; p + 1 < s.endToken() && p <= k + 12; p++) {
      if (!toks.get(p).norm().equals("،")) continue;
      CueLexicon.Cue next = lex.cueAt(toks.get(p + 1));
      if (next != null && !next.participle()) return;
      break;
    }
    int end = clauseEnd(run, k);
    // («وبحسب "رويترز"، يتعلق الاستجواب باتهامات من رجل يدعى زياد يقول إنه…»: a verb with its «إن» inside
    // is another statement, its speaker's; the agency's clause ends before it)
    // (past its words inside quotation marks; a few words in at least: «البنك المركزي الهندي يقول إن» is one statement)
    for (int p = k; p + 1 < end; p++) {
      if (toks.get(p).norm().equals("\"")) {
        p = Math.max(p, closing(run, p));
        continue;
      }
      CueLexicon.Cue c = lex.cueAt(toks.get(p));
      if (p >= k + 6 && c != null && !c.participle() && lex.isComplementizer(toks.get(p + 1))) {
        end = p;
        break;
      }
    }
    if (end - k < 3) return;
    add(run, Quote.Type.INDIRECT, toks.get(k).start(), toks.get(end - 1).end(), toks.get(i),
        new CueLexicon.Cue(attr.value(), false, false), sp, k, end);
  }

  private static final java.util.Set<String> SENTENCE_ENDS = java.util.Set.of(".", "؟", "!"), COMMA = java.util.Set.of("،");

  /**
   * A name of up to four words in quotation marks at {@code from}, one of {@code followers} right after its
   * closing mark (the sentence's end reads as «.»); null otherwise.
   */
  private Speaker quotedName(Run run, int from, Sentence s, java.util.Set<String> followers) {
    List<Token> toks = run.toks;
    if (from + 1 >= s.endToken() || !toks.get(from).norm().equals("\"") || !toks.get(from + 1).isWord()) return null;
    int close = from + 1;
    while (close < s.endToken() && close - from <= 5 && !toks.get(close).norm().equals("\"")) close++;
    if (close >= s.endToken() || !toks.get(close).norm().equals("\"")) return null;
    if (!followers.contains(close + 1 < s.endToken() ? toks.get(close + 1).norm() : ".")) return null;
    TextSpan span = run.doc.span(toks.get(from + 1).start(), toks.get(close - 1).end());
    return new Speaker(span, entityNamed(run, span.text()), span.text());
  }

  /** «وفق ما نقلت صحيفة "ذا تايمز"»: up to four words naming a party, to the next punctuation. */
  private Speaker namedAfter(Run run, int from, Sentence s) {
    List<Token> toks = run.toks;
    // «…، وفق ما نقلت "رويترز".»: a source's name in quotation marks ending the sentence («وبحسب "رويترز"،
    // فقد ذكر مسؤول أن…» opens a clause with its own cue, which keeps it)
    Speaker quoted = quotedName(run, from, s, SENTENCE_ENDS);
    if (quoted != null) return quoted;
    if (from >= s.endToken() || !toks.get(from).isWord() || isPreposition(run, toks.get(from))) return null;
    if (lex.isNotSpeaker(toks.get(from))) return null; // «بحسب القانون»
    if (toks.get(from).norm().startsWith("تعبير")) return null; // «حسب تعبيره»: a pronoun
    int end = from;
    while (end < s.endToken() && end - from < 5 && (toks.get(end).isWord() || toks.get(end).norm().equals("\""))
        && !lex.isComplementizer(toks.get(end)) && !toks.get(end).norm().startsWith("فان")
        && !toks.get(end).norm().equals("فقد")) end++; // «ووفقا لناشطين فقد سجل…»: «فـ» opens the main clause
    while (end > from && !toks.get(end - 1).isWord()) end--;
    if (end <= from) return null;
    // «بحسب مدير الدرك اللواء الركن حسين الحواتمة»: a name the five words cut goes on to its end, the
    // tagger's, or after a first name the one word left before the sentence's punctuation
    if (end - from == 5 && end + 1 <= s.endToken() && end < toks.size() && toks.get(end).kind() == Token.Kind.ARABIC
        && WordLists.firstNames().contains(toks.get(end - 1).norm())
        && !isPreposition(run, toks.get(end)) && !lex.isComplementizer(toks.get(end)) && lex.cueAt(toks.get(end)) == null
        && (end + 1 == s.endToken() || !toks.get(end + 1).isWord())) end++;
    int m = run.mentionAt[end - 1];
    if (m >= 0 && run.doc.mentions().get(m).endToken() > end && run.doc.mentions().get(m).endToken() <= end + 4) {
      end = run.doc.mentions().get(m).endToken();
    }
    TextSpan span = run.doc.span(toks.get(from).start(), toks.get(end - 1).end());
    // «وفقا للباحثين»: «لـ» merged into the article; the name is the noun with its article back
    Token f = toks.get(from);
    String name = span.text();
    if (f.article() && f.prefix().endsWith("ل") && end - from == 1) name = f.bare();
    return new Speaker(span, entityNamed(run, span.text()), name);
  }

  /** Where an indirect clause ends: sentence end, or a comma before a new participle cue, or «حسب تعبيره». */
  private int clauseEnd(Run run, int from) {
    List<Token> toks = run.toks;
    Sentence s = run.doc.sentenceAt(toks.get(from).start());
    int end = s == null ? toks.size() : s.endToken();
    for (int k = from + 1; k < end; k++) {
      Token t = toks.get(k);
      if (t.kind() != Token.Kind.PUNCT && t.kind() != Token.Kind.ARABIC) continue;
      // «إنه «إذ يستنكر …، داعيا الله أن…»»: a cue inside quotation marks is part of what is quoted
      if (t.norm().equals("\"")) {
        int c = closing(run, k);
        if (c < end && c > k) { k = c; continue; }
        // «إنه "إذا كان هناك تهديد… مع بغداد. إذا قالت بغداد…"»: a quotation opening the clause runs on
        // past the full stops inside it, to its closing mark and the end of that sentence
        if (k <= from + 1 && c >= end && c < toks.size() && toks.get(c).norm().equals("\"")) {
          Sentence last = run.doc.sentenceAt(toks.get(c).start());
          end = last == null ? c + 1 : Math.max(c + 1, last.endToken());
          k = c;
          continue;
        }
      }
      if ((t.norm().equals("،") || t.norm().equals(",")) && k + 1 < end) {
        // «…، مؤكداً أن», «…، فيما أكدت الشرطة أنه»: a new cue opens a new quotation
        int n = k + 1;
        String w = toks.get(n).norm();
        // («…، ثم أشارت تقارير إلى أن…»: «ثم», then, too)
        if ((w.equals("فيما") || w.equals("بينما") || w.equals("كما") || w.equals("ثم")) && n + 1 < end) n++;
        // («…، وكانت صحيفة واشنطن بوست ذكرت أن…»: «كان», a named subject, then the cue)
        if (KANA.contains(w) && kanaNamedCue(run, n + 1, end)) return k;
        // («…، حيث حوّلت إيران…، كما أشارت لذلك صحيفة التلجراف»: the clause before «كما» is that speaker's)
        // («أن جميع المؤشرات والتقارير، تؤكد أن…»: a comma between a short subject and its present verb
        // leaves the verb inside what is said)
        CueLexicon.Cue next = lex.cueAt(toks.get(n));
        boolean predicate = next != null && n == k + 1 && k - from <= 3 && toks.get(k - 1).article()
            && toks.get(n).prefix().isEmpty() && present(toks.get(n)) && !next.participle();
        if (next != null && !predicate) {
          int before = w.equals("كما") && asSaidSpeakerEnd(run, n) > 0 ? clauseBefore(run, n) : -1;
          return before > from + 1 ? before - 1 : k;
        }
        // «…، في تحرك وصفه مسؤول أميركي بأنه…»: a noun after «في» with its own cue is another quotation
        if (w.equals("في") && n + 2 < end && toks.get(n + 1).isWord() && lex.cueAt(toks.get(n + 2)) != null) return k;
      }
      // «إنه لا يوجد ما يلزمها بينما قالت إسبانيا إنها…»: a contrasting clause with its own cue is another
      // quotation, with or without a comma before it
      if (CONTRAST.contains(t.norm()) && k > from + 1 && k + 1 < end) {
        // («…، لكن إيران انتقدت الفكرة»: a name may stand between)
        int v = run.mentionAt[k + 1] >= 0 ? run.doc.mentions().get(run.mentionAt[k + 1]).endToken() : k + 1;
        CueLexicon.Cue next = v < end ? lex.cueAt(toks.get(v)) : null;
        if (next != null && !next.participle()) return k;
      }
      // «…بشأن إدلب "مؤقتا" وأشار إلى أن النظام…»: a past cue joined by «و» with its «أن» right after it
      // opens the speaker's next statement, with no comma before it too
      // («وقال إن قطر… أما السعودية فكانت حذرة وأوضحت أنه…»: a verb of the other gender has a subject inside)
      if (k > from + 2 && t.prefix().equals("و") && !present(t) && conjoinedStatement(run, from, k, end)) return k;
      // «بعدما شدد ساركوزي على أنه لم يلتقه، خرج الأخير … ليؤكد أن…»: a verb of purpose with its «أن»
      // is another speaker's statement; this one ends at the comma before its clause
      if (k > from + 2 && purpose(t) && lex.cueAt(t) != null && k + 1 < end
          && lex.isComplementizer(toks.get(k + 1))) {
        for (int c = k - 1; c > from + 1; c--) if (toks.get(c).norm().equals("،")) return c;
      }
      // «… قضية سكريبال الذي يقول المحققون أنه …»: a relative clause with its own cue is another quotation
      // («الموقع الذي تعهدت كوريا الشمالية بإغلاقه» only describes the site: a promise there is none)
      if (t.norm().startsWith("ال") && RELATIVES.contains(t.norm()) && k + 1 < end && lex.cueAt(toks.get(k + 1)) != null
          && !believedToBe(toks, k + 1) && !lex.cueAt(toks.get(k + 1)).kind().equals("promise")) return k;
      if (t.norm().equals("حسب") || t.norm().equals("بحسب")) {
        if (k + 1 < end && toks.get(k + 1).norm().startsWith("تعبير")) return k;
      }
    }
    while (end > from + 1 && toks.get(end - 1).kind() == Token.Kind.PUNCT && !toks.get(end - 1).norm().equals("\"")) end--;
    return end;
  }

  /**
   * Whether the word at {@code k} is a verb cue (no participle) with «أن» or «إلى أن» right after it, of
   * the gender of the cue whose content starts at {@code from}.
   */
  private boolean conjoinedStatement(Run run, int from, int k, int end) {
    CueLexicon.Cue c = lex.cueAt(run.toks.get(k));
    if (c == null || c.participle() || k + 1 >= end) return false;
    Token at = openingAt(run, from);
    CueLexicon.Cue opening = at == null ? null : lex.cueAt(at);
    if (opening == null || gender(at, opening) != gender(run.toks.get(k), c)) return false;
    Token n = run.toks.get(k + 1);
    if (n.norm().equals("الي") && k + 2 < end) n = run.toks.get(k + 2);
    return lex.isComplementizer(n) && n.norm().startsWith("ان");
  }

  /** The cue nearest before {@code from}, a few words back at most; null when none. */
  private Token openingAt(Run run, int from) {
    for (int j = from - 1; j >= Math.max(0, from - 12); j--) if (lex.cueAt(run.toks.get(j)) != null) return run.toks.get(j);
    return null;
  }

  /** A cue's gender as listed, else as a past verb's form shows it: «ت» feminine, «وا» plural, else masculine. */
  private static char gender(Token t, CueLexicon.Cue c) {
    if (c.gender() != 0) return c.gender();
    String n = t.norm();
    return n.endsWith("وا") ? 'p' : n.endsWith("ت") ? 'f' : 'm';
  }

  private boolean hasQuotedFragment(Run run, int from, int end) {
    List<Token> toks = run.toks;
    for (int k = from; k < end; k++) {
      if (!toks.get(k).norm().equals("\"")) continue;
      int c = closing(run, k);
      if (c < end && c - k > 3 && run.mentionAt[k + 1] < 0) return true;
      k = c;
    }
    return false;
  }

  /**
   * The speakers a verb's surroundings name outright, before any subject is looked for: a relaying
   * verb's source after «عن» or «نقلا عن», one bare word before a quotation, the subject of «كان … قد».
   * (Its own method: {@link #speakerAt} must stay under the size the JIT compiles.)
   */
  private Speaker relayedOrFramed(Run run, int cue, int limit, CueLexicon.Cue c, boolean aside, Sentence s) {
    List<Token> toks = run.toks;
    Speaker author = authorOfWritten(run, cue, limit, c, s);
    if (author != null) return author;
    // «ونقلت وكالة خبر عن مصدر أمني أن…»: a relaying verb names its source after «عن»
    if (c.kind().equals("report") && !c.participle()) {
      for (int p = cue + 1; p + 1 < limit && p <= cue + PERSON_WINDOW; p++) {
        if (!toks.get(p).norm().equals("عن")) continue;
        if (toks.get(p + 1).norm().equals("\"") && p + 2 < limit) p++; // «عن "مصدر أمني" أنّ»
        int m = run.mentionAt[p + 1];
        if (m >= 0) return speakerOf(run, m);
        if (lex.isSource(toks.get(p + 1))) return sourcePhrase(run, p + 1);
        // «عن وزير الخارجية التركي مولود تشاووش أوغلو قوله»: the person the role introduces
        for (int k = p + 2; k < limit && k <= p + 8; k++) {
          Token u = toks.get(k);
          if (run.mentionAt[k] >= 0) {
            Mention x = run.doc.mentions().get(run.mentionAt[k]);
            if (x.type() == EntityType.PER) return speakerOf(run, run.mentionAt[k]);
            continue;
          }
          if (!u.isWord() || lex.isComplementizer(u) || lex.cueAt(u) != null) break;
        }
        // «عن ماجوميد دينييف من وزارة الداخلية قوله»: the words up to a preposition or the verbal noun
        // («عن دبلوماسيين طلبوا عدم كشف هوياتهم أن»: or up to the verb of a clause describing them)
        int e = p + 1;
        while (e < limit && e - p <= 4 && toks.get(e).isWord() && !isPreposition(run, toks.get(e)) && lex.cueAt(toks.get(e)) == null
            && !lex.isComplementizer(toks.get(e))
            && !(e > p + 1 && (toks.get(e).norm().endsWith("وا") || e + 1 < limit && afterNot(toks, e + 1)))) e++;
        if (e > p + 1) {
          TextSpan span = run.doc.span(toks.get(p + 1).start(), toks.get(e - 1).end());
          return new Speaker(span, entityNamed(run, span.text()), span.text());
        }
        break;
      }
    }
    // «مشيرة، نقلا عن الأركان التركية، إلى…»: what is relayed from a source is the source's
    if (aside && cue + 3 < limit && toks.get(cue + 2).norm().equals("نقلا") && toks.get(cue + 3).norm().equals("عن")
        && cue + 4 < limit) {
      int m = run.mentionAt[cue + 4];
      if (m >= 0) return speakerOf(run, m);
      if (lex.isSource(toks.get(cue + 4))) return sourcePhrase(run, cue + 4);
    }
    // «وقال والده: "…"»: a kin or aide with a pronoun after the verb is the speaker, not the one it points to
    // (a pronoun as written, «ه» not «ة»: «زوجة مينغ» names whose wife; and nothing named after it)
    if (cue + 1 < limit && toks.get(cue + 1).kind() == Token.Kind.ARABIC && run.mentionAt[cue + 1] < 0
        && run.doc.text().charAt(toks.get(cue + 1).end() - 1) == '\u0647'
        && (cue + 2 >= toks.size() || !toks.get(cue + 2).isWord() || isPreposition(run, toks.get(cue + 2))
            || lex.isComplementizer(toks.get(cue + 2)) || lex.isAdverb(toks.get(cue + 2)))) {
      Token w = toks.get(cue + 1);
      String n = w.norm();
      String noun = n.endsWith("ها") || n.endsWith("هم") ? n.substring(0, n.length() - 2) : n.endsWith("ه") ? n.substring(0, n.length() - 1) : null;
      // («والدته»: the feminine's «ة» is written «ت» before the pronoun)
      String feminine = noun != null && noun.endsWith("ت") ? noun.substring(0, noun.length() - 1) + "ه" : noun;
      if (noun != null && noun.length() >= 3 && (lex.isRelationalForm(noun) || lex.isRelationalForm(feminine))) {
        TextSpan span = run.doc.span(w.start(), w.end());
        return new Speaker(span, null, span.text());
      }
    }
    // «وتضيف ماي "…"»: one bare word between the verb and the quotation is its subject, a name the
    // tagger missed; the article's person of that name, when there is one
    if (!c.participle() && limit == cue + 2 && limit < toks.size() && toks.get(limit).norm().equals("\"")
        && run.mentionAt[cue + 1] < 0) {
      Token w = toks.get(cue + 1);
      if (w.kind() == Token.Kind.ARABIC && !w.article() && w.prefix().isEmpty() && !isPreposition(run, w)
          && !lex.isAdverb(w) && lex.cueAt(w) == null && !lex.isComplementizer(w) && w.norm().length() >= 3) {
        TextSpan span = run.doc.span(w.start(), w.end());
        return new Speaker(span, entityNamed(run, span.text()), span.text());
      }
    }
    // «وكانت روسيا قد أخبرت الأمم المتحدة أن…»: between «كان» and «قد» stands the subject; the noun after
    // the verb is its object
    if (!c.participle() && cue > 0 && toks.get(cue - 1).norm().equals("قد")) {
      Speaker framed = betweenKanaAndQad(run, cue, s);
      if (framed != null) return framed;
    }
    // «وقالت الوكالة أيضاً، نقلاً عن النائب الأول للوزير، كيم كاي جوان، إن…»: what the speaker relays
    // from a named person is that person's
    if (!c.participle()) {
      for (int p = cue + 2; p + 2 < limit && p <= cue + 8; p++) {
        Token u = toks.get(p);
        if (lex.isComplementizer(u) || lex.cueAt(u) != null) break;
        if (!(u.norm().equals("نقلا") && toks.get(p + 1).norm().equals("عن"))) continue;
        // (the person itself or its role; an outlet relaying unnamed sources speaks for them: «نقلاً عن
        // مصادر … من المستشار جون بولتن» leaves the outlet the speaker)
        for (int k = p + 2; k < limit && k <= p + 10; k++) {
          Token v = toks.get(k);
          if (lex.isComplementizer(v) || lex.isSource(v) || isPreposition(run, v)) break;
          int m = run.mentionAt[k];
          if (m >= 0 && run.doc.mentions().get(m).type() == EntityType.PER) return speakerOf(run, m);
        }
        break;
      }
    }
    return null;
  }

  /**
   * «وأصدر قصر كينغستون بيانا وصف فيه الزفاف بأنه…», «كتب منصور عدة مقالات انتقد فيها سجن…»: a verb whose
   * «فيه/فيها» points back to what was written or said, with no subject of its own after it, speaks for its
   * author: a person the written thing is «لـ» («مقالا للكاتب ديفد…», «تصريحات لترامب قال فيها»), else the
   * nearest person or body named before it in the sentence that no preposition governs and no role
   * describes («الأمير لوران، الشقيق الأصغر للملك فيليب، رسالة…» is the prince's, «البارزاني زعيم الحزب…
   * أصدر بيانا» the leader's), or a person it came from («اتصالاً هاتفياً من الشيخ راشد…، أعرب فيه»). Null
   * where a subject follows («قالت فيه روسيا», «ذكر فيها الأخير»), where a pronoun, an unnamed source or a
   * quotation mark stands between («خطاب له … دعا فيه», «تصريحات لمصدر … أكد فيها», «في صحيفة «…» دعا فيه»:
   * the speaker search resolves them), or nothing is named.
   */
  private Speaker authorOfWritten(Run run, int cue, int limit, CueLexicon.Cue c, Sentence s) {
    List<Token> toks = run.toks;
    if (c.participle() || s == null || cue + 2 >= limit || cue == s.firstToken()) return null;
    if (!inIt(toks.get(cue + 1))) return null;
    Token next = toks.get(cue + 2);
    int m = run.mentionAt[cue + 2];
    if (m >= 0 && run.doc.mentions().get(m).type() != EntityType.MISC && !next.prefix().contains("ب") && !next.prefix().contains("ل")
        || lex.isSource(next) || lex.isRoleHead(next) || next.norm().startsWith("الاخير")) return null;
    for (int j = cue - 1; j >= s.firstToken(); j--) {
      Token t = toks.get(j);
      int k = run.mentionAt[j];
      if (k < 0) {
        String written = run.doc.text().substring(t.start(), t.end());
        // «وأصدرت جماعة تمثل 13 مجلسا… بيانا قالت فيه»: an unnamed body right after the verb wrote it
        if ((lex.isSource(t) || lex.isOrgHead(t) && !t.article()) && j > s.firstToken() && issuedBy(run, j)) return sourcePhrase(run, j);
        if (lex.isSource(t) || t.norm().equals("\"")
            || t.isWord() && written.length() >= 2 && written.charAt(written.length() - 1) == '\u0647') return null;
        continue;
      }
      Mention x = run.doc.mentions().get(k);
      j = x.firstToken();
      if (x.type() != EntityType.PER && x.type() != EntityType.ORG) continue;
      int before = j - 1;
      while (before >= s.firstToken() && lex.isTitle(toks.get(before))) before--;
      if (before < s.firstToken()) return speakerOf(run, k);
      Token b = toks.get(before);
      // «تلقى … اتصالاً هاتفياً من الشيخ راشد…، أعرب فيه»: the one it came from
      if (x.type() == EntityType.PER && b.norm().equals("من")) return speakerOf(run, k);
      // «مقالا للكاتب ديفد إجنيشاس»: the author of the written thing before it
      if (x.type() == EntityType.PER && (toks.get(j).prefix().equals("ل") || b.prefix().equals("ل") && b.article())
          && before > s.firstToken() && writtenThing(toks.get(b.prefix().equals("ل") ? before - 1 : before))) return speakerOf(run, k);
      if (governed(run, k) || lex.isRoleHead(b) && x.type() != EntityType.PER) continue;
      // («في صحيفة «يديعوت أحرونوت»»: a bare noun after a preposition takes the name as its genitive)
      if (b.isWord() && !b.article() && before > s.firstToken() && isPreposition(run, toks.get(before - 1))) continue;
      return speakerOf(run, k);
    }
    return null;
  }

  /**
   * Whether the word at {@code j} (a source noun, or an organisation head without its article) is the
   * subject of a verb of issuing right before it, a weekday between at most («وأصدرت الاثنين جماعة…»,
   * «نشرت مصادر…»).
   */
  private boolean issuedBy(Run run, int j) {
    int v = j - 1;
    if (WEEKDAYS.contains(run.toks.get(v).norm()) && v > 0) v--;
    Token b = run.toks.get(v);
    return run.mentionAt[v] < 0 && ISSUED.contains(b.stem());
  }

  /**
   * «وقالت مستشارة الأمن القومي الأميركي سوزان رايس…» with the role tagged an organisation: an organisation
   * mention that opens with a role head, then at most a nationality, then a person, is that person's role;
   * the person speaks. Null otherwise.
   */
  private Speaker personAfterRole(Run run, int m, int limit) {
    Mention x = run.doc.mentions().get(m);
    if (x.type() != EntityType.ORG || !lex.isRoleHead(run.toks.get(x.firstToken()))) return null;
    int k = x.endToken();
    if (k < limit && WordLists.demonyms().containsKey(run.toks.get(k).norm())) k++;
    if (k >= limit || run.mentionAt[k] < 0) return null;
    Mention p = run.doc.mentions().get(run.mentionAt[k]);
    return p.firstToken() == k && p.type() == EntityType.PER ? speakerOf(run, run.mentionAt[k]) : null;
  }

  /**
   * The subject a verb shares with another part of its sentence, or null: the sentence's subject that
   * «لكنه/لكنها» points to; a relative clause's antecedent; or, for a verb joined by «و» with nothing named
   * after it, in a sentence that opens with a verb of the same gender (a listed one, or any feminine past
   * joined by «و»), the party or source named right after that opening verb («رفضت مسؤولة بارزة في كوريا
   * الشمالية تصريحات… ووصفتها بأنها "غبية"»).
   */
  private Speaker sharedSubject(Run run, Sentence s, int cue, CueLexicon.Cue c) {
    List<Token> toks = run.toks;
    // «وكانت المنظمة الدولية للهجرة… أدلت بأرقام أقل لكنها أعلنت أنه…»: «but it» points to the sentence's subject
    String before = cue >= 1 ? toks.get(cue - 1).norm() : "";
    if (s != null && !c.participle() && cue - 1 > s.firstToken() && (before.equals("لكنه") || before.equals("لكنها")
        || before.equals("ولكنه") || before.equals("ولكنها"))) {
      // (the subject opens the sentence, after its verb: «ولم يوضح المسؤول…، لكنه لفت» is not «مقاتلي التنظيم»)
      Speaker subject = sentenceSubject(run, s, Math.min(cue - 1, s.firstToken() + 4));
      if (subject != null && agrees(run, before.endsWith("ها") ? 'f' : 'm', subject)) return subject;
    }
    // «وردت روسيا التي تنفي مسؤوليتها عن…»: right after a relative pronoun, with no subject after it, the
    // verb is its antecedent's («سكريبال الذي يقول المحققون» has one)
    // (not «تونس التي وصفها…», whose pronoun is the antecedent described, nor «بحيرة تشاد الذي روى», a
    // place the masculine pronoun does not agree with)
    String verb = toks.get(cue).norm();
    if (s != null && !c.participle() && cue >= s.firstToken() + 2 && cue + 1 < toks.size() && RELATIVES.contains(before)
        && run.mentionAt[cue + 1] < 0 && !toks.get(cue + 1).article() && !lex.isSource(toks.get(cue + 1))
        && !verb.endsWith("ه") && !verb.endsWith("ها") && !verb.endsWith("هم")) {
      int m = run.mentionAt[cue - 2];
      EntityType type = m < 0 ? null : run.doc.mentions().get(m).type();
      if (m >= 0 && type != EntityType.MISC && !(type == EntityType.LOC && !before.equals("التي")) && !governed(run, m)) {
        return speakerOf(run, m);
      }
    }
    if (s == null || c.participle() || !toks.get(cue).prefix().startsWith("و") || cue < s.firstToken() + 3
        || cue + 1 < toks.size() && run.mentionAt[cue + 1] >= 0) return null;
    CueLexicon.Cue first = lex.cueAt(toks.get(s.firstToken()));
    char gender = c.gender();
    if (gender == 0) { // «ووصفتها», «ووصفته»: a past verb with an object pronoun shows its gender before it
      String n = toks.get(cue).stem();
      n = n.endsWith("ها") ? n.substring(0, n.length() - 2) : n.endsWith("ه") ? n.substring(0, n.length() - 1) : "";
      gender = n.length() < 3 ? 0 : n.endsWith("ت") ? 'f' : 'm';
    }
    // («وطردت لندن 23 دبلوماسيا روسيا وأعلنت تجميد…»: any feminine past verb opening with «و» will do)
    Token open = toks.get(s.firstToken());
    String on = open.norm();
    boolean feminineVerb = open.kind() == Token.Kind.ARABIC && open.prefix().startsWith("و") && !open.article()
        && on.length() >= 5 && on.endsWith("ت") && !on.endsWith("ات");
    if (gender == 0 || !(first != null && !first.participle() && first.gender() == gender || first == null && gender == 'f' && feminineVerb)) {
      return null;
    }
    int j = s.firstToken() + 1;
    int m = run.mentionAt[j];
    if (m >= 0 && run.doc.mentions().get(m).firstToken() == j && !governed(run, m)
        && run.doc.mentions().get(m).type() != EntityType.MISC) return speakerOf(run, m);
    String n = toks.get(j).norm();
    // («مسؤولة»: the feminine of a source noun)
    boolean source = lex.isSource(toks.get(j)) || n.endsWith("ه") && lex.isSourceForm(n.substring(0, n.length() - 1));
    return source ? sourcePhrase(run, j) : null;
  }

  /** «نشره», «أصدرته», «وزعتها»: a verb of issuing with the pronoun of what it issued. */
  private static boolean issuedIt(Token t) {
    String n = t.norm();
    if (!t.prefix().isEmpty() || t.kind() != Token.Kind.ARABIC) return false;
    if (n.endsWith("ها")) n = n.substring(0, n.length() - 2);
    else if (n.endsWith("ه")) n = n.substring(0, n.length() - 1);
    else return false;
    return ISSUED.contains(n);
  }

  /** «مقتضب», «رسمي», «مشترك»: an indefinite adjective right after a statement's noun. */
  private boolean describesDocument(Run run, int k) {
    Token t = run.toks.get(k);
    return t.kind() == Token.Kind.ARABIC && !t.article() && t.prefix().isEmpty() && run.mentionAt[k] < 0 && t.norm().length() >= 4
        && lex.cueAt(t) == null && !isPreposition(run, t) && !lex.isComplementizer(t) && !issuedIt(t) && !t.stem().startsWith("صادر")
        && !WEEKDAYS.contains(t.norm());
  }

  /** «فيه», «فيها», in it: after a verb, the pronoun pointing back to the statement or the time it was said in. */
  private static boolean inIt(Token t) {
    String n = t.norm();
    return n.equals("فيه") || n.equals("فيها");
  }

  /** «بيان», «مقالا», «تصريحات», «تغريدة», «كلمة»: a thing written or said, which has an author. */
  private static boolean writtenThing(Token t) {
    String n = t.norm();
    return DOCUMENTS.contains(t.stem()) || n.startsWith("مقال") || n.startsWith("تصريح") || n.startsWith("تغريد") || n.equals("كلمه");
  }

  /** «إلقاء», «إعلان»: one word, no name, written with «إ» and no article: a verbal noun. */
  private boolean verbalNoun(Run run, Speaker sp) {
    int k = tokenAfter(run, sp.span().start());
    if (k >= run.toks.size() || run.toks.get(k).end() != sp.span().end() || run.mentionAt[k] >= 0) return false;
    Token t = run.toks.get(k);
    // (the article is never written «إل»: «إلقاء» read as «ال» + «قاء» by the segmenter is still one word)
    return t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && t.norm().length() >= 5 // «إفعال»
        && run.doc.text().charAt(t.start()) == '\u0625' && !WordLists.firstNames().contains(t.norm())
        && entityNamed(run, sp.span().text()) == null; // «أكد إنجه»: the name of the article's person
  }

  /**
   * «آمر السرية البحرية في سوسة، الرائد محمد المجدوب», «وزيرة الدولة لشؤون الإعلام، الناطق الرسمي
   * باسم الحكومة، جمانة غنيمات "…"»: a description without a name, commas, titles and a person named
   * before the quotation: that person, or the two or three plain words that end the run.
   */
  private Speaker apposed(Run run, Speaker sp, int limit) {
    if (sp == null || sp.entity() != null) return sp;
    List<Token> toks = run.toks;
    int e = tokenAfter(run, sp.span().end());
    // past a place or an institution («… في سوسة المجاورة،») and a second description, to each comma
    List<Integer> commas = new ArrayList<>();
    for (int p = e; p < limit && p - e < 14; p++) {
      Token t = toks.get(p);
      if (t.norm().equals("،")) commas.add(p);
      // «كشف المتحدث باسم… في تصريحات لـCNN، الإثنين، تفاصيل…، جمال خاشقجي»: the verb's date ends the subject
      else if (!t.isWord() || run.inDate[p]) break;
      // «وكتبت الصحيفة، نقلاً عن مصادر … من المستشار، جون بولتن، أن»: a relay in between names others
      else if (t.norm().equals("نقلا") || t.norm().equals("عن") || t.norm().equals("من")) {
        if (commas.size() >= 2) break; // (past two commas, what the description names is already between them)
        return sp;
      }
      else if (lex.cueAt(t) != null || lex.isComplementizer(t)) break;
    }
    for (int c : commas) {
      int k = c + 1;
      while (k < limit && lex.isTitle(toks.get(k))) k++;
      if (k >= limit || run.mentionAt[k] < 0) continue;
      Mention x = run.doc.mentions().get(run.mentionAt[k]);
      if (x.type() == EntityType.PER && x.endToken() <= limit) return speakerOf(run, run.mentionAt[k]);
    }
    // «أعلن الحارس الأسطوري لمنتخب مصر، عصام الحضري، اعتزاله…»: a definite description, then between two
    // commas a name the tagger missed: two or three words, the first bare («عصام الحضري»), that no list calls
    // a function word or a nationality
    if (commas.size() >= 2 && toks.get(tokenAfter(run, sp.span().start())).article()) {
      int from = commas.get(0) + 1, to = commas.get(1);
      boolean name = to - from >= 2 && to - from <= 3;
      for (int p = from; p < to && name; p++) {
        Token t = toks.get(p);
        name = t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && (p > from || !t.article()) && !isPreposition(run, t)
            && lex.cueAt(t) == null && !lex.isRoleHead(t) && !lex.isComplementizer(t) && t.norm().length() >= 3
            && !WordLists.stopwords().contains(t.norm()) && !WordLists.demonyms().containsKey(t.norm())
            && (run.mentionAt[p] < 0 || run.doc.mentions().get(run.mentionAt[p]).type() == EntityType.PER);
      }
      if (name) {
        TextSpan span = run.doc.span(toks.get(from).start(), toks.get(to - 1).end());
        return new Speaker(span, entityNamed(run, span.text()), span.text());
      }
    }
    if (commas.isEmpty()) return sp;
    int k = commas.get(commas.size() - 1) + 1, n = limit - k;
    if (n < 2 || n > 3 || limit >= toks.size() || !(toks.get(limit).norm().equals("\"") || lex.isComplementizer(toks.get(limit)))) {
      return sp;
    }
    for (int p = k; p < limit; p++) {
      Token t = toks.get(p);
      if (t.kind() != Token.Kind.ARABIC || t.article() || !t.prefix().isEmpty() || isPreposition(run, t)
          || lex.cueAt(t) != null || lex.isRoleHead(t) || run.mentionAt[p] >= 0 || lex.isComplementizer(t)
          || WordLists.stopwords().contains(t.norm()) || t.norm().length() < 3) return sp;
    }
    TextSpan span = run.doc.span(toks.get(k).start(), toks.get(limit - 1).end());
    return new Speaker(span, entityNamed(run, span.text()), span.text());
  }

  /** The noun a relative pronoun at {@code rel} refers back to, as a speaker: the mention or word just before it. */
  private Speaker antecedent(Run run, int rel) {
    int k = rel - 1;
    if (k >= 0 && run.toks.get(k).norm().equals("،")) k--;
    if (k < 0) return null;
    if (run.mentionAt[k] >= 0) return speakerOf(run, run.mentionAt[k]);
    Token t = run.toks.get(k);
    if (!t.isWord() || isPreposition(run, t)) return null;
    TextSpan span = run.doc.span(t.start(), t.end());
    return new Speaker(span, null, span.text());
  }

  /**
   * Whether tokens [from, to) are only what a verb acts on: a single mention, one or two words, or a
   * noun governing a mention («قرار الجيش»); a role or a second name makes them a subject as well.
   */
  private boolean onlyObject(Run run, int from, int to) {
    int mentions = 0, words = 0;
    for (int k = from; k < to; k++) {
      int m = run.mentionAt[k];
      if (m >= 0) {
        mentions++;
        k = run.doc.mentions().get(m).endToken() - 1;
      } else if (run.toks.get(k).isWord()) words++;
    }
    Token first = run.toks.get(from);
    boolean construct = mentions == 1 && words == 1 && run.mentionAt[from] < 0 && first.isWord()
        && !lex.isRoleHead(first) && !lex.isTitle(first) && !lex.isSource(first) && !lex.isOrgHead(first);
    return mentions == 1 && words == 0 || mentions == 0 && words >= 1 && words <= 2 && !lex.isRoleHead(first)
        && !lex.isSource(first) || construct;
  }

  /** «تتهم السعودية حزب الله بدعم…»: a named accuser right after the verb, then more words before the «بـ» of the charge. */
  private boolean accuserAndAccused(Run run, int cue) {
    List<Token> toks = run.toks;
    if (cue + 1 >= toks.size() || run.mentionAt[cue + 1] < 0 || cue > 0 && RELATIVES.contains(toks.get(cue - 1).norm())) return false;
    if (run.doc.text().substring(toks.get(cue).start(), toks.get(cue).end()).indexOf('\u064F') >= 0) return false; // «يُتّهم»
    int after = run.doc.mentions().get(run.mentionAt[cue + 1]).endToken();
    for (int k = after; k < toks.size() && k <= cue + 12; k++) {
      Token t = toks.get(k);
      if (!t.isWord()) return false;
      if (t.prefix().startsWith("ب") || t.prefix().startsWith("وب")) return k > after;
      // «باستهدافها»: a verbal noun the segmenter did not know keeps its «بـ»
      if (k > after && t.kind() == Token.Kind.ARABIC && t.norm().startsWith("ب") && t.norm().length() >= 6
          && !WordLists.stopwords().contains(t.norm())) return true;
    }
    return false;
  }

  /**
   * Whether a name given after «بـ» follows the cue within a few words: «بـ"…"» before any punctuation
   * or «أن», or, past the word after the cue, «بأنه» or a definite noun after «بـ».
   */
  private boolean labelAfter(List<Token> toks, int cue) {
    for (int j = cue + 1; j + 1 < toks.size() && j <= cue + 8; j++) {
      Token t = toks.get(j);
      if (t.norm().equals("ب") && toks.get(j + 1).norm().equals("\"")) return true;
      // «في حادث وصفه رئيس الوزراء بالعمل الإرهابي», «وصفه مسؤول بأنه "…"», «ووصفتها بأنها "غبية"»: what it is
      // called, after «بـ» (a label right after the verb needs a subject between: «وصفه بالعمل» is a recipe's too)
      if (t.kind() == Token.Kind.ARABIC && t.norm().startsWith("بان") && lex.isComplementizer(t) || j > cue + 1 && isLabel(t)) return true;
      if (!t.isWord() || lex.isComplementizer(t)) return false;
    }
    return false;
  }

  /**
   * «في حادث وصفه رئيس الوزراء بالعمل الإرهابي»: what a description calls its object, a definite noun
   * after «بـ» within a few words of the subject, with no quotation marks; -1 when there is none.
   */
  private int describedAs(Run run, int from, Sentence s) {
    for (int j = from; j < Math.min(s.endToken(), from + 6); j++) {
      Token t = run.toks.get(j);
      if (t.kind() == Token.Kind.PUNCT) return -1;
      if (isLabel(t) && run.mentionAt[j] < 0) return j;
    }
    return -1;
  }

  /** A definite noun after «بـ»: «بالعمل», what a description calls its object. */
  private static boolean isLabel(Token t) { return t.kind() == Token.Kind.ARABIC && t.prefix().equals("ب") && t.article(); }

  /** Whether a colon or a quote mark follows the token within three tokens. */
  private static boolean colonOrQuoteAfter(List<Token> toks, int i) {
    for (int k = i + 1; k < toks.size() && k <= i + 3; k++) {
      String n = toks.get(k).norm();
      if (n.equals(":") || n.equals("\"")) return true;
    }
    return false;
  }

  /** Whether a court is named just before the verb or right after it («محكمة», «القضاء», «القاضي»). */
  private static boolean nearCourt(List<Token> toks, int i) {
    for (int k = Math.max(0, i - 3); k <= Math.min(toks.size() - 1, i + 1); k++) {
      String st = toks.get(k).stem();
      if (k != i && (st.equals("محكمه") || st.equals("قضاء") || st.equals("قاضي") || st.equals("محاكم"))) return true;
    }
    return false;
  }

  /**
   * 1 when the word as written opens with «و» or «ف» and a letter after it (no vowel mark on the «و», as in
   * «وُلد», where it is the word's own), else 0: where the verb's own first letter is.
   */
  private static int conjunctionLength(String w) {
    if (w.length() <= 2 || w.charAt(0) != 'و' && w.charAt(0) != 'ف') return 0;
    char c = w.charAt(1);
    return c >= '\u064B' && c <= '\u0652' ? 0 : 1;
  }

  /** A past verb written with a damma on its first letter, after «و» or «ف»: «أُعلن», «وأُعلنت»; not «قيل». */
  private static boolean passive(String text, Token t) {
    String w = text.substring(t.start(), t.end());
    int k = conjunctionLength(w);
    if (k + 1 >= w.length() || w.charAt(k + 1) != '\u064F') return false;
    // a present form's prefix takes a damma in the active too: «يُضيف», «تُشير»
    char first = w.charAt(k);
    if (first == 'ي' || first == 'ت' || first == 'ن') return false;
    String n = t.norm();
    return !(n.endsWith("قال") || n.endsWith("قيل"));
  }

  /**
   * «لا أعتقد أن…», «وأعتقد أننا…», «لا أستبعد توقيع…»: a verb whose past opens with a bare alef (forms
   * VIII and X, unsuffixed: اعتقد، استبعد) written with «أ» is the first person present, when «لا» or an «أن»
   * shows it is no misspelt past («وأعتبر الوزير أنهم…» is one).
   */
  private boolean firstPerson(Run run, int i) {
    List<Token> toks = run.toks;
    Token t = toks.get(i);
    String w = run.doc.text().substring(t.start(), t.end());
    int k = conjunctionLength(w);
    String st = t.stem();
    boolean wasl = st.length() == 5 && st.charAt(2) == 'ت' || st.length() == 6 && st.startsWith("است");
    if (w.charAt(k) != 'أ' || !wasl) return false;
    boolean not = i > 0 && (toks.get(i - 1).norm().equals("لا") || toks.get(i - 1).norm().equals("ولا"));
    return not || i + 1 < toks.size() && lex.isComplementizer(toks.get(i + 1));
  }

  /** «اللذين يُعتقد أنهما…»: the present belief at {@code i}, between a relative pronoun and «أن», means «believed to be». */
  private boolean believedToBe(List<Token> toks, int i) {
    if (i == 0 || i + 1 >= toks.size() || !RELATIVES.contains(toks.get(i - 1).bare())) return false;
    CueLexicon.Cue c = lex.cueAt(toks.get(i));
    return c != null && c.kind().equals("opinion") && present(toks.get(i)) && lex.isComplementizer(toks.get(i + 1));
  }

  private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("هو", "وهو", "هي", "وهي", "هم", "وهم");

  /** «إنه يعتقد», «وهو يعتقد», «الماركسية تعتقد»: a pronoun or a definite noun right before the verb is its subject. */
  private boolean subjectBefore(List<Token> toks, int cue) {
    if (cue == 0 || toks.get(cue).prefix().length() > 0) return false;
    Token p = toks.get(cue - 1);
    return SUBJECT_PRONOUNS.contains(p.norm()) || lex.isComplementizer(p) && p.norm().length() > 2
        || p.kind() == Token.Kind.ARABIC && p.article() && !RELATIVES.contains(p.bare());
  }

  /**
   * «ويُعتقد أن…»: a present whose prefix takes a damma is passive when the verb's active prefix has a fatha
   * (forms I, VII–X: more than three letters after the prefix, no alef second as in «يُطالب»); «يُشير»,
   * «يُؤكد» are active.
   */
  private static boolean presentPassive(String text, Token t) {
    String w = text.substring(t.start(), t.end());
    int k = conjunctionLength(w);
    if (k + 1 >= w.length() || w.charAt(k + 1) != '\u064F') return false;
    char first = w.charAt(k);
    if (first != 'ي' && first != 'ت') return false;
    String rest = t.stem().substring(1);
    return rest.length() > 3 && rest.charAt(1) != 'ا';
  }

  /** Whether word {@code j} is glued by a full stop to a word on either side («إن.تي.في», «إم.آي6»). */
  private static boolean inAbbreviation(List<Token> toks, int j) {
    return SentenceSplitter.joinsWords(toks, j + 1) || SentenceSplitter.joinsWords(toks, j - 1);
  }

  /** The speaker of the cue at token {@code cue}, looking no further than {@code limit}. */
  private Speaker speaker(Run run, int cue, int limit, CueLexicon.Cue c) {
    // «قيل إن…», «يقال إن…»: the passive names no speaker
    String form = run.toks.get(cue).norm();
    if (form.startsWith("و") || form.startsWith("ف")) form = form.substring(1);
    if (form.equals("قيل") || form.equals("يقال")) return null;
    if (presentPassive(run.doc.text(), run.toks.get(cue))) return null;
    // «ينصح باستئصال المرارة»: advice with its object right after it is «it is advised», no one's
    if (form.equals("ينصح") && cue + 1 < run.toks.size() && run.toks.get(cue + 1).norm().startsWith("ب")) return null;
    // «ويعتقد أن المرض أودى…», «يعتقد على نطاق واسع أن…»: a present belief with no subject on either side
    // of it is impersonal, «it is believed» («إنه يعتقد أن…», «وهو يعتقد أن…», «كانت الماركسية تعتقد أن…»
    // name theirs before it)
    if (c.kind().equals("opinion") && present(run.toks.get(cue)) && cue + 1 < run.toks.size()
        && (lex.isComplementizer(run.toks.get(cue + 1)) || run.toks.get(cue + 1).norm().equals("على"))
        && !subjectBefore(run.toks, cue)) return null;
    // «وجاء في بيان مشترك لهذه الدول أن…»: the statement speaks, as its words before «أن» name it
    if (lex.isCameIn(run.toks.get(cue))) {
      int end = cue + 2;
      while (end < limit && end - cue < 8 && run.toks.get(end).isWord() && !lex.isComplementizer(run.toks.get(end))
          && !lex.isAdverb(run.toks.get(end))) end++;
      TextSpan span = run.doc.span(run.toks.get(cue + 2).start(), run.toks.get(end - 1).end());
      return new Speaker(span, entityNamed(run, span.text()), span.text());
    }
    Speaker raw = speakerAt(run, cue, limit, c);
    // «وأكدت إلقاء القبض على…»: a verbal noun after a verb that takes an object is that object; the
    // subject was dropped
    if (raw != null && raw.entity() == null && c.object() && verbalNoun(run, raw)) raw = speakerAt(run, cue, cue + 1, c);
    Speaker sp = byRole(run, apposed(run, raw, limit), cue);
    sp = someOfThose(run, sp, cue);
    // «وقال التلفزيون السوري الأحد إنه…», «أُعلن الخميس أن…»: a date is no speaker
    if (sp != null && sp.entity() == null) {
      boolean date = true;
      // from the token the span starts in («البعض» of «والبعض» starts inside its token)
      int from = firstTokenAfter(run.toks, sp.span().start(), 0, run.toks.size()) - 1;
      if (from < 0 || run.toks.get(from).end() <= sp.span().start()) from++;
      for (int k = from; date && k < run.toks.size() && run.toks.get(k).end() <= sp.span().end(); k++) {
        date = run.inDate[k] || !run.toks.get(k).isWord();
      }
      if (date) return null;
    }
    return sp;
  }

  // Keep this method under 8,000 bytes of bytecode (javap -c): past that HotSpot never compiles it, and
  // the quote layer ran 50 % slower when it grew to 8,126. New rules go into helpers.
  private Speaker speakerAt(Run run, int cue, int limit, CueLexicon.Cue c) {
    List<Token> toks = run.toks;
    Sentence s = run.doc.sentenceAt(toks.get(cue).start());
    // «وأشار، وفق ما أوردت وكالة الأنباء، إلى أن…»: the agency relays; the subject is dropped
    boolean aside = cue + 2 < toks.size() && toks.get(cue + 1).norm().equals("،") && lex.startAt(toks.get(cue + 2)) != null
        && lex.startAt(toks.get(cue + 2)).attribution();
    Speaker early = relayedOrFramed(run, cue, limit, c, aside, s);
    if (early == null) early = fronted(run, s, cue, c);
    if (early == null) early = hearsayBefore(run, s, cue, c);
    if (early == null) early = postedOn(run, cue, limit);
    if (early != null) return early;
    // «مسلحين أعلنوا الولاء لتنظيم الدولة»: a plural verb carries its subject; it follows no noun it agrees
    // with (that order takes a singular verb), so the noun before it speaks, or the one carried over
    if (!c.participle() && toks.get(cue).norm().endsWith("وا") && s != null) {
      int j = cue - 1;
      if (j >= s.firstToken() && toks.get(j).kind() == Token.Kind.ARABIC) {
        int m = run.mentionAt[j];
        if (m >= 0 && !governed(run, m)) return speakerOf(run, m);
        String n = toks.get(j).norm();
        if (!isPreposition(run, toks.get(j)) && (n.endsWith("ون") || n.endsWith("ين")) && n.length() >= 5 && !verbLike(toks.get(j))) {
          TextSpan span = run.doc.span(toks.get(j).start(), toks.get(j).end());
          return new Speaker(span, null, span.text());
        }
        Speaker counted = sourceBefore(run, j, s);
        if (counted != null) return counted;
      }
    }
    if (!c.participle() && !aside) {
      // «وزير الخارجية، خالد اليماني، من جهته حثَّ الحوثيين على…»: a subject before an appeal's verb;
      // the one after it is appealed to
      if ((c.kind().equals("call") || c.kind().equals("accuse")) && s != null && !conjoined(toks.get(cue))) {
        int j = cue - 1;
        if (j - 1 > s.firstToken() && toks.get(j - 1).norm().equals("من") && (toks.get(j).norm().startsWith("جهت")
            || toks.get(j).norm().startsWith("جانب"))) j -= 2;
        if (j >= s.firstToken() && toks.get(j).norm().equals("،")) j--;
        int m = j >= s.firstToken() ? run.mentionAt[j] : -1; // the subject is in the verb's own sentence
        if (m >= 0 && !governed(run, m) && (run.doc.mentions().get(m).type() == EntityType.PER
            || run.doc.mentions().get(m).type() == EntityType.ORG)) return speakerOf(run, m);
      }
      // right after the verb: an organisation, a country or an anonymous source is the subject
      // («اتهمت بريطانيا روسيا…», «أفادت مصادر قريبة من…»), whoever is named later
      if (cue + 1 < limit) {
        Speaker state = stateNamed(run, cue + 1, limit);
        if (state != null) return state;
        int m = run.mentionAt[cue + 1];
        boolean object = m >= 0 && objectAfter(run, c, m); // «واتهم لندن بممارسة ضغوط»: London is accused, not accusing
        if (m >= 0 && !object && run.doc.mentions().get(m).type() != EntityType.PER
            && run.doc.mentions().get(m).type() != EntityType.MISC) {
          Speaker named = personAfterRole(run, m, limit);
          if (named != null) return named;
          Speaker sp = speakerOf(run, m);
          int end = apposition(run, c, run.doc.mentions().get(m).endToken(), limit);
          if (end == run.doc.mentions().get(m).endToken()) return sp;
          TextSpan span = run.doc.span(sp.span().start(), toks.get(end - 1).end());
          return new Speaker(span, sp.entity(), sp.name() + " " + run.doc.text().substring(sp.span().end(), span.end()).strip());
        }
        // «وصرح علي المقرحي، آمر …»: a first name right after the verb opens its subject, tagged or not
        // («وقال بيان صادر عن…»: «بيان» is a name too, but a masculine verb makes it the statement)
        // («قال أمين عام منظمة أوبك عبدالله البدري»: «أمين» is a role as often as a name)
        if (m < 0 && WordLists.firstNames().contains(toks.get(cue + 1).norm()) && !isPreposition(run, toks.get(cue + 1))
            && !lex.isRoleHead(toks.get(cue + 1))
            && !(DOCUMENTS.contains(toks.get(cue + 1).stem()) && c.gender() != 'f')) {
          int end = cue + 2;
          while (end < limit && end - cue <= 4 && toks.get(end).isWord() && !isPreposition(run, toks.get(end))
              && !lex.isComplementizer(toks.get(end)) && lex.cueAt(toks.get(end)) == null && !run.inDate[end]) end++;
          TextSpan span = run.doc.span(toks.get(cue + 1).start(), toks.get(end - 1).end());
          return new Speaker(span, entityNamed(run, span.text()), span.text());
        }
        Speaker counted = countedSource(run, cue + 1, limit, c);
        if (counted != null) return counted;
      }
      // «في الوقت الذي أكدت فيه الحكومة أن…»: a pronoun on a preposition after the verb points back; the subject follows it
      int subject = cue + 1 < limit && isPreposition(run, toks.get(cue + 1))
          && !WordLists.prepositions().contains(toks.get(cue + 1).norm()) ? cue + 2 : cue + 1;
      while (subject < limit && lex.isAdverb(toks.get(subject))) subject++; // «وتقول أيضا إن…»
      // «وأوضح من جهته مساعد مدير المستشفى … الدكتور علي الغامدي، أنه…»: «for his part» before the subject
      if (subject + 2 < limit && toks.get(subject).norm().equals("من") && OTHER_PARTY.contains(toks.get(subject + 1).stem())) subject += 2;

      // «وأدانت النقابة …، وطالبت الجهات المعنية القيام…»: an appeal joined to a sentence that has quoted
      // someone goes on in that speaker's voice; the noun after it is the one appealed to
      if (c.kind().equals("call") && s != null && appealGoesOn(run, cue, s) && run.last != null && subject < limit
          && (run.mentionAt[subject] < 0 || run.last.entity() != null && run.people().contains(run.last.entity())
              && run.doc.mentions().get(run.mentionAt[subject]).type() != EntityType.PER)
          && !lex.isSource(toks.get(subject)) && !lex.isRoleHead(toks.get(subject))
          && !WordLists.firstNames().contains(toks.get(subject).norm()) && agrees(run, c, run.last)) return run.last;
      // «قالت لهم "حكومة الوفاق" في طرابلس، إن…»: a quoted name right after the verb is its subject
      if (subject + 1 < limit && toks.get(subject).norm().equals("\"") && run.mentionAt[subject + 1] >= 0) {
        Mention x = run.doc.mentions().get(run.mentionAt[subject + 1]);
        if (x.firstToken() == subject + 1 && x.type() != EntityType.MISC && x.endToken() < limit
            && toks.get(x.endToken()).norm().equals("\"")) return speakerOf(run, run.mentionAt[subject + 1]);
      }
      int max = Math.min(limit, subject + PERSON_WINDOW);
      // «أعربت امرأة من سكان تاورغاء تدعى غزالة عوض عن…»: the subject is the one it is called
      for (int j = subject; j + 1 < max && toks.get(j).isWord(); j++) {
        int m = run.mentionAt[j + 1];
        if (WordLists.isCalled(toks.get(j)) && m >= 0 && run.doc.mentions().get(m).type() == EntityType.PER) {
          return speakerOf(run, m);
        }
        if (lex.cueAt(toks.get(j)) != null) break; // «تدّعي» claims is written as «تدعى» is called: asked first
      }
      boolean inRole = false, inClause = false;
      for (int j = subject; j < max; j++) {
        int m = run.mentionAt[j];
        if (m >= 0 && run.doc.mentions().get(m).type() == EntityType.PER) {
          if (inClause) break;
          // «وأشارت خطيبة خاشقجي إلى أنه…»: the fiancée speaks, not the man she is named by
          int f = run.doc.mentions().get(m).firstToken();
          // «وقال والد إحداهن لبي بي سي»: after a kin noun, a name behind «لـ» is spoken to
          if (f > subject + 1 && lex.isRelational(toks.get(subject)) && (toks.get(f - 1).norm().startsWith("ل")
              || toks.get(f).norm().startsWith("ل"))) break;
          if (f <= subject + 1 && told(toks.get(subject), f > subject)) break; // «وقال لشبكة فوكس نيوز، إن…»: spoken to
          if (f - 1 > cue && lex.isRelational(toks.get(f - 1))) {
            TextSpan span = run.doc.span(toks.get(f - 1).start(), run.doc.mentions().get(m).end());
            return new Speaker(span, null, span.text());
          }
          return speakerOf(run, m);
        }
        Token t = toks.get(j);
        // a role, or a relative clause describing the subject («السياسي الذي ينتمي لحزب … مارتن سيكرت»),
        // may hold prepositions before the name; a relative clause after an institution is about it
        // («المكتب الإعلامي لحزب "أرض الآباء" الذي تنتمي إليه تيموشينكو»), and the person in it is not the subject
        if (RELATIVES.contains(t.norm()) && j > subject && toks.get(subject).article() && !lex.isRoleHead(toks.get(subject))
            && !toks.get(subject).norm().endsWith("ي")) break;
        // «متحدث باسم قوات الجيش التي يقودها … خليفة حفتر»: a person inside a relative clause with its own
        // verb is not the subject; one after the clause's closing comma is («، الذي يعيش في…، مصطفى قريمة،»), and a
        // clause right after the subject's head describes it («السياسي الذي ينتمي لحزب … مارتن سيكرت»)
        if (RELATIVES.contains(t.norm()) && j > subject + 1 && j + 1 < max && verbLike(toks.get(j + 1))) inClause = true;
        if (t.norm().equals("،")) inClause = false;
        inRole |= lex.isRoleHead(t) || RELATIVES.contains(t.norm());
        if (t.kind() == Token.Kind.PUNCT && !t.norm().equals("\"") && !t.norm().equals("،") && !t.norm().equals(",")) break;
        if (lex.cueAt(t) != null && !between(run, j)) break; // («وزيرة شؤون المساواة بين الجنسين مارلين شيابا»)
        // «أكد وزير الخارجية، في المؤتمر مع الوزير عادل الجبير، أن»: a person after «مع» is not the subject,
        // but one after a role's preposition is («الممثل الخاص … إلى ليبيا برناردينو ليون»)
        if (!inRole && isPreposition(run, t)) break;
        if (inRole && t.norm().equals("مع")) break;
        // «وأكد المسؤول اليمني في خطاب لمفوضية … زيد رعد الحسين أن»: past where it was said and to whom, the name is the addressee's
        if (j + 2 < max && WordLists.addressedVenue(toks, j)) break;
      }
      for (int j = subject; j < Math.min(limit, subject + 4); j++) {
        int m = run.mentionAt[j];
        Token t = toks.get(j);
        if (m >= 0 && governed(run, m)) break; // «انضم لداعش»: not a subject
        if (m >= 0) {
          EntityType type = run.doc.mentions().get(m).type();
          // «ذكر رئيس جمعية الإعلاميين، توران قشلاقجي، أن», «السياسي عضو لجنة الشؤون…»: the organisation
          // only qualifies the role
          // «وقال والد إحداهن لبي بي سي إن»: after a kin noun the organisation is spoken to
          if (j > cue + 1 && (lex.isRoleHead(toks.get(cue + 1)) || lex.isRoleHead(toks.get(j - 1))
              || lex.isRelational(toks.get(subject)))) break;
          // «قالت نقابة أعضاء هيئة التدريس…»: the organisation's own head noun opens the subject;
          // «طالبت النقابة رئاسة جامعة صنعاء أن…»: after a definite subject, the organisation is addressed
          if (j > subject && (lex.isOrgHead(toks.get(subject)) && !toks.get(subject).article()
              || c.kind().equals("call") && isDefiniteNoun(toks.get(subject)) && run.mentionAt[subject] < 0)) break;
          // «قالت مصر», «أعلنت تركيا»: a country right after the verb speaks through its government; not
          // when it is the object of an accusation or an appeal («واتهم لندن بممارسة…»)
          if (type == EntityType.ORG && !objectAfter(run, c, m) || (type == EntityType.LOC && j == cue + 1 && !objectAfter(run, c, m))) {
            return speakerOf(run, m);
          }
        }
        // «دعمها للجماعات» is no subject; nor «وأوضحت القوات التي تضم فصائل…», inside a relative clause
        if (RELATIVES.contains(t.norm())) break;
        if (lex.isSource(t) && !t.prefix().contains("ل") && !objectPlural(run, cue, c, j)) return sourcePhrase(run, j);
        if (isPreposition(run, t) || (t.kind() == Token.Kind.PUNCT && !t.norm().equals("\""))) break;
      }
      // «الذي يقول المحققون البريطانيون أنه»: the words between the verb and its أن name its subject
      if (subject < limit && limit < toks.size() && lex.isComplementizer(toks.get(limit)) && limit - subject <= 4) {
        boolean plain = true;
        for (int j = subject; j < limit; j++) {
          plain &= toks.get(j).isWord() && !isPreposition(run, toks.get(j)) && !run.inDate[j] && lex.cueAt(toks.get(j)) == null;
        }
        if (plain) {
          TextSpan span = run.doc.span(toks.get(subject).start(), toks.get(limit - 1).end());
          int m = run.mentionAt[subject];
          return m >= 0 && run.doc.mentions().get(m).end() == span.end() ? speakerOf(run, m)
              : new Speaker(span, entityNamed(run, span.text()), span.text());
        }
      }
      // «وكان مسؤولون إثيوبيون، قد أعلنوا»: an anonymous source before the verb, across «قد» and a comma
      for (int j = cue - 1; j >= Math.max(s == null ? 0 : s.firstToken(), cue - 5); j--) {
        Token t = toks.get(j);
        if (lex.isSource(t) && !lex.isRoleHead(t)) return sourcePhrase(run, j);
        if (!(t.norm().equals("قد") || t.norm().equals("،") || t.isWord() && t.kind() == Token.Kind.ARABIC && !t.article()
            && j < cue - 1 && j > cue - 4)) break;
      }
      // «لكن المشتبه فيه يقول إنه…»: a definite subject opening its clause before the verb
      if (s != null) {
        int j = cue - 1;
        if (j > s.firstToken() && isPreposition(run, toks.get(j)) && !WordLists.prepositions().contains(toks.get(j).norm())) j--;
        // «لكن منتقدين يقولون إن…», «لكن قيادات أمنية تقول إن…»: an indefinite plural noun (and its nisba)
        // opening the clause is one too
        if (j > s.firstToken() + 1 && j == cue - 1 && isNisba(toks.get(j)) && !CLAUSE_OPENERS.contains(toks.get(j - 1).norm())
            && pluralNoun(toks.get(j - 1)) && CLAUSE_OPENERS.contains(toks.get(j - 2).norm())) {
          TextSpan span = run.doc.span(toks.get(j - 1).start(), toks.get(j).end());
          return new Speaker(span, null, span.text());
        }
        boolean plural = j > s.firstToken() && j == cue - 1 && CLAUSE_OPENERS.contains(toks.get(j - 1).norm()) && pluralNoun(toks.get(j));
        if (j >= s.firstToken() && (isDefiniteNoun(toks.get(j)) || plural) && run.mentionAt[j] < 0 && !lex.isSource(toks.get(j))
            && (j == s.firstToken() || CLAUSE_OPENERS.contains(toks.get(j - 1).norm()))) {
          TextSpan span = run.doc.span(toks.get(j).start(), toks.get(cue - 1).end());
          return new Speaker(span, null, span.text());
        }
        Speaker joined = joinedTopic(run, s, cue);
        if (joined != null) return joined;
      }
      // «وزير الخارجية اليمني كشف أن…»: a role phrase opening the sentence, right before its verb
      if (s != null && toks.get(cue).prefix().isEmpty() && cue - s.firstToken() >= 2 && cue - s.firstToken() <= 5
          && lex.isRoleHead(toks.get(s.firstToken()))) {
        boolean plain = true;
        for (int k = s.firstToken(); k < cue; k++) {
          Token t = toks.get(k);
          plain &= t.kind() == Token.Kind.ARABIC && !isPreposition(run, t) && lex.cueAt(t) == null && !RELATIVES.contains(t.norm());
        }
        if (plain) {
          TextSpan span = run.doc.span(toks.get(s.firstToken()).start(), toks.get(cue - 1).end());
          return new Speaker(span, entityNamed(run, span.text()), span.text());
        }
      }
      // «الشرطة الشيشانية، من جانبها، ذكرت أنها…»: the noun phrase opening the sentence, set off by an aside
      if (s != null) {
        int a = asideBefore(run, cue);
        int f = s.firstToken();
        if (a > f && a - f <= 4 && isDefiniteNoun(toks.get(f))) {
          boolean plain = true;
          for (int k = f; k < a; k++) plain &= toks.get(k).kind() == Token.Kind.ARABIC && !isPreposition(run, toks.get(k));
          if (plain) {
            int m = run.mentionAt[f];
            if (m >= 0 && run.doc.mentions().get(m).endToken() == a) return speakerOf(run, m);
            TextSpan span = run.doc.span(toks.get(f).start(), toks.get(a - 1).end());
            return new Speaker(span, entityNamed(run, span.text()), span.text());
          }
        }
      }
      Speaker document = documentOpening(run, s, cue, c);
      if (document != null) return document;
      // «وكانت رئيسة الوزراء البريطانية تيريزا ماي قد أكدت أنه…»: the subject sits between كان and قد
      Speaker before = betweenKanaAndQad(run, cue, s);
      if (before != null) return before;
      Speaker opening = sharedSubject(run, s, cue, c);
      if (opening != null) return opening;
      // subject before the verb: «اللواء المسماري أشار…», «وكانت الولايات المتحدة وفرنسا دعت…»; not before a
      // verb joined by «و» («…بشأن بيونغيانغ ووصفتها»: the noun ends the clause before)
      for (int j = cue - 1; !conjoined(toks.get(cue)) && j >= Math.max(s == null ? 0 : s.firstToken(), cue - 2); j--) {
        if (RELATIVES.contains(toks.get(j).norm())) break; // «سكريبال الذي يقول»: the antecedent is not the speaker
        // «…لخداع التنظيم حيث كشفت صحيفة…»: a clause opened by «حيث» has its subject after the verb
        if (toks.get(j).norm().equals("حيث") || SUBORDINATORS.contains(toks.get(j).norm())) break;
        int m = run.mentionAt[j];
        if (m >= 0) {
          Mention x = run.doc.mentions().get(m);
          EntityType type = x.type();
          // «وحسب رويترز، قال السياسي…»: the agency of an attribution is not the subject
          CueLexicon.Start st = x.firstToken() > 0 ? lex.startAt(toks.get(x.firstToken() - 1)) : null;
          if (st != null && st.attribution()) break;
          Speaker role = roleOfBody(run, x, s, cue);
          if (role != null) return role;
          if (!governed(run, m) && (type == EntityType.PER || type == EntityType.ORG
              || (type == EntityType.LOC && j == cue - 1 && !inConstruct(run, x)))) {
            return coordinated(run, m);
          }
          break;
        }
      }
      // «حينما دعت المسلمين إلى…»: a verb in a subordinate clause, its subject dropped, shares the
      // sentence's subject; what follows it is its object
      if (s != null && cue > s.firstToken() && SUBORDINATORS.contains(toks.get(cue - 1).norm())
          && (subject >= toks.size() || run.mentionAt[subject] < 0)) {
        for (int j = cue - 2; j >= s.firstToken(); j--) {
          int m = run.mentionAt[j];
          if (m >= 0 && run.doc.mentions().get(m).type() == EntityType.PER && !governed(run, m)) return speakerOf(run, m);
        }
      }
      // «خرج الأخير في حوار حصري … ليؤكد أن…»: a verb of purpose («لـ» and the present), its subject
      // dropped, is said by the subject before it: the nearest person, or «الأخير», the one named last
      if (s != null && cue > s.firstToken() && purpose(toks.get(cue))
          && (subject >= toks.size() || run.mentionAt[subject] < 0)) {
        for (int j = cue - 1; j >= s.firstToken(); j--) {
          String n = toks.get(j).norm();
          if (n.equals("الاخير") || n.equals("الاخيره")) {
            TextSpan span = run.doc.span(toks.get(j).start(), toks.get(j).end());
            return byRole(run, new Speaker(span, null, span.text()), j);
          }
          int m = run.mentionAt[j];
          if (m >= 0 && run.doc.mentions().get(m).type() == EntityType.PER && !governed(run, m)) return speakerOf(run, m);
        }
      }
      // «"أبو بلال"، الذي قال لها إن…»: a relative clause's verb with no subject of its own speaks
      // for the antecedent
      if (cue > 0 && RELATIVES.contains(toks.get(cue - 1).norm()) && subject < toks.size()
          && (lex.isComplementizer(toks.get(subject)) || !toks.get(subject).isWord())) {
        for (int j = cue - 2; j >= Math.max(0, cue - 4); j--) {
          int m = run.mentionAt[j];
          if (m >= 0) return speakerOf(run, m);
          // «التقارير التي تؤكد أن…»: a plain definite noun is the antecedent too
          if (j == cue - 2 && isDefiniteNoun(toks.get(j)) && toks.get(j).prefix().isEmpty() && !RELATIVES.contains(toks.get(j).norm())
              && !governedAdjective(toks, j)) {
            TextSpan span = run.doc.span(toks.get(j).start(), toks.get(j).end());
            return new Speaker(span, null, span.text());
          }
          if (toks.get(j).isWord()) break;
        }
      }
      Speaker described = describedSubject(run, subject, limit);
      if (described != null) return described;
      // «وقالت زوجة الراحل إنها…», «وقالت رئيسة الوزراء تيريزا ماي إنها…»: the words between the verb and
      // its أن are its subject when they are few and start with a noun, not a preposition
      // («أكد وزير خارجية مصر، في المؤتمر…»: a role phrase up to the first comma is one too)
      if (subject < limit && toks.get(subject).isWord() && !isPreposition(run, toks.get(subject)) && !run.inDate[subject]
          && !TEMPORAL.contains(toks.get(subject).norm())) { // «وقالت قبل ساعات إن…»: a time, not a subject
        int end = subject;
        while (end < limit && end - subject < 6 && toks.get(end).isWord() && !isPreposition(run, toks.get(end)) && !run.inDate[end]
            && !lex.isComplementizer(toks.get(end)) && lex.cueAt(toks.get(end)) == null
            && !(toks.get(end).prefix().startsWith("ل") && !toks.get(end).article()) // «لإعطائها»: a purpose, not a name
            && !objectAfterRole(run, c, subject, end)) end++;
        boolean toThat = end == limit && limit < toks.size() && lex.isComplementizer(toks.get(limit))
            || end == limit - 1 && lex.isComplementizer(toks.get(limit - 1))
            // «وخلص تقرير الطب النفسي إلى أن…»
            || end == limit - 2 && isPreposition(run, toks.get(end)) && lex.isComplementizer(toks.get(limit - 1))
            // «وقال ترمب، الجمعة، إن…», «وقال ترمب، في وقت سابق، إن…»: an aside between commas
            || asideToThat(run, end, limit);
        // «قال مسعفون أمس إن…»: a date may stand between the subject and «إن»
        int skip = end;
        while (skip < limit && run.inDate[skip]) skip++;
        toThat |= skip > end && (skip == limit - 1 && lex.isComplementizer(toks.get(skip))
            || skip == limit && limit < toks.size() && lex.isComplementizer(toks.get(limit)));
        // «أعلن مستشفى في بريطانيا الجمعة أن…», «وأوضح مركز الدفاع المدني في المحافظة لـ"سكاي نيوز" أن…»:
        // one place phrase (a date, an addressee) between a subject of up to three words and «أن»
        if (!toThat && end - subject <= 3 && end + 1 < limit && toks.get(end).norm().equals("في") && toks.get(end + 1).isWord()) {
          int p = run.mentionAt[end + 1] >= 0 ? run.doc.mentions().get(run.mentionAt[end + 1]).endToken() : end + 2;
          while (p < limit && run.inDate[p]) p++;
          p = afterAddressee(run, p, limit);
          toThat = p == limit - 1 && lex.isComplementizer(toks.get(p)) || p == limit && limit < toks.size() && lex.isComplementizer(toks.get(limit));
        }
        boolean named = WordLists.firstNames().contains(toks.get(subject).norm()) && end - subject < 4;
        // «وقالت لجنة الشؤون الخارجية في المجلس…»: a committee speaks as a role does
        if (end > subject && (toThat || named || lex.isRoleHead(toks.get(subject)) || lex.isOrgHead(toks.get(subject)))) {
          end = apposition(run, end, limit);
          TextSpan span = run.doc.span(toks.get(subject).start(), toks.get(end - 1).end());
          return new Speaker(span, entityNamed(run, span.text()), span.text());
        }
      }
      // «ذكرت الوكالة», «قالت الخارجية الأمريكية»: a definite noun phrase right after the verb is its subject
      if (subject < limit && isDefiniteNoun(toks.get(subject)) && !run.inDate[subject] && !topicOfClause(run, cue, subject, c)
          && !obliquePlural(toks.get(subject))) {
        int end = subject + 1;
        // the noun and a singular nisba after it: «الخارجية المصرية», not «البيان الليبيين»
        while (end < limit && end - subject < 3 && isDefiniteNoun(toks.get(end)) && !RELATIVES.contains(toks.get(end).norm())
            && (toks.get(end).norm().endsWith("يه") || toks.get(end).norm().endsWith("ي"))) end++;
        int named = apposition(run, c, end, limit); // «قال المرشد الإيراني، علي خامنئي، إن…»
        TextSpan span = run.doc.span(toks.get(subject).start(), toks.get(named - 1).end());
        return new Speaker(span, named > end ? entityNamed(run, span.text()) : null, span.text());
      }
      // «… نائف البكري عبر مداخلة هاتفية أوضح من خلالها …»: a verb inside the sentence, with no
      // subject of its own, belongs to the person last named before it in that sentence
      if (s != null && cue > s.firstToken() && !toks.get(cue).prefix().startsWith("و") && run.lastSentence != s.index()) {
        // «أوردت الوكالة مواقف خامنئي … إذ قال أمامه أن…»: the one quoted before, named here again
        if (run.last != null && run.last.entity() != null) {
          for (int j = s.firstToken(); j < cue; j++) {
            int m = run.mentionAt[j];
            org.rasid.doc.Entity e = m < 0 ? null : run.doc.entityOf(m);
            if (e != null && e.id().equals(run.last.entity())) return run.last;
          }
        }
        for (int j = cue - 1; j >= s.firstToken(); j--) {
          int m = run.mentionAt[j];
          if (m >= 0 && run.doc.mentions().get(m).type() == EntityType.PER && !withParty(run, m)) return speakerOf(run, m);
        }
      }
      // «أصدرت وزارة الداخلية بياناً أكدت فيه…»: the verb of a statement's description speaks for whoever issued it
      if (s != null && cue > s.firstToken() && DOCUMENTS.contains(accusativeless(toks.get(cue - 1).stem())) && !toks.get(cue - 1).article()
          && cue + 1 < toks.size() && inIt(toks.get(cue + 1))) {
        Speaker issuer = sentenceSubject(run, s, cue - 1);
        if (issuer != null) return issuer;
      }
      // «ونعت وزارة الداخلية … وأشارت في بيان إلى أنهما…»: a second verb of the sentence, its subject
      // dropped, shares the subject of the first
      if (s != null && cue > s.firstToken() + 1 && toks.get(cue).prefix().startsWith("و") && run.lastSentence != s.index()
          && cue + 1 < toks.size() && (!toks.get(cue + 1).isWord() || isPreposition(run, toks.get(cue + 1))
              || lex.isComplementizer(toks.get(cue + 1)) || topicOfClause(run, cue, cue + 1, c))) {
        Speaker shared = sharedSubject(run, s, cue);
        if (shared != null && agrees(run, c, shared)) return shared;
      }
    } else if (s != null && cue > s.firstToken()) {
      // «نقلا عن المتحدث باسم الوزارة قوله إن»: the party after «عن» just before a verbal noun said it
      for (int j = cue - 1; j >= Math.max(s.firstToken(), cue - 7); j--) {
        if (toks.get(j).norm().equals("عن") && j + 1 < cue) {
          TextSpan span = run.doc.span(toks.get(j + 1).start(), toks.get(cue - 1).end());
          int m = run.mentionAt[j + 1];
          return m >= 0 ? speakerOf(run, m) : new Speaker(span, entityNamed(run, span.text()), span.text());
        }
        if (!toks.get(j).isWord()) break;
      }
    }
    Speaker clause = c.participle() && s != null && run.lastSentence == s.index() ? ownClauseSubject(run, s, cue, c) : null;
    if (clause != null) return clause;
    if (c.participle() && s != null && run.lastSentence != s.index()) {
      // a participle or «بقوله» whose clause has no quote yet: the nearest person before it in the
      // sentence, one in subject position first («ظهر توفيق عكاشة معلناً تأييده للرئيس السيسي، داعياً…»)
      for (int pass = 0; pass < 2; pass++) {
        for (int j = cue - 1; j >= s.firstToken(); j--) {
          int m = run.mentionAt[j];
          if (m >= 0 && run.doc.mentions().get(m).type() == EntityType.PER && (pass == 1 || !governed(run, m))) {
            return speakerOf(run, m);
          }
        }
      }
      // «وكان صندوق النقد الدولي رفع توقعاته…، مشيراً إلى أن…»: with no person, an organisation that
      // opens the sentence is its subject
      Speaker organisation = sentenceSubject(run, s, Math.min(cue, s.firstToken() + 3));
      if (organisation != null) return organisation;
    }
    // «من جانبه، تقدم الوزير رياض المالكي بالشكر… واقترح أن…»: a verb opening a sentence with its
    // subject dropped continues the person the sentence before was about, when that one quoted nobody
    if (!c.participle() && s != null && s.index() > 0 && run.lastSentence < s.index() - 1
        && cue - s.firstToken() <= 1 && cue + 1 < toks.size() && (!toks.get(cue + 1).isWord()
            || isPreposition(run, toks.get(cue + 1)) || lex.isComplementizer(toks.get(cue + 1)))) {
      Sentence prev = run.doc.sentences().get(s.index() - 1);
      for (int j = prev.firstToken(); j < prev.endToken(); j++) {
        int m = run.mentionAt[j];
        if (m < 0 || run.doc.mentions().get(m).type() != EntityType.PER || governed(run, m)) continue;
        Speaker sp = speakerOf(run, m);
        if (agrees(run, c, sp)) return sp;
        break;
      }
    }
    Speaker described = documentDescribed(run, s, cue, c);
    if (described != null) return described;
    // dropped subject or a participle: the previous speaker goes on, if recent and if the verb agrees
    if (run.last != null && s != null && s.index() - run.lastSentence <= MAX_CARRY && agrees(run, c, run.last)
        && !opensParagraph(run, cue, c)) return run.last;
    return null;
  }

  /**
   * «22 شاهد عيان قالوا إنهم…»: a source noun ending at or one word before {@code j}, with the count
   * before it, is the subject of the plural verb after it.
   */
  private Speaker sourceBefore(Run run, int j, Sentence s) {
    List<Token> toks = run.toks;
    int head = lex.isSource(toks.get(j)) ? j : j - 1 >= s.firstToken() && lex.isSource(toks.get(j - 1)) ? j - 1 : -1;
    if (head < 0 || toks.get(head).article()) return null;
    int first = head - 1 >= s.firstToken() && toks.get(head - 1).kind() == Token.Kind.NUMBER ? head - 1 : head;
    TextSpan span = run.doc.span(toks.get(first).start(), toks.get(j).end());
    return new Speaker(span, null, span.text());
  }

  private static final CueLexicon.Cue CAME_IN = new CueLexicon.Cue("say", false, false, false);

  /** «أعلنت دولة الإمارات العربية المتحدة…»: «دولة» before a country's name is part of who speaks. */
  private Speaker stateNamed(Run run, int at, int limit) {
    Token t = run.toks.get(at);
    if (at + 1 >= limit || t.kind() != Token.Kind.ARABIC || t.article() || !t.prefix().isEmpty() || !t.stem().equals("دوله")) return null;
    int m = run.mentionAt[at + 1];
    if (m < 0 || run.doc.mentions().get(m).firstToken() != at + 1 || run.doc.mentions().get(m).type() != EntityType.LOC) return null;
    Speaker country = speakerOf(run, m);
    return new Speaker(run.doc.span(t.start(), country.span().end()), country.entity(),
        run.doc.text().substring(t.start(), t.end()) + " " + country.name());
  }

  /** «في مقابلة لكوك مع الزميل فريد زكريا، حيث قال»: the one «مع» names is spoken with, not the speaker. */
  private static boolean withParty(Run run, int m) {
    int first = run.doc.mentions().get(m).firstToken();
    // a title may stand between («مع الزميل فريد زكريا»)
    for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
      String w = run.toks.get(k).norm();
      if (w.equals("مع") || w.equals("ومع")) return true;
      if (run.toks.get(k).kind() != Token.Kind.ARABIC || !run.toks.get(k).prefix().isEmpty()) return false;
    }
    return false;
  }

  /**
   * «أعلن في سويسرا السبت عن وفاة…» opening a paragraph of a news round-up: a verb with no
   * conjunction and no subject at a paragraph's start is impersonal; it does not carry on the last
   * paragraph's speaker, as «وأضاف» would. Only announcing and informing verbs, whose passives
   * («أُعلن», «أُفيد») are written alike: «قالت إنه…» opening a paragraph still goes on.
   */
  private static boolean opensParagraph(Run run, int cue, CueLexicon.Cue c) {
    Token t = run.toks.get(cue);
    String kind = c.kind();
    if (c.participle() || conjoined(t) || !(kind.equals("announce") || kind.equals("inform"))) return false;
    // a subject follows unless a preposition or punctuation does («أعلن مكتب…» is not impersonal)
    if (cue + 1 >= run.toks.size() || run.toks.get(cue + 1).isWord() && !isPreposition(run, run.toks.get(cue + 1))) return false;
    String text = run.doc.text();
    int k = t.start() - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00A0')) k--;
    return k >= 0 && text.charAt(k) == '\n';
  }

  /**
   * Where an aside between commas right before the verb begins («…، من جانبها، ذكرت», «…، بدوره،
   * أكد»): the index of its first comma, or -1.
   */
  private int asideBefore(Run run, int cue) {
    List<Token> toks = run.toks;
    if (cue < 3 || !toks.get(cue - 1).norm().equals("،")) return -1;
    Token w = toks.get(cue - 2);
    if (lex.isAdverb(w) && toks.get(cue - 3).norm().equals("،")) return cue - 3;
    String n = w.norm();
    if (cue >= 4 && (n.startsWith("جانب") || n.startsWith("جهت") || n.startsWith("ناحيت")) && toks.get(cue - 3).norm().equals("من")
        && toks.get(cue - 4).norm().equals("،")) return cue - 4;
    return -1;
  }

  /**
   * Subjects that describe rather than name: «عدد من المنظمات», «هذه الجهات», «أسرى يمنيون»,
   * «مشرع من حزب البديل». Null when the words at {@code at} are none of these.
   */
  private Speaker describedSubject(Run run, int at, int limit) {
    List<Token> toks = run.toks;
    if (at + 1 >= limit) return null;
    Token a = toks.get(at), b = toks.get(at + 1);
    // «وأعلنت 10 دول آسيوية…»: a count of a plural noun, with its nisba
    if (a.kind() == Token.Kind.NUMBER && b.kind() == Token.Kind.ARABIC && !b.article() && b.prefix().isEmpty()
        && run.mentionAt[at + 1] < 0 && lex.cueAt(b) == null && !isPreposition(run, b)) {
      int e = at + 2;
      if (e < limit && toks.get(e).kind() == Token.Kind.ARABIC && WordLists.demonyms().containsKey(toks.get(e).norm())) e++;
      TextSpan span = run.doc.span(a.start(), toks.get(e - 1).end());
      return new Speaker(span, null, span.text());
    }
    if (a.kind() != Token.Kind.ARABIC || isPreposition(run, a) || lex.isComplementizer(a) || lex.cueAt(a) != null) return null;
    int end = -1;
    // «وأوضح بيان صادر عن وزير الدفاع موشيه يعالون أن…»: a statement speaks for whoever issued it
    // «وقال مكتب ماي في بيان»: the office of someone the tagger did not name
    if (lex.isRelational(a) && b.kind() == Token.Kind.ARABIC && !b.article() && run.mentionAt[at + 1] < 0
        && !isPreposition(run, b) && lex.cueAt(b) == null && !lex.isComplementizer(b)) {
      TextSpan span = run.doc.span(toks.get(at).start(), b.end());
      return new Speaker(span, null, span.text());
    }
    if (DOCUMENTS.contains(a.stem())) {
      int p = at + 1;
      // «بيان مقتضب نشره…», «بيان رسمي صادر عن…»: an adjective of the statement may come first
      if (p + 1 < limit && describesDocument(run, p)) p++;
      if (p < limit && (toks.get(p).stem().equals("صادر") || toks.get(p).stem().equals("صادره"))) p++;
      if (p < limit && toks.get(p).norm().equals("عن")) {
        for (int k = p + 1; k < limit && k <= p + 5; k++) {
          int m = run.mentionAt[k];
          if (m >= 0 && run.doc.mentions().get(m).type() != EntityType.LOC) return speakerOf(run, m);
        }
      }
      // «وأفاد بيان نشره المركز الإعلامي للمحور، إن…»: a verb of issuing, its pronoun the statement,
      // names who issued it (a weekday between at most), a body the tagger did not name included
      if (p + 1 < limit && issuedIt(toks.get(p))) {
        int k = p + 1;
        if (WEEKDAYS.contains(toks.get(k).norm()) && k + 1 < limit) k++;
        int m = run.mentionAt[k];
        if (m >= 0 && run.doc.mentions().get(m).type() != EntityType.LOC && run.doc.mentions().get(m).firstToken() == k) return speakerOf(run, m);
        // (the pronoun is the object: a definite noun after it is the subject, «المركز الإعلامي»)
        Token u = toks.get(k);
        if (m < 0 && (lex.isSource(u) || lex.isOrgHead(u) || genitive(run, k))) return sourcePhrase(run, k);
      }
      // «وقال بيان للجيش الليبي:»: the statement of whoever follows «لـ»
      int m = p < limit ? run.mentionAt[p] : -1;
      if (p == at + 1 && m >= 0 && toks.get(p).prefix().startsWith("ل") && run.doc.mentions().get(m).type() != EntityType.LOC) {
        return speakerOf(run, m);
      }
      return null;
    }
    if (a.norm().equals("عدد") && b.norm().equals("من") && at + 2 < limit && toks.get(at + 2).isWord()) {
      end = at + 3;
    } else if (DEMONSTRATIVES.contains(a.norm()) && b.kind() == Token.Kind.ARABIC && b.article()) {
      end = at + 2;
    } else if (!a.article() && a.prefix().isEmpty() && run.mentionAt[at] < 0) {
      if (b.kind() == Token.Kind.ARABIC && !b.article() && WordLists.demonyms().containsKey(b.norm())) end = at + 2;
      else if (b.norm().equals("من") && at + 2 < limit && run.mentionAt[at + 2] >= 0
          && run.doc.mentions().get(run.mentionAt[at + 2]).type() != EntityType.PER) {
        end = run.doc.mentions().get(run.mentionAt[at + 2]).endToken();
      }
    }
    if (end < 0 || end > limit) return null;
    TextSpan span = run.doc.span(toks.get(at).start(), toks.get(end - 1).end());
    return new Speaker(span, null, span.text());
  }

  /**
   * The token after an addressee at {@code p} («لـ"سكاي نيوز عربية"», «لرويترز»), or {@code p} when none
   * stands there: a name after «لـ», in quotation marks or not, or one word with «لـ» and no article on it.
   */
  private int afterAddressee(Run run, int p, int limit) {
    List<Token> toks = run.toks;
    if (p >= limit) return p;
    Token t = toks.get(p);
    int q = p;
    if (t.norm().equals("ل")) q++;
    else if (t.kind() == Token.Kind.ARABIC && t.prefix().startsWith("ل") && !t.article()) return p + 1;
    else return p;
    boolean quoted = q < limit && toks.get(q).norm().equals("\"");
    if (quoted) q++;
    if (q >= limit || run.mentionAt[q] < 0) return p;
    q = run.doc.mentions().get(run.mentionAt[q]).endToken();
    if (quoted) {
      if (q >= limit || !toks.get(q).norm().equals("\"")) return p;
      q++;
    }
    return q;
  }

  /** Whether a comma-set aside (a date, a short phrase) runs from {@code from} to the complementizer. */
  private boolean asideToThat(Run run, int from, int limit) {
    List<Token> toks = run.toks;
    if (from >= limit || !toks.get(from).norm().equals("،")) return false;
    int k = from + 1;
    while (k < limit && k - from <= 5 && !toks.get(k).norm().equals("،")) {
      if (!toks.get(k).isWord() || lex.cueAt(toks.get(k)) != null || run.mentionAt[k] >= 0) return false;
      k++;
    }
    if (k >= limit || !toks.get(k).norm().equals("،")) return false;
    k++;
    return k == limit - 1 && lex.isComplementizer(toks.get(k)) || k == limit && limit < toks.size() && lex.isComplementizer(toks.get(limit));
  }

  /**
   * «وقال لقناة الجزيرة إن…», «وقال لشبكة فوكس نيوز، إن…»: a name written with «لـ» right after the verb, or
   * after a word that begins with «ل» ({@code before}: the segmenter may leave «لشبكة» whole), is the one
   * told; a name that itself begins with the letter («لوران فابيوس», «لاورا») is not.
   */
  private static boolean told(Token t, boolean before) {
    return !t.article() && (t.prefix().equals("ل") || before && t.prefix().isEmpty() && t.norm().startsWith("ل") && t.norm().length() >= 5
        && WordLists.commonWords().contains(t.norm().substring(1))); // «لشبكة», not «لاورا باستيانيتو»
  }

  /**
   * Whether mention {@code m} right after an accusing verb is the accused: a «بـ» complement follows it
   * («واتهم لندن بممارسة…»). After an appeal the same shape has the subject («وتطالب واشنطن بتخلي…»).
   * Any cue's: the one urged to do a thing, either of two names, the one told.
   */
  private boolean objectAfter(Run run, CueLexicon.Cue c, int m) {
    int after = run.doc.mentions().get(m).endToken();
    List<Token> toks = run.toks;
    if (told(toks.get(run.doc.mentions().get(m).firstToken()), false)) return true;
    // «وحث أمريكا على لعب دور أكبر»: the one urged, «على/إلى» what to do
    if (c.kind().equals("call") && after < toks.size()
        && (toks.get(after).norm().equals("علي") || toks.get(after).norm().equals("الي"))) return true;
    // «واقترح فرنسا أو ألمانيا…»: a choice between names is what is proposed; no one speaks as «X أو Y»
    if (after < toks.size() && toks.get(after).norm().equals("او")) return true;
    return c.kind().equals("accuse") && after < toks.size() && toks.get(after).kind() == Token.Kind.ARABIC
        && toks.get(after).norm().startsWith("ب") && !toks.get(after).article() && run.mentionAt[after] < 0
        && !lex.isComplementizer(toks.get(after));
  }

  /** The subject between «كان» and «قد» before the cue, or null when the cue does not follow that frame. */
  private Speaker betweenKanaAndQad(Run run, int cue, Sentence s) {
    List<Token> toks = run.toks;
    int first = s == null ? 0 : s.firstToken();
    // «وكانت منظمة الخوذ البيضاء … قالت إن…»: without «قد» only a named party between them counts
    boolean qad = cue - 1 >= first && toks.get(cue - 1).norm().equals("قد");
    int last = qad ? cue - 2 : cue - 1;
    if (last < first) return null;
    for (int b = last; b >= Math.max(first, cue - (qad ? 14 : 10)); b--) {
      Token t = toks.get(b);
      if (t.kind() == Token.Kind.ARABIC && (t.stem().equals("كان") || t.stem().equals("كانت")) && t.prefix().length() <= 1) {
        if (b + 1 > last) return null;
        // «وكان التحالف العسكري بقيادة السعودية في اليمن قد أعلن…»: the subject opens the frame; what
        // follows it describes it
        if (qad && run.mentionAt[b + 1] >= 0 && run.doc.mentions().get(run.mentionAt[b + 1]).firstToken() == b + 1) {
          return speakerOf(run, run.mentionAt[b + 1]);
        }
        // «وكان الناطق باسم المجلس، محمد السلاك، قد أكد…»: the person the description names
        for (int j = b + 2; qad && run.mentionAt[b + 1] < 0 && j <= last; j++) {
          int m = run.mentionAt[j];
          if (m >= 0 && run.doc.mentions().get(m).type() == EntityType.PER && !governed(run, m)) return speakerOf(run, m);
        }
        if (qad && run.mentionAt[b + 1] < 0 && isDefiniteNoun(toks.get(b + 1))) {
          int e = b + 2;
          while (e <= last && run.mentionAt[e] < 0 && toks.get(e).kind() == Token.Kind.ARABIC && toks.get(e).article()
              && toks.get(e).prefix().isEmpty()) e++;
          TextSpan span = run.doc.span(toks.get(b + 1).start(), toks.get(e - 1).end());
          return new Speaker(span, entityNamed(run, span.text()), span.text());
        }
        for (int j = b + 1; j <= last; j++) {
          int m = run.mentionAt[j];
          // with «قد» the frame is certain, and a country speaks too («وكانت روسيا قد أخبرت الأمم المتحدة أن…»)
          if (m >= 0 && !governed(run, m) && (qad || run.doc.mentions().get(m).type() != EntityType.LOC)) return speakerOf(run, m);
        }
        // («وكانت قوة دول الساحل الخمس أعلنت السعي لطردها»: a body named by its head noun, untagged, a few
        // words up to the verb; what follows the verb is its object)
        if (!qad && last - b <= 4 && toks.get(b + 1).kind() == Token.Kind.ARABIC && !toks.get(b + 1).article()
            && toks.get(b + 1).prefix().isEmpty() && lex.isOrgHead(toks.get(b + 1))) {
          TextSpan span = run.doc.span(toks.get(b + 1).start(), toks.get(last).end());
          return new Speaker(span, entityNamed(run, span.text()), span.text());
        }
        if (!qad) return null;
        TextSpan span = run.doc.span(toks.get(b + 1).start(), toks.get(cue - 2).end());
        return new Speaker(span, entityNamed(run, span.text()), span.text());
      }
      if (!t.isWord() && !(qad && t.norm().equals("،")) || !qad && isPreposition(run, t) || lex.isComplementizer(t)
          || lex.cueAt(t) != null) return null;
    }
    return null;
  }

  /**
   * «لكن ممثلة الاتحاد الأوروبي السامية فنّدت…»: a role head before the organisation that ends the subject
   * makes the subject a person, the words from the head to the verb (not «إيران، عضو أوبك، حذرت»: set off
   * by commas, the role describes a subject before it). Null when not so.
   */
  private Speaker roleOfBody(Run run, Mention x, Sentence s, int cue) {
    List<Token> toks = run.toks;
    int head = x.firstToken() - 1;
    if (x.type() != EntityType.ORG || head < 0 || s != null && head < s.firstToken() || !lex.isRoleHead(toks.get(head))
        || head > 0 && toks.get(head - 1).norm().equals("،")) return null;
    TextSpan span = run.doc.span(toks.get(head).start(), toks.get(cue - 1).end());
    return new Speaker(span, null, span.text());
  }

  /** Kinds of cue whose object is a verbal noun on «بـ»: «هدد بفرض», «طالب بإطلاق», «اتهم بدعم», «وعد بتقديم». */
  private static final java.util.Set<String> BY_OBJECT = java.util.Set.of("threaten", "call", "accuse", "promise");

  /**
   * «وأبدى وزير الخارجية البلجيكي استعداد بلاده…»: after an object-taking verb, a bare noun right after
   * the role's nationality is the object, not more of the subject.
   */
  private boolean objectAfterRole(Run run, CueLexicon.Cue c, int subject, int k) {
    List<Token> toks = run.toks;
    if (!c.object() && !c.kind().equals("reveal") || k < subject + 1 || run.mentionAt[k] >= 0) return false;
    Token t = toks.get(k), before = toks.get(k - 1);
    // «وهدد الرئيس الأميركي بفرض ضرائب…», «وطالب الوزير بإطلاق…»: a verbal noun on «بـ» opens the object
    // (the segmenter leaves «ب» on words it cannot tell apart from a stem: a known word after it tells)
    String n = t.norm();
    if (BY_OBJECT.contains(c.kind()) && t.kind() == Token.Kind.ARABIC && !t.article() && n.length() >= 4 && n.charAt(0) == 'ب' && !n.equals("باسم")
        && WordLists.commonWords().contains(n.substring(1))) return true;
    if (k < subject + 2) return false;
    // (only a word the tagger's training knows outside names: «ينس ستولتنبرغ», «ليو هي» go on the name)
    // («المتحدث باسم وزارة الخارجية التركية تفاصيل…»: the nisba of a feminine body too)
    return t.kind() == Token.Kind.ARABIC && !t.article() && (definiteNisba(before) || before.article() && before.norm().endsWith("يه"))
        && WordLists.commonWords().contains(t.norm()) && !t.norm().equals("باسم")
        && !WordLists.firstNames().contains(t.norm()) && lex.isRoleHead(toks.get(subject));
  }

  /**
   * «مرتبط بالهجوم الانتحاري الذي قال إن…»: a nisba after a noun governed by a preposition qualifies a
   * thing named in passing (the attack), not a speaker; the clause's verb is the sentence subject's.
   */
  private static boolean governedAdjective(List<Token> toks, int j) {
    return j > 0 && toks.get(j).norm().endsWith("ي") && toks.get(j - 1).article() && !toks.get(j - 1).prefix().isEmpty()
        && toks.get(j - 1).prefix().charAt(0) != 'و' && toks.get(j - 1).prefix().charAt(0) != 'ف';
  }

  /**
   * «وقرأت مؤخراً تقريراً يتحدث عن دبي، هذه المدينة المدهشة، يقول إنها…»: a present verb with no subject
   * of its own, in a clause describing an indefinite report named a few words before, is the report's.
   */
  private Speaker documentDescribed(Run run, Sentence s, int cue, CueLexicon.Cue c) {
    List<Token> toks = run.toks;
    if (s == null || c.participle() || !toks.get(cue).prefix().isEmpty() || !present(toks.get(cue)) || cue + 1 >= toks.size()
        || !lex.isComplementizer(toks.get(cue + 1))) return null;
    for (int j = cue - 1; j >= Math.max(s.firstToken(), cue - 12); j--) {
      Token t = toks.get(j);
      if (endsQualifiers(run, j)) return null;
      if (t.kind() == Token.Kind.ARABIC && !t.article() && DOCUMENTS.contains(accusativeless(t.stem()))) {
        if (c.gender() != 0 && c.gender() != nounGender(accusativeless(t.stem()))) return null;
        TextSpan span = run.doc.span(t.start(), t.end());
        return new Speaker(span, null, span.text());
      }
    }
    return null;
  }

  /**
   * A report or statement opening the sentence speaks through its verb: «تقرير لمنظمة العفو الدولية
   * وجمعية … يكشف أن…» (the verb right after its long subject), «التقرير صدر يوم أمس، ويقول إن…» (a second
   * verb, its subject dropped). Linked to the first organisation named in it; null when not so.
   */
  private Speaker documentOpening(Run run, Sentence s, int cue, CueLexicon.Cue c) {
    List<Token> toks = run.toks;
    if (s == null || cue - s.firstToken() < 2 || cue - s.firstToken() > 12) return null;
    Token head = toks.get(s.firstToken());
    if (!head.prefix().isEmpty() || !DOCUMENTS.contains(accusativeless(head.stem()))) return null;
    if (c.gender() != 0 && c.gender() != nounGender(head.stem())) return null;
    int end;
    if (toks.get(cue).prefix().isEmpty()) {
      end = cue; // the verb right after its subject: nothing but words and quote marks between
      for (int k = s.firstToken() + 1; k < cue; k++) {
        Token t = toks.get(k);
        if (!t.isWord() && !t.norm().equals("\"") || lex.cueAt(t) != null || RELATIVES.contains(t.norm())) return null;
      }
    } else {
      end = s.firstToken() + 1; // «…، ويقول إن»: the topic alone, and nothing after the verb but what it says
      if (!head.article() || cue + 1 >= toks.size() || toks.get(cue - 1).norm().equals("،") == false
          || toks.get(cue + 1).isWord() && !lex.isComplementizer(toks.get(cue + 1))) return null;
      for (int k = end; k < cue; k++) if (run.mentionAt[k] >= 0 || lex.cueAt(toks.get(k)) != null) return null;
    }
    TextSpan span = run.doc.span(head.start(), toks.get(end - 1).end());
    for (int k = s.firstToken() + 1; k < end; k++) {
      int m = run.mentionAt[k];
      if (m >= 0 && run.doc.mentions().get(m).type() == EntityType.ORG) {
        Speaker body = speakerOf(run, m);
        return new Speaker(span, body.entity(), body.name());
      }
    }
    return new Speaker(span, null, span.text());
  }

  /**
   * «…، والبعض يعتقد أن…»: a definite noun joined by «و» right before the verb, opening its clause, is
   * the verb's subject (the span leaves the «و» out).
   */
  private Speaker joinedTopic(Run run, Sentence s, int cue) {
    List<Token> toks = run.toks;
    int j = cue - 1;
    if (j < s.firstToken() || !toks.get(cue).prefix().isEmpty()) return null;
    Token t = toks.get(j);
    // (not «، والذي يوضح…», a relative pronoun; not «والاثنين أعلن…», a day)
    if (t.kind() != Token.Kind.ARABIC || !t.article() || !t.prefix().equals("و") || run.mentionAt[j] >= 0 || lex.isSource(t)
        || lex.cueAt(t) != null || run.inDate[j] || weekday(t.lexeme()) || RELATIVES.contains(t.norm().substring(1))
        || t.norm().length() < 6 || !(j == s.firstToken() || toks.get(j - 1).norm().equals("،"))) return null;
    String text = run.doc.text();
    int from = t.start() + 1;
    while (from < t.end() && Character.getType(text.charAt(from)) == Character.NON_SPACING_MARK) from++;
    TextSpan span = run.doc.span(from, t.end());
    return new Speaker(span, null, span.text());
  }

  /**
   * «وكتبت الغرب يتخلى عن الأكراد»: after a feminine past verb, a masculine definite noun with a masculine
   * present verb of its own («يتخلى», not the modal «يجب» of the adverbs' list) opens what was said; it is
   * not the subject of the verb of saying. (After a present one it is the subject of an aside: «القرار تقول
   * العرب يأتي بعد…».)
   */
  private boolean topicOfClause(Run run, int cue, int k, CueLexicon.Cue c) {
    List<Token> toks = run.toks;
    if (c.gender() != 'f' || present(toks.get(cue)) || k + 1 >= toks.size() || !isDefiniteNoun(toks.get(k)) || run.mentionAt[k] >= 0) return false;
    String n = toks.get(k).norm(), next = toks.get(k + 1).norm();
    return !n.endsWith("ه") && !n.endsWith("ات") && toks.get(k + 1).kind() == Token.Kind.ARABIC && toks.get(k + 1).prefix().isEmpty()
        && next.length() >= 4 && next.charAt(0) == 'ي' && verbLike(toks.get(k + 1)) && !lex.isAdverb(toks.get(k + 1))
        && lex.cueAt(toks.get(k + 1)) == null;
  }

  /**
   * The subject a second verb joined by «و» shares: the sentence's person or organisation, else a
   * country right after the verb that opens the sentence or after «كان» («كانت تركيا قد استدعت السفير…،
   * وطلبت "تعاونا كاملا"…»): a country acts as a body does.
   */
  private Speaker sharedSubject(Run run, Sentence s, int cue) {
    Speaker sp = sentenceSubject(run, s, cue);
    if (sp != null) return sp;
    for (int j = s.firstToken() + 1; j < cue; j++) {
      int m = run.mentionAt[j];
      if (m < 0 || run.doc.mentions().get(m).firstToken() != j || run.doc.mentions().get(m).type() != EntityType.LOC || governed(run, m)) continue;
      // («من جانبها صعدت إيران اللهجة وقالت إنها…»: the verb after «من جانبها» opens the sentence too)
      Token v = run.toks.get(j - 1);
      boolean opening = v.kind() == Token.Kind.ARABIC && !v.article() && !isPreposition(run, v) && run.mentionAt[j - 1] < 0
          && (j - 1 == s.firstToken() || j - 1 == s.firstToken() + 2 && ON_ITS_PART.contains(run.toks.get(s.firstToken() + 1).norm())
              && run.toks.get(s.firstToken()).norm().equals("من"));
      if (KANA.contains(v.norm()) || opening) return speakerOf(run, m);
    }
    return null;
  }

  /** The first person or organisation of the sentence before {@code before} not governed by a preposition. */
  private Speaker sentenceSubject(Run run, Sentence s, int before) {
    for (int j = s.firstToken(); j < before; j++) {
      int m = run.mentionAt[j];
      if (m < 0) continue;
      EntityType type = run.doc.mentions().get(m).type();
      if ((type == EntityType.PER || type == EntityType.ORG) && !governed(run, m)) return speakerOf(run, m);
    }
    return null;
  }

  /**
   * A speaker named by a role only («الأمين العام للجامعة العربية», «نائب الوزير») is the person the
   * article gave that role or title, the one named last before the cue when several fit.
   */
  private Speaker byRole(Run run, Speaker sp, int cue) {
    if (sp == null) return sp;
    // «الأمين العام للجامعة العربية» may be linked to the organisation in it; the person is meant
    if (sp.entity() != null && run.people().contains(sp.entity())) return sp;
    List<Token> toks = run.toks;
    List<String> words = new ArrayList<>();
    boolean role = false, demonyms = true;
    int first = tokenAfter(run, sp.span().start());
    for (int k = first; k < toks.size() && toks.get(k).end() <= sp.span().end(); k++) {
      Token t = toks.get(k);
      if (t.kind() != Token.Kind.ARABIC) continue;
      if (words.isEmpty()) role = lex.isRoleHead(t);
      demonyms &= WordLists.demonyms().containsKey(t.norm());
      words.add(t.stem());
    }
    int at = toks.get(cue).start();
    // «وتابع الأخير»: the latter is the person named last
    if (words.size() == 1 && (toks.get(first).norm().equals("الاخير") || toks.get(first).norm().equals("الاخيره"))) {
      for (int m = run.doc.mentions().size() - 1; m >= 0; m--) {
        Mention x = run.doc.mentions().get(m);
        if (x.start() < sp.span().start() && x.type() == EntityType.PER) {
          Speaker p = speakerOf(run, m);
          return new Speaker(sp.span(), p.entity(), p.name());
        }
      }
      return sp;
    }
    if (words.isEmpty()) return sp;
    // «وأوضح التنظيم» after «تنظيم "جيش الإسلام"», «وأضاف الجيش» after «الجيش التركي»: a bare definite
    // head noun refers back to the last organisation named with it
    // (the tagger may have taken the bare noun for a name of its own: an entity named by that word alone)
    // («وبحسب الصحيفة الأميركية»: with the nationality it was given)
    if ((words.size() == 1 || demonymsAfterFirst(run, first, sp)) && (sp.entity() == null || sp.name().equals(sp.span().text()))
        && toks.get(first).article() && lex.isOrgCue(words.get(0))) {
      Speaker back = organisationNamedWith(run, words.get(0), sp.span().start());
      if (back != null) return new Speaker(sp.span(), back.entity(), back.name());
    }
    if (!(role || demonyms)) {
      if (sp.entity() != null) return sp;
      Speaker apposed = headOfApposition(run, sp, first, words, at);
      if (apposed != null) return apposed;
      Speaker d = described(run, sp, first, words, at);
      // «كما دعا القيادي الانفصالي…» after a sentence quoting «كارلس بيغديمونت الرئيس السابق الانفصالي…»
      Speaker same = d.entity() == null && toks.get(first).article() && LEADER.contains(words.get(0))
          ? voiceGoesOn(run, sp, first, words, cue, true) : null;
      return same != null ? same : d;
    }
    // «وقال البريطاني»: a nationality stands for the person the article gave it to
    Entity best = null;
    int bestAt = -1;
    for (Entity e : run.doc.entities()) {
      if (e.type() != EntityType.PER || (e.roles().isEmpty() && e.titles().isEmpty())) continue;
      if (!run.roleWords(e).containsAll(words)) continue;
      int last = -1;
      for (Mention x : e.mentions()) if (x.start() < at) last = Math.max(last, x.start());
      if (last > bestAt) { best = e; bestAt = last; }
    }
    // «وقال الوزير اليميني المتشدد»: a role head with words the role never had is the one person given
    // that head, when the article gave it to one only
    // (not «وزير الخارجية الألماني هايكو» for «وزير الخارجية البريطاني بوريس جونسون»: another nationality;
    // not «رئيس البنك الأفريقي السابق الرواندي رونالد» for «بول كاغامي رئيس رواندا»: a name of its own)
    String own = best == null && role && words.size() > 1 ? ownName(run, first, sp) : null;
    if (best == null && role && words.size() > 1) {
      for (Entity e : run.doc.entities()) {
        if (e.type() != EntityType.PER || !run.roleWords(e).contains(words.get(0)) || e.mentions().get(0).start() >= at
            || !sameNationality(toks, first, sp, e)
            || own != null && !org.rasid.text.ArabicNormalizer.fold(e.name()).contains(own)) continue;
        if (best != null) { best = null; break; }
        best = e;
      }
    }
    if (best == null && role && OFFICIAL.contains(words.get(0)) && toks.get(first).article()) {
      Speaker same = voiceGoesOn(run, sp, first, words, cue, false);
      if (same != null) return same;
    }
    // «وقالت المسؤولة الكورية، التي انخرطت في مفاوضات…، إن…»: a woman's role with only a nationality, where
    // the article has quoted one woman only (by a feminine verb: «وقالت تشوي سون-هوي…»), is that woman
    // («المتحدثة باسم الخارجية الأمريكية» names an office of its own)
    if (best == null && role && toks.get(first).article() && nounGender(words.get(0)) == 'f'
        && demonymsAfterFirst(run, first, sp)) {
      Speaker woman = onlyWomanQuoted(run, sp, first);
      if (woman != null) return woman;
    }
    if (best == null) return sp.entity() == null ? described(run, sp, first, words, at) : sp;
    return new Speaker(sp.span(), best.id(), best.name());
  }

  /** The one person the article has quoted so far with a feminine verb, as the speaker {@code sp} names; or null. */
  private Speaker onlyWomanQuoted(Run run, Speaker sp, int first) {
    Entity woman = null;
    for (Quote q : run.out) {
      if (q.speakerEntity() == null || q.cue() == null || !run.people().contains(q.speakerEntity())) continue;
      int k = tokenAfter(run, q.cue().start());
      CueLexicon.Cue c = k < run.toks.size() ? lex.cueAt(run.toks.get(k)) : null;
      if (c == null || c.gender() != 'f') continue;
      if (woman != null && !woman.id().equals(q.speakerEntity())) return null;
      if (woman == null) {
        for (Entity e : run.doc.entities()) if (e.id().equals(q.speakerEntity())) woman = e;
      }
    }
    return woman == null || !sameNationality(run.toks, first, sp, woman) ? null : new Speaker(sp.span(), woman.id(), woman.name());
  }

  /**
   * «دعا وزير حقوق الإنسان عز الدين الأصبحي…. وأكد المسؤول اليمني…»: «the official» (or «the leader»)
   * right after a sentence that quoted a person with a role goes on in that person's voice, when gender
   * and nationality allow; a leader's other words must be words of that person's roles
   * ({@code described}: «القيادي الانفصالي» for «الرئيس السابق الانفصالي»). Null when not.
   */
  private Speaker voiceGoesOn(Run run, Speaker sp, int first, List<String> words, int cue, boolean described) {
    List<Token> toks = run.toks;
    Sentence here = run.doc.sentenceAt(toks.get(cue).start());
    // («من جانبه، أعرب المسؤول الإماراتي…»: «for his part» turns to the other party)
    if (here == null || run.last == null || run.last.entity() == null || run.lastSentence != here.index() - 1
        || turnsToOther(toks, here.firstToken(), cue)) return null;
    for (Entity e : run.doc.entities()) {
      if (!e.id().equals(run.last.entity()) || e.type() != EntityType.PER || e.roles().isEmpty()
          || !agrees(run, nounGender(words.get(0)), run.last) // («المسؤولة» is a woman)
          || !sameNationality(toks, first, sp, e)) continue;
      if (described) {
        java.util.Set<String> roleWords = run.roleWords(e);
        for (int k = first + 1; k < toks.size() && toks.get(k).end() <= sp.span().end(); k++) {
          Token t = toks.get(k);
          if (t.kind() == Token.Kind.ARABIC && !WordLists.demonyms().containsKey(t.norm()) && !roleWords.contains(t.stem())) return null;
        }
        if (words.size() < 2) return null;
      }
      return new Speaker(sp.span(), e.id(), e.name());
    }
    return null;
  }

  private static final java.util.Set<String> OFFICIAL = java.util.Set.of("مسؤول", "مسؤوله");
  private static final java.util.Set<String> LEADER = java.util.Set.of("قيادي", "قياديه");
  private static final java.util.Set<String> OTHER_PARTY = java.util.Set.of("جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها");

  /** «من جانبه،», «بدوره»: words between {@code from} and {@code to} that turn to another party. */
  private static boolean turnsToOther(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) if (OTHER_PARTY.contains(toks.get(k).stem())) return true;
    return false;
  }

  /**
   * «المسؤول الإماراتي» is not a person whose roles make him Yemeni: the nationalities after the head and
   * those in the entity's roles do not differ (an entity with none in its roles fits any).
   */
  private static boolean sameNationality(List<Token> toks, int first, Speaker sp, Entity e) {
    java.util.Set<String> said = new java.util.HashSet<>(), known = new java.util.HashSet<>();
    for (int k = first + 1; k < toks.size() && toks.get(k).end() <= sp.span().end(); k++) {
      String country = WordLists.demonyms().get(toks.get(k).norm());
      if (country != null) said.add(country);
    }
    for (String r : e.roles()) {
      for (String w : r.split(" ")) {
        String country = WordLists.demonyms().get(org.rasid.text.ArabicNormalizer.fold(w));
        if (country != null) known.add(country);
      }
    }
    if (said.isEmpty() || known.isEmpty()) return true;
    said.retainAll(known);
    return !said.isEmpty();
  }

  /**
   * «… الرواندي رونالد»: a bare word right after a nisba, the speaker's own name, or null («الأمريكي
   * لشبكة…» is a preposition the segmenter left on an unknown noun; «القانوني للجيش الذي…» a relative).
   */
  private String ownName(Run run, int first, Speaker sp) {
    List<Token> toks = run.toks;
    for (int k = first + 2; k < toks.size() && toks.get(k).end() <= sp.span().end(); k++) {
      Token t = toks.get(k), before = toks.get(k - 1);
      if (t.kind() == Token.Kind.ARABIC && !t.article() && t.prefix().isEmpty() && t.norm().length() >= 3 && t.norm().charAt(0) != 'ل'
          && !isPreposition(run, t) && definiteNisba(before)
          // a name ends the speaker or goes on bare («يوها سيبيلا»); «الليبي بثبات الشعب» is a noun in construct
          && (k + 1 >= toks.size() || toks.get(k + 1).end() > sp.span().end()
              || toks.get(k + 1).kind() == Token.Kind.ARABIC && !toks.get(k + 1).article() && toks.get(k + 1).prefix().isEmpty())) return t.norm();
    }
    return null;
  }

  /** Whether every word of the speaker after its first is a nationality («الصحيفة الأميركية»). */
  private boolean demonymsAfterFirst(Run run, int first, Speaker sp) {
    boolean any = false;
    for (int k = first + 1; k < run.toks.size() && run.toks.get(k).end() <= sp.span().end(); k++) {
      if (!WordLists.demonyms().containsKey(run.toks.get(k).norm())) return false;
      any = true;
    }
    return any;
  }

  /** The last organisation before {@code before} with {@code head} in its name or just before it, as a speaker; or null. */
  private Speaker organisationNamedWith(Run run, String head, int before) {
    List<Token> toks = run.toks;
    List<Mention> ms = run.doc.mentions();
    for (int m = ms.size() - 1; m >= 0; m--) {
      Mention x = ms.get(m);
      if (x.start() >= before || x.type() != EntityType.ORG) continue;
      boolean named = false;
      for (int k = x.firstToken(); k < x.endToken() && !named; k++) named = toks.get(k).stem().equals(head);
      // the head just before the name introduces it when a quote mark or bracket sets the name off
      // («تنظيم "جيش الإسلام"») or the name is one bare word («تنظيم داعش»); «مفوضية الأمم المتحدة» is
      // another body, of the one named after it
      int p = x.firstToken() - 1;
      while (p >= 0 && x.firstToken() - p <= 2 && (toks.get(p).norm().equals("\"") || toks.get(p).norm().equals("("))) p--;
      boolean setOff = p < x.firstToken() - 1
          || x.endToken() - x.firstToken() == 1 && !toks.get(x.firstToken()).article();
      // («ونشرت المنظمة الخيرية…» is a description like the one being resolved: the name is further back)
      Token lead = toks.get(x.firstToken());
      // («الجيش التركي», with a nationality, names the body)
      boolean description = x.endToken() - x.firstToken() == 1 || x.endToken() - x.firstToken() == 2
          && !WordLists.demonyms().containsKey(toks.get(x.firstToken() + 1).norm());
      if (named && lead.article() && lead.stem().equals(head) && description) continue;
      if (named || setOff && p >= 0 && toks.get(p).stem().equals(head)) return speakerOf(run, m);
    }
    return null;
  }

  /**
   * «قال السياسي … مارتن سيكرت» then «وتساءل السياسي»: a definite description names the person it
   * was last written before, within a few words of the name.
   */
  private Speaker described(Run run, Speaker sp, int first, List<String> words, int at) {
    List<Token> toks = run.toks;
    boolean role = lex.isRoleHead(toks.get(first)); // «مفتي مصر» before «الدكتور شوقي علام»
    for (int k = first; k < toks.size() && toks.get(k).end() <= sp.span().end() && !role; k++) {
      if (toks.get(k).kind() == Token.Kind.ARABIC && !toks.get(k).article()) return sp; // a name, not a description
    }
    // a person is described by a role or a nisba («السياسي», «الإعلامي»), not by an institution («الشرطة»)
    if (!role && !toks.get(first).norm().endsWith("ي")) return sp;
    String last = words.get(words.size() - 1);
    for (int m = run.doc.mentions().size() - 1; m >= 0; m--) {
      Mention x = run.doc.mentions().get(m);
      if (x.start() >= sp.span().start() || x.type() != EntityType.PER) continue;
      // the description ends right before the name, across a comma and titles («مفتي مصر، الدكتور شوقي علام»),
      // or opens a relative clause that ends there («السياسي الذي ينتمي لحزب … مارتن سيكرت»)
      int p = x.firstToken() - 1;
      while (p >= 0 && (toks.get(p).norm().equals("،") || lex.isTitle(toks.get(p)))) p--;
      int from = Math.max(0, x.firstToken() - DESCRIPTION_WINDOW);
      int endOfDescription = p;
      for (int k = p; k > from; k--) {
        if (RELATIVES.contains(toks.get(k).norm()) && toks.get(k - 1).stem().equals(last)) { endOfDescription = k - 1; break; }
      }
      if (endOfDescription < 0) continue;
      // the phrase before the name, back to a verb or «على»/«عن» («متحدث … يعلّق على اختفاء خاشقجي» is not one)
      java.util.Set<String> before = new java.util.HashSet<>();
      for (int k = endOfDescription; k >= 0 && k > endOfDescription - words.size() - 3; k--) {
        Token u = toks.get(k);
        if (u.norm().equals("،")) continue; // «مدرب العين، الكرواتي زوران ماميتش»
        if (!u.isWord() || u.norm().equals("علي") || u.norm().equals("عن") || lex.cueAt(u) != null || verbLike(u)) break;
        before.add(u.stem());
      }
      if (before.containsAll(words)) {
        Speaker named = speakerOf(run, m);
        return new Speaker(sp.span(), named.entity(), named.name());
      }
    }
    return sp;
  }

  /** «بياناً» without its accusative alif: «بيان». */
  private static String accusativeless(String stem) {
    return stem.length() > 2 && stem.endsWith("ا") ? stem.substring(0, stem.length() - 1) : stem;
  }

  /** An indefinite plural noun: «منتقدين», «مسؤولون», «قيادات». */
  private boolean pluralNoun(Token t) {
    String n = t.norm();
    return t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && !t.article() && n.length() >= 5
        && (n.endsWith("ون") || n.endsWith("ين") || n.endsWith("ات")) && !verbLike(t);
  }

  /**
   * «ويأمل المدرب الأرجنتيني أن…» after «ماوريسيو بوكيتينو مدرب توتنهام», «وقال المدرب الكرواتي» after
   * «مدرب العين، الكرواتي زوران ماميتش»: a definite noun with only nationalities after it is the person last
   * named with that noun in apposition, right after the name or a few words before it.
   */
  private Speaker headOfApposition(Run run, Speaker sp, int first, List<String> words, int at) {
    List<Token> toks = run.toks;
    Token h = toks.get(first);
    if (words.size() < 2 || !h.article() || words.get(0).length() < 3 || lex.isSource(h) || lex.isOrgHead(h)
        || lex.isOrgCue(words.get(0))) return null;
    for (int k = first + 1; k < toks.size() && toks.get(k).end() <= sp.span().end(); k++) {
      Token t = toks.get(k);
      if (t.kind() == Token.Kind.ARABIC && !(t.article() && (t.stem().endsWith("ي") || t.stem().endsWith("يه")))) return null;
    }
    String head = words.get(0);
    for (int m = run.doc.mentions().size() - 1; m >= 0; m--) {
      Mention x = run.doc.mentions().get(m);
      if (x.type() != EntityType.PER || x.start() >= sp.span().start() || x.start() >= at) continue;
      boolean named = bareHead(run, x.endToken(), head);
      for (int k = Math.max(0, x.firstToken() - 4); !named && k < x.firstToken(); k++) named = bareHead(run, k, head);
      if (named) {
        Speaker p = speakerOf(run, m);
        return new Speaker(sp.span(), p.entity(), p.name());
      }
    }
    return null;
  }

  /**
   * «مدرب» of «مدرب توتنهام»: token {@code k} is the noun {@code stem} with no article and no clitic, in
   * construct with a word after it and governed by no preposition («إلى جانب» is beside).
   */
  private boolean bareHead(Run run, int k, String stem) {
    List<Token> toks = run.toks;
    if (k + 1 >= toks.size()) return false;
    Token t = toks.get(k);
    return t.kind() == Token.Kind.ARABIC && !t.article() && t.prefix().isEmpty() && t.stem().equals(stem)
        && toks.get(k + 1).isWord() && !(k > 0 && isPreposition(run, toks.get(k - 1)));
  }

  /** A noun's gender by its ending: «رساله», «المسؤوله» (a folded ة) are feminine, «تقرير» masculine. */
  private static char nounGender(String stem) { return stem.endsWith("ه") ? 'f' : 'm'; }

  /** A definite nisba adjective, «الألماني», «الرسمي» (not the relative «الذي»). */
  private static boolean definiteNisba(Token t) {
    return t.article() && t.norm().endsWith("ي") && !RELATIVES.contains(t.norm());
  }

  /** An indefinite nisba adjective: «أمنية», «عسكريون», «ليبي». */
  private static boolean isNisba(Token t) {
    String n = t.norm();
    return t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && !t.article()
        && (n.endsWith("يه") || n.endsWith("ي") || n.endsWith("يون") || n.endsWith("يين"));
  }

  /**
   * Whether an appeal at {@code cue} goes on from the sentence's quotation: joined to it («…، وطالبت») or
   * after «كما» (also); or, opening the next sentence with «كما», when the noun after the verb is plainly
   * its object («…إجراءات استثنائية. كما دعت المواطنين إلى…»; «كما دعا الجانبان» has a subject of its own).
   */
  private static boolean appealGoesOn(Run run, int cue, Sentence s) {
    boolean also = cue > 0 && run.toks.get(cue - 1).norm().equals("كما");
    if (run.lastSentence == s.index()) return also || conjoined(run.toks.get(cue));
    return also && run.lastSentence == s.index() - 1 && cue - 1 == s.firstToken() && cue + 1 < run.toks.size()
        && obliquePlural(run.toks.get(cue + 1));
  }

  /**
   * «المواطنين», «الصحفيين», «الطرفين»: a definite sound plural or dual in «ـين» is in the oblique case,
   * never a verb's subject (that would be «المواطنون»); a long stem keeps out singulars such as «الأمين».
   */
  private static boolean obliquePlural(Token t) {
    String st = t.stem();
    return t.article() && st.length() >= 6 && st.endsWith("ين");
  }

  /** «وحث», «وقال»: a verb joined by «و» (short ones keep it unsegmented: «وحث» is not stripped). */
  private static boolean conjoined(Token t) {
    return t.prefix().startsWith("و") || t.prefix().startsWith("ف") || t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty()
        && t.norm().length() <= 4 && t.norm().charAt(0) == 'و';
  }

  /** «يعلّق», «تؤكد»: an imperfect verb, by its prefix, when no list knows the word. */
  private boolean verbLike(Token t) {
    String n = t.norm();
    return t.kind() == Token.Kind.ARABIC && !t.article() && n.length() >= 4 && (n.charAt(0) == 'ي' || n.charAt(0) == 'ت')
        && !lex.isRoleHead(t) && !lex.isTitle(t) && !WordLists.firstNames().contains(n);
  }

  private static void addStems(java.util.Set<String> out, String phrase) {
    for (String w : phrase.split("\\s+")) {
      String f = org.rasid.text.ArabicNormalizer.fold(w);
      out.add(f);
      for (org.rasid.text.CliticSegmenter.Reading r : org.rasid.text.CliticSegmenter.readings(f)) out.add(r.stem());
    }
  }

  /** «وقالت» cannot carry on a man's words, nor «وقال» a woman's: gender from the first name when known. */
  private boolean agrees(Run run, CueLexicon.Cue c, Speaker sp) { return agrees(run, c.gender(), sp); }

  /** Whether a speaker's gender, as far as names and roles tell, is {@code gender} ('m', 'f'; 0 for any). */
  private boolean agrees(Run run, char gender, Speaker sp) {
    if (gender == 0 || sp.entity() == null) return true;
    String first = org.rasid.text.ArabicNormalizer.fold(sp.name()).split(" ")[0];
    char g = lex.femaleNames.contains(first) ? 'f' : lex.maleNames.contains(first) ? 'm' : 0;
    if (g == 0) g = genderOfRoles(run, sp.entity());
    return g == 0 || g == gender;
  }

  /**
   * A person the name lists do not know («ماتيو سالفيني») by the words the article gives them: «وزير
   * الداخلية» is a man's role, «وزيرة», «المتحدثة» a woman's; 0 with no role or title.
   */
  private static char genderOfRoles(Run run, String entity) {
    for (Entity e : run.doc.entities()) {
      if (!e.id().equals(entity)) continue;
      if (e.type() != EntityType.PER) return 0;
      char g = 0;
      for (java.util.List<String> l : java.util.List.of(e.titles(), e.roles())) {
        for (String r : l) {
          String head = r.strip().split("\\s+")[0];
          if (head.endsWith("ة") || head.endsWith("تان")) return 'f';
          g = 'm';
        }
      }
      return g;
    }
    return 0;
  }

  /**
   * Extends a subject over what names it further: «وكالة الأنباء السودانية "سونا"», or a name between
   * commas after a role, «وزير الدفاع الإثيوبي، سراج فقيسا،».
   */
  private int apposition(Run run, int end, int limit) {
    List<Token> toks = run.toks;
    int adj = end;
    while (adj < limit && adj - end < 2 && toks.get(adj).kind() == Token.Kind.ARABIC && toks.get(adj).article()
        && adj + 1 < limit && (toks.get(adj + 1).norm().equals("\"") || toks.get(adj + 1).article())) adj++;
    if (adj > end && adj < limit && toks.get(adj).norm().equals("\"")) end = adj; // «وكالة الأنباء السودانية "سونا"»
    if (end + 2 < limit && toks.get(end).norm().equals("\"") && toks.get(end + 1).isWord()) {
      int k = end + 1;
      while (k < limit && k - end <= 4 && toks.get(k).isWord()) k++;
      if (k < limit && toks.get(k).norm().equals("\"")) return k + 1;
    }
    // «القنصل الليبي في تونس، محمد بن شعبان،»: a place phrase may stand before the name
    if (end + 4 < limit && isPreposition(run, toks.get(end)) && toks.get(end + 1).isWord() && toks.get(end + 2).norm().equals("،")) {
      int k = end + 3;
      while (k < limit && k - end <= 5 && toks.get(k).isWord() && !isPreposition(run, toks.get(k))) k++;
      if (k < toks.size() && k > end + 3 && toks.get(k).norm().equals("،")) return k;
    }
    if (end + 2 < limit && toks.get(end).norm().equals("،") && toks.get(end + 1).isWord()) {
      int k = end + 1;
      while (k < limit && k - end <= 3 && toks.get(k).isWord() && run.inDate[k] == false && !isPreposition(run, toks.get(k))) k++;
      if (k < toks.size() && k > end + 1 && toks.get(k).norm().equals("،") && !run.inDate[end + 1]) return k;
    }
    return end;
  }

  /** The id of the entity whose name ends the given text, or null. */
  private static String entityNamed(Run run, String text) {
    for (org.rasid.doc.Entity e : run.doc.entities()) if (text.endsWith(e.name())) return e.id();
    return null;
  }

  /** «وفي طرابلس قال…»: «وفي», «ومن», a preposition with «و» or «ف» written on it. */
  private static boolean conjoinedPreposition(Token t) {
    String n = t.norm();
    return n.length() > 2 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && WordLists.prepositions().contains(n.substring(1));
  }

  /** A mention after a preposition or with ب/ل/ك on its first word is an object, not a subject. */
  private boolean governed(Run run, int m) {
    Mention x = run.doc.mentions().get(m);
    Token head = run.toks.get(x.firstToken());
    if ((x.firstToken() > 0 && (isPreposition(run, run.toks.get(x.firstToken() - 1)) || conjoinedPreposition(run.toks.get(x.firstToken() - 1))))
        || head.prefix().contains("ب") || head.prefix().contains("ل") || head.prefix().contains("ك")) return true;
    // «قال لـ«الشرق الأوسط»»: a preposition or a lone ل before the quote mark governs the quoted name
    if (x.firstToken() >= 2 && run.toks.get(x.firstToken() - 1).norm().equals("\"")) {
      Token p = run.toks.get(x.firstToken() - 2);
      if (isPreposition(run, p) || p.norm().equals("ل") || p.norm().equals("ب")) return true;
    }
    // «من صاحب السمو الملكي الأمير متعب»: a preposition before the titles governs the name
    int b = x.firstToken() - 1;
    while (b >= 0 && x.firstToken() - b <= 5 && lex.isTitle(run.toks.get(b))) b--;
    if (b < x.firstToken() - 1 && b >= 0 && isPreposition(run, run.toks.get(b))) return true;
    // «للرئيس عبدالفتاح السيسي»: the title before the name carries the preposition
    if (x.firstToken() > 0) {
      Token before = run.toks.get(x.firstToken() - 1);
      if (before.kind() == Token.Kind.ARABIC && before.article() && !before.prefix().isEmpty()
          && (before.prefix().contains("ل") || before.prefix().contains("ب"))) return true;
    }
    // «لداعش» left whole by the segmenter: the entity's name shows the preposition is not part of it
    char c = head.norm().charAt(0);
    if (c != 'ب' && c != 'ل' && c != 'ك') return false;
    org.rasid.doc.Entity e = run.doc.entityOf(m);
    if (e != null && org.rasid.text.ArabicNormalizer.fold(e.name()).charAt(0) != c) return true;
    // «مسح لرويترز», «القيادي بداعش» tagged whole: the name is found elsewhere in the article without the preposition
    String rest = run.doc.text().substring(x.start() + 1, x.end());
    for (Mention o : run.doc.mentions()) {
      if (o != x && o.end() - o.start() == rest.length() && run.doc.text().startsWith(rest, o.start())) return true;
    }
    return false;
  }

  private static boolean isPreposition(Run run, Token t) { return WordLists.isPreposition(t, run.doc.text()); }

  /** The speaker mention with the mentions coordinated before it: «الولايات المتحدة وبريطانيا وفرنسا». */
  private Speaker coordinated(Run run, int mention) {
    Mention last = run.doc.mentions().get(mention);
    Mention first = last;
    int k = mention;
    while (k > 0) {
      Mention prev = run.doc.mentions().get(k - 1);
      Token join = run.toks.get(first.firstToken());
      if (prev.endToken() != first.firstToken() || !join.prefix().startsWith("و")) break;
      first = prev;
      k--;
    }
    if (first == last) return speakerOf(run, mention);
    TextSpan span = run.doc.span(first.start(), last.end());
    return new Speaker(span, null, span.text());
  }

  private boolean isDefiniteNoun(Token t) {
    return t.kind() == Token.Kind.ARABIC && t.article() && t.prefix().isEmpty() && !lex.isComplementizer(t)
        && lex.cueAt(t) == null;
  }

  private Speaker speakerOf(Run run, int mention) {
    Mention m = run.doc.mentions().get(mention);
    Entity e = run.doc.entityOf(mention);
    String name = e == null ? m.text() : e.name();
    int start = m.start(), end = m.end();
    // «الشيخ يحيى بن عيسى بن أحمد قائلاً»: the tagger took the cue into the name
    if (m.endToken() - m.firstToken() > 1 && lex.cueAt(run.toks.get(m.endToken() - 1)) != null) {
      end = run.toks.get(m.endToken() - 2).end();
      if (e == null) name = run.doc.text().substring(start, end);
    }
    if (m.type() == EntityType.ORG) {
      List<Token> toks = run.toks;
      // «منظمة (بتسيلم)»: a kind of organisation with its name in brackets after it is that name
      int after = m.endToken();
      if (m.endToken() - m.firstToken() == 1 && lex.isOrgHead(toks.get(m.firstToken())) && after + 2 < toks.size()
          && toks.get(after).norm().equals("(") && run.mentionAt[after + 1] >= 0) {
        Mention inner = run.doc.mentions().get(run.mentionAt[after + 1]);
        if (inner.firstToken() == after + 1 && inner.endToken() < toks.size() && toks.get(inner.endToken()).norm().equals(")")) {
          Speaker named = speakerOf(run, run.mentionAt[after + 1]);
          return new Speaker(run.doc.span(start, toks.get(inner.endToken()).end()), named.entity(),
              run.doc.text().substring(start, toks.get(m.firstToken()).end()) + " " + named.name());
        }
      }
      // «وزارة الخارجية التركية»: whose ministry is part of who speaks
      if (m.endToken() < toks.size() && toks.get(m.endToken()).article()
          && WordLists.demonyms().containsKey(toks.get(m.endToken()).norm()) && !name.endsWith(toks.get(m.endToken()).norm())) {
        end = toks.get(m.endToken()).end();
        name = name + " " + run.doc.text().substring(toks.get(m.endToken()).start(), end);
      }
      // «إذاعة "فرات إف إم"»: the kind of organisation named before its quoted name; «مفوضية الأمم المتحدة»
      // the body of the organisation named after it
      int f = m.firstToken();
      if (f >= 1 && !name.startsWith(toks.get(f - 1).norm()) && lex.isOrgHead(toks.get(f - 1)) && !toks.get(f - 1).article()
          && toks.get(f - 1).prefix().isEmpty() && toks.get(f).article()) {
        start = toks.get(f - 1).start();
        name = run.doc.text().substring(start, toks.get(f - 1).end()) + " " + name;
      }
      if (f >= 2 && toks.get(f - 1).norm().equals("\"") && lex.isOrgHead(toks.get(f - 2))) {
        start = toks.get(f - 2).start();
        name = run.doc.text().substring(start, toks.get(f - 2).end()) + " " + name;
      }
      // «وكالة الأمم المتحدة للهجرة», «منظمة الأمم المتحدة للطفولة»: a UN body is named by what it is for
      int next = m.endToken();
      if (next < toks.size() && m.endToken() - m.firstToken() >= 3 && toks.get(next - 1).norm().equals("المتحده")
          && toks.get(next - 2).norm().equals("الامم") && toks.get(next).prefix().equals("ل") && toks.get(next).article()) {
        end = toks.get(next).end();
        name = name + " " + run.doc.text().substring(toks.get(next).start(), end);
      }
    }
    return new Speaker(run.doc.span(start, end), e == null ? null : e.id(), name);
  }

  /**
   * «أما سوسن التي هاجر أولادها… فتقول إنها…»: «أما» fronts a topic, and the verb on «فـ» that answers
   * it is the topic's; the topic is a name, or the noun after «أما» (a pronoun is left to the rules after).
   */
  private Speaker fronted(Run run, Sentence s, int cue, CueLexicon.Cue c) {
    List<Token> toks = run.toks;
    String n = toks.get(cue).norm();
    if (s == null || c.participle() || n.length() < 4 || conjunctionOn(n) != 'ف') return null;
    for (int k = cue - 1; k >= Math.max(s.firstToken(), cue - 14); k--) {
      Token t = toks.get(k);
      if (lex.cueAt(t) != null) return null;
      if (!t.norm().equals("اما")) continue;
      int h = k + 1, m = run.mentionAt[h];
      // («أما الشخص الآخر، فقالت وزارة الداخلية إنه…»: the verb's own subject speaks, about the topic)
      if (wordAfterVerb(run, cue)) return null;
      if (h >= cue || SUBJECT_PRONOUNS.contains(toks.get(h).norm()) || WordLists.stopwords().contains(toks.get(h).norm())) return null;
      // («أما المستشارة الألمانية أنجيلا ميركل فأوضحت»: the person named in the topic)
      for (int p = h; m < 0 && p < Math.min(cue, h + 3); p++) {
        if (run.mentionAt[p] >= 0 && run.doc.mentions().get(run.mentionAt[p]).type() == EntityType.PER) m = run.mentionAt[p];
      }
      if (m >= 0) return run.doc.mentions().get(m).type() == EntityType.MISC ? null : speakerOf(run, m);
      if (toks.get(h).kind() != Token.Kind.ARABIC || isPreposition(run, toks.get(h)) || run.inDate[h]) return null;
      int end = h + 1;
      while (end < cue && end - h < 3 && toks.get(end).kind() == Token.Kind.ARABIC && !RELATIVES.contains(toks.get(end).norm())
          && !isPreposition(run, toks.get(end)) && run.mentionAt[end] < 0 && !toks.get(end).norm().startsWith("و")) end++;
      TextSpan span = run.doc.span(toks.get(h).start(), toks.get(end - 1).end());
      return new Speaker(span, entityNamed(run, span.text()), span.text());
    }
    return null;
  }

  /**
   * «شائعات تفيد بأن…», «وسرت شائعات عبر الإنترنت، أكدت أن…»: a feminine verb with no conjunction on it,
   * a few words after an indefinite noun of hearsay, describes that noun; the hearsay speaks.
   */
  private Speaker hearsayBefore(Run run, Sentence s, int cue, CueLexicon.Cue c) {
    Token v = run.toks.get(cue);
    String n = v.norm();
    boolean joined = conjoined(v) || conjunctionOn(n) != 0;
    if (s == null || c.participle() || joined || !(c.gender() == 'f' || n.charAt(0) == 'ت')) return null;
    // («تقارير حول هجوم اتهمت الدول الغربية دمشق بشنه»: the verb's own subject follows it)
    if (wordAfterVerb(run, cue) && !run.toks.get(cue + 1).norm().startsWith("ب")) return null;
    // (places and dates may qualify it: «مزاعم…، في الدوائر الاجتماعية في واشنطن، في عهد الإدارة السابقة، أفادت»)
    for (int j = cue - 1; j >= Math.max(s.firstToken(), cue - 16); j--) {
      Token t = run.toks.get(j);
      if (endsQualifiers(run, j) || lex.isComplementizer(t) || RELATIVES.contains(t.norm())) return null;
      if (lex.isHearsay(t)) {
        TextSpan span = run.doc.span(t.start(), t.end());
        return new Speaker(span, null, span.text());
      }
    }
    return null;
  }

  /** «فتقول», «وأكدت»: the «و» or «ف» on a cue the segmenter left whole, or 0. */
  private char conjunctionOn(String norm) {
    char c0 = norm.charAt(0);
    return (c0 == 'و' || c0 == 'ف') && lex.cues.containsKey(norm.substring(1)) ? c0 : 0;
  }

  /** Whether a word that may be the verb's own subject follows the cue: not «أن», a preposition or an adverb. */
  private boolean wordAfterVerb(Run run, int cue) {
    Token next = cue + 1 < run.toks.size() ? run.toks.get(cue + 1) : null;
    return next != null && next.isWord() && !lex.isComplementizer(next) && !isPreposition(run, next) && !lex.isAdverb(next);
  }

  /**
   * Whether token {@code j} ends a walk back over a noun's qualifiers: a named party other than a place,
   * or a cue («عبر الإنترنت» is across, not «عبّر»).
   */
  private boolean endsQualifiers(Run run, int j) {
    int m = run.mentionAt[j];
    if (m >= 0 && run.doc.mentions().get(m).type() != EntityType.LOC && run.doc.mentions().get(m).type() != EntityType.MISC) return true;
    Token t = run.toks.get(j);
    return lex.cueAt(t) != null && !(EXPRESSED.contains(t.norm()) && across(run, j + 1));
  }

  private static final java.util.Set<String> POSTS = java.util.Set.of("منشور", "تغريده", "رساله", "بيان", "تدوينه");

  /** «وقال منشور على حساب ميلانيا بموقع تويتر: "…"»: a post speaks for the one whose account it is on. */
  private Speaker postedOn(Run run, int cue, int limit) {
    List<Token> toks = run.toks;
    if (cue + 4 >= limit || !POSTS.contains(toks.get(cue + 1).norm()) || !toks.get(cue + 2).norm().equals("علي")
        || !toks.get(cue + 3).norm().equals("حساب")) return null;
    int m = run.mentionAt[cue + 4];
    if (m < 0 || run.doc.mentions().get(m).firstToken() != cue + 4) return null;
    return run.doc.mentions().get(m).type() == EntityType.MISC ? null : speakerOf(run, m); // (a person the tagger took for a place too)
  }

  /** «نبال، من سكان وسط دمشق تقول…»: a place after a bare noun is that noun's genitive, not a subject. */
  private boolean inConstruct(Run run, Mention x) {
    int b = x.firstToken() - 1;
    if (b < 0) return false;
    Token t = run.toks.get(b);
    String n = t.norm();
    return t.kind() == Token.Kind.ARABIC && !t.article() && run.mentionAt[b] < 0 && run.newlineAfter(t.end()) > x.start() && !lex.isComplementizer(t)
        && !CLAUSE_OPENERS.contains(n) && !BEFORE_VERB.contains(n) && !WordLists.stopwords().contains(n)
        && !SUBORDINATORS.contains(n) && lex.cueAt(t) == null && !run.inDate[b];
  }

  /**
   * «وحذرت جهات… من التعرض للشمس، كما وزعت منظمة الهلال الأحمر مناشير…، داعية الأهالي…»: a feminine
   * participle after a clause of its own, opened by «كما» or «و» and a past verb with a named body
   * right after it, is that body's, not the earlier speaker's.
   */
  private Speaker ownClauseSubject(Run run, Sentence s, int cue, CueLexicon.Cue c) {
    if (c.gender() != 'f') return null;
    List<Token> toks = run.toks;
    for (int j = cue - 2; j >= Math.max(s.firstToken() + 1, cue - 20); j--) {
      Token t = toks.get(j);
      if (lex.cueAt(t) != null) return null;
      String n = t.norm();
      int m = run.mentionAt[j + 1];
      boolean opened = toks.get(j - 1).norm().equals("كما") || n.charAt(0) == 'و' && toks.get(j - 1).norm().equals("،");
      if (m < 0 || !opened || t.kind() != Token.Kind.ARABIC || t.article() || run.mentionAt[j] >= 0 || n.length() < 4
          || !n.endsWith("ت")) continue;
      Mention x = run.doc.mentions().get(m);
      if (x.firstToken() == j + 1 && x.type() == EntityType.ORG && !governed(run, m)) return speakerOf(run, m);
    }
    return null;
  }

  /** {@link #apposition}, but for a judgement: «تعتبره الحكومة «العدو رقم واحد»» quotes what it is judged to be. */
  private int apposition(Run run, CueLexicon.Cue c, int end, int limit) {
    return c.kind().equals("opinion") ? end : apposition(run, end, limit);
  }

  /** «كما اتهم جهات مسؤولة بالفساد»: a plural in «ات» at {@code k} takes a feminine verb; after a masculine past one it is the object. */
  private boolean objectPlural(Run run, int cue, CueLexicon.Cue c, int k) {
    Token v = run.toks.get(cue);
    return !c.participle() && !present(v) && gender(v, c) == 'm' && run.toks.get(k).norm().endsWith("ات");
  }

  private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("عده", "بعض");

  /**
   * A source right after the verb, at {@code k}, or after a quantifier there: «أفادت مصادر…», «وحذرت
   * عدة جهات…», «يعتبره بعض خبراء الاقتصاد»; «تعتبرها بعض الدول المجاورة»: some of a definite noun.
   */
  private Speaker countedSource(Run run, int k, int limit, CueLexicon.Cue c) {
    List<Token> toks = run.toks;
    int q = k + 1 < limit && QUANTIFIERS.contains(toks.get(k).norm()) ? k + 1 : k;
    // («كما اتهم جهات مسؤولة بالفساد»: a plural in «ات» takes a feminine verb; after a masculine one it is the object)
    if (objectPlural(run, k - 1, c, q)) return null;
    if (lex.isSource(toks.get(q)) && !lex.isRoleHead(toks.get(q))) return sourcePhrase(run, q);
    if (q == k || !isDefiniteNoun(toks.get(q)) || run.mentionAt[q] >= 0) return null;
    int end = q + 1;
    while (end < limit && end - q < 3 && isDefiniteNoun(toks.get(end)) && run.mentionAt[end] < 0
        && !RELATIVES.contains(toks.get(end).norm())) end++;
    TextSpan span = run.doc.span(toks.get(k).start(), toks.get(end - 1).end());
    return new Speaker(span, null, span.text());
  }

  /** «مصدر عسكري», «مصادر مطلعة في الجيش»: the source noun and up to three words after it. */
  private Speaker sourcePhrase(Run run, int j) {
    List<Token> toks = run.toks;
    int end = j + 1;
    boolean definite = toks.get(j).article();
    // «أحد المحررين في صحيفة…»: one of a group, named by the definite noun after it
    String n = toks.get(j).norm();
    if ((n.equals("احد") || n.equals("احدي")) && end < toks.size() && toks.get(end).article()) {
      end++;
      definite = true;
    }
    // the noun and its adjectives, which agree with it in definiteness: «مصادر ليبية», «المصدر العسكري»
    // («مسؤولون فلسطينيون»: a demonym keeps its «ف», which the segmenter may have read as a clitic)
    while (end < toks.size() && end - j < 4 && toks.get(end).kind() == Token.Kind.ARABIC
        && (toks.get(end).article() == definite && toks.get(end).prefix().isEmpty()
            || !definite && WordLists.demonyms().containsKey(toks.get(end).norm()))
        && !isPreposition(run, toks.get(end))
        && run.mentionAt[end] < 0 && !lex.isComplementizer(toks.get(end)) && lex.cueAt(toks.get(end)) == null
        && !lex.isReportedEvent(toks.get(end)) // «مصادر يمنية بمقتل…»
        && toks.get(end).norm().length() > 1 // «شهود عيان لـ"سكاي نيوز"»: a «لـ» written alone
        && (definite || agrees(toks.get(j), toks.get(end)))) end++;
    // «جهات أهلية وحكومية»: a second adjective joined by «و»
    if (end > j + 1 && end < toks.size() && !definite && toks.get(end).prefix().equals("و") && !toks.get(end).article()
        && (toks.get(end).stem().endsWith("يه") || toks.get(end).stem().endsWith("ي")) && run.mentionAt[end] < 0
        && isNisba(toks.get(end - 1))) end++;
    // «جماعات وفصائل مسلحة»: a second source noun joined by «و» is part of who speaks
    if (end < toks.size() && end - j < 4 && toks.get(end).prefix().equals("و") && lex.isSource(toks.get(end))
        && run.mentionAt[end] < 0 && toks.get(end).article() == definite) {
      end = tokenAfter(run, sourcePhrase(run, end).span().end());
    }
    // «وسائل إعلام النظام السوري», «مصادر الجيش»: an indefinite noun in construct takes a definite
    // genitive, a name or a noun with its adjectives («سكان المدينة»); not a date («مسؤولون الاثنين»)
    // (right after the noun, or a second noun in construct, «وسائل إعلام»: an adjective takes none)
    boolean construct = end == j + 1 || end == j + 2 && !adjectiveLike(toks.get(j + 1).norm());
    if (!definite && construct && end < toks.size() && genitive(run, end)) {
      int m = run.mentionAt[end];
      if (m >= 0) end = run.doc.mentions().get(m).endToken();
      else {
        end++;
        while (end < toks.size() && end - j < 6 && genitive(run, end) && run.mentionAt[end] < 0) end++;
      }
    }
    if (toks.get(j).stem().startsWith("مراسل")) end = outletAfter(run, end);
    TextSpan span = run.doc.span(toks.get(j).start(), toks.get(end - 1).end());
    return new Speaker(span, null, span.text());
  }

  /**
   * «مراسل قناة "العربية"», «مراسل لوكالة فرانس برس», «مراسل سكاي نيوز عربية»: the outlet a reporter works
   * for, an organisation noun and a name or a quoted name, belongs to the reporter's description; the end
   * of the phrase after it, or {@code end} when none follows.
   */
  private int outletAfter(Run run, int end) {
    List<Token> toks = run.toks;
    int k = end;
    if (k < toks.size() && lex.isOrgHead(toks.get(k))) k++;
    if (k >= toks.size()) return end;
    int m = run.mentionAt[k];
    if (m >= 0 && run.doc.mentions().get(m).firstToken() == k) return run.doc.mentions().get(m).endToken();
    if ((k > end || lex.isOrgHead(toks.get(end - 1))) && toks.get(k).norm().equals("\"")) {
      int close = closing(run, k);
      if (close < toks.size() && close - k <= 5) return close + 1;
    }
    return end;
  }

  /**
   * An indefinite adjective after a sound masculine plural agrees with its ending («مسؤولون فلسطينيون»,
   * «محللين سياسيين», «مسؤولون كبار»); «آخرون لحمل أعلام…» ends at the noun.
   */
  private static boolean agrees(Token noun, Token adjective) {
    String n = noun.norm(), a = adjective.norm();
    if (n.length() < 5 || !(n.endsWith("ون") || n.endsWith("ين"))) return true;
    return a.endsWith("ون") || a.endsWith("ين") || a.equals("كبار");
  }

  /** A nisba («دبلوماسية») or a participle («مطلعة», «موثوقة»): how an adjective after a source noun looks. */
  private static boolean adjectiveLike(String n) {
    return n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون") || n.startsWith("م");
  }

  /** A definite word, without a clitic, that is no date, preposition, clause word or cue: a genitive or its adjective. */
  private boolean genitive(Run run, int k) {
    Token t = run.toks.get(k);
    return t.kind() == Token.Kind.ARABIC && t.article() && t.prefix().isEmpty() && !run.inDate[k] && !isPreposition(run, t)
        && !lex.isComplementizer(t) && lex.cueAt(t) == null && !RELATIVES.contains(t.norm());
  }

  /** The first token starting at or after {@code offset}. */
  private int tokenAfter(Run run, int offset) { return firstTokenAfter(run.toks, offset - 1, 0, run.toks.size()); }

  private int add(Run run, Quote.Type type, int start, int end, Token cueTok, CueLexicon.Cue cue, Speaker sp,
                  int firstTok, int endTok) {
    if (end <= start) return -1;
    // «وأفاد مصدر قضائي بأن» and the paragraph ends: a complementizer with nothing after it says nothing
    boolean said = false;
    for (int k = firstTok; k < endTok && !said; k++) said = run.toks.get(k).isWord() && !lex.isComplementizer(run.toks.get(k));
    if (!said && endTok > firstTok) return -1;
    for (int k = firstTok; k < endTok; k++) if (run.covered[k]) return -1;
    for (int k = firstTok; k < endTok; k++) run.covered[k] = true;
    TextSpan cueSpan = null;
    if (cueTok != null) {
      int cs = cueTok.start();
      cueSpan = run.doc.span(cs, cueTok.end());
    }
    TextSpan content = run.doc.span(start, end);
    run.out.add(new Quote(type, content, cueSpan, cue == null ? null : cue.kind(), sp == null ? null : sp.span(),
        sp == null ? null : sp.entity(), sp == null ? null : sp.name()));
    if (sp != null) {
      run.last = sp;
      Sentence s = run.doc.sentenceAt(end - 1); // where the quotation ends: a long one spans sentences
      run.lastSentence = s == null ? -100 : s.index();
    }
    return endTok;
  }
}
