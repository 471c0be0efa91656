package org.rasid.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.doc.Lexeme;
import org.rasid.doc.Token;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Resources;
import org.rasid.text.WordLists;

/** Reporting cues, complementizers, anonymous-source nouns and attribution phrases, from resources. */
final class CueLexicon {
  /**
   * A reporting cue: its kind, and whether it may take its content as a plain noun phrase.
   *
   * @param gender 'f' or 'm' when the form shows it («قالت», «قائلة» / «قال», «قائلا»), else 0
   */
  record Cue(String kind, boolean object, boolean participle, boolean prepositional, char gender) {
    Cue(String kind, boolean object, boolean participle) { this(kind, object, participle, true, (char) 0); }

    Cue(String kind, boolean object, boolean participle, boolean prepositional) {
      this(kind, object, participle, prepositional, (char) 0);
    }

    Cue withGender(char g) { return new Cue(kind, object, participle, prepositional, g); }
  }

  final Set<String> femaleNames = new HashSet<>();
  final Set<String> maleNames = new HashSet<>();

  final Map<String, Cue> cues = new HashMap<>();
  private final Set<String> complementizers = WordLists.complementizers();
  final Set<String> sources = new HashSet<>();
  private final Set<String> relational = new HashSet<>();
  private final Set<String> orgHeads = new HashSet<>();
  private final Set<String> orgCues = new HashSet<>();
  private final Set<String> titles = new HashSet<>();
  private final Set<String> notSpeakers = new HashSet<>();
  private final Set<String> adverbs = new HashSet<>();
  /** Sources only without the article: «جماعات» speak, «الجماعات» are as often a genitive («خبير الجماعات»). */
  private final Set<String> indefiniteSources = new HashSet<>();
  /** What things travel across: «عبر الهاتف», «عبر البحر». */
  private final Set<String> across = new HashSet<>();
  private final Set<String> speakerHeads = new HashSet<>();
  private final Set<String> reportedEvents = new HashSet<>();
  private final Set<String> hearsay = new HashSet<>();
  final PhraseMatcher<String> attribution = new PhraseMatcher<>(false);

  CueLexicon() {
    Map<String, Cue> base = new HashMap<>();
    for (String[] r : Resources.tsv("quotes/cues_rasid.tsv", false)) {
      String form = ArabicNormalizer.fold(r[0]);
      // «قال» never takes its content through a preposition: «قال للصحفيين» is not what was said;
      // nor «كتب»: «كتبت تغريدة عن حالتها» wrote about, «كتب إلى الرئيس» wrote to
      boolean prep = !(form.startsWith("قال") || form.startsWith("يقول") || form.startsWith("تقول")
          || form.startsWith("قائل") || form.contains("قول") || form.startsWith("كتب"));
      boolean participle = r.length > 3 && r[3].equals("participle");
      char g;
      if (form.contains("قول")) {
        // «بقوله» is his saying, «بقولها» hers: the pronoun tells, not the ending
        g = form.endsWith("ها") ? 'f' : form.endsWith("ه") ? 'm' : (char) 0;
      } else {
        g = participle ? (form.endsWith("ه") ? 'f' : form.endsWith("ا") ? 'm' : (char) 0) : (char) 0;
      }
      Cue c = new Cue(r[1], r[2].equals("object"), participle, prep, g);
      cues.put(form, c);
      base.put(form, c);
    }
    // «كتب»/«كتبت», «توعد»/«توعدت»: a past verb listed with its feminine shows the gender of each
    for (Map.Entry<String, Cue> e : base.entrySet()) {
      String f = e.getKey();
      Cue masculine = f.endsWith("ت") ? base.get(f.substring(0, f.length() - 1)) : null;
      if (e.getValue().participle() || e.getValue().gender() != 0 || masculine == null || masculine.participle()) continue;
      cues.put(f, e.getValue().withGender('f'));
      cues.put(f.substring(0, f.length() - 1), masculine.withGender('m'));
    }
    // the shared list gives feminine and present forms of each verb; they share the verb's kind
    Set<String> ambiguous = new HashSet<>();
    for (String w : Resources.lines("quotes/not_cues.txt")) ambiguous.add(ArabicNormalizer.fold(w));
    for (String[] r : Resources.tsv("lists/reporting_verbs_ar.tsv", true)) {
      Cue c = base.get(ArabicNormalizer.fold(r[0]));
      if (c == null) c = new Cue(r[4], false, false, true);
      for (int k = 0; k < 4; k++) {
        String f = ArabicNormalizer.fold(r[k]);
        if (ambiguous.contains(f)) continue;
        // present-tense forms report only with أن or a colon: «يشير إلى» is as often «points to»
        // appeals and denials keep their object in the present too: «ويطالب الادعاء بالحكم عليه…», «وتنفي صحة ذلك»
        // and accusations and warnings theirs: «وتتهم السعودية حزب الله بدعم الحوثيين», «يحذر الأطباء من…»
        Cue form = k < 2 || c.kind().equals("call") || c.kind().equals("deny") || c.kind().equals("accuse")
            || c.kind().equals("warn") ? c
            : new Cue(c.kind(), false, false, false);
        cues.putIfAbsent(f, form.withGender(k % 2 == 0 ? 'm' : 'f')); // columns: past m, past f, present m, present f
      }
    }
    // «ستقول ماي "…"», «سيضيف»: the future of a present form reports as it does — but for relaying:
    // «السفارة ستنقل إلى القدس» is moved, not relayed
    for (Map.Entry<String, Cue> e : new java.util.ArrayList<>(cues.entrySet())) {
      char c0 = e.getKey().charAt(0);
      if ((c0 == 'ي' || c0 == 'ت') && !e.getValue().kind().equals("report")) {
        cues.putIfAbsent("س" + e.getKey(), e.getValue());
        // «خرج الأخير في حوار ليؤكد أن…»: with «لـ» of purpose too (the segmenter leaves it on the verb)
        cues.putIfAbsent("ل" + e.getKey(), e.getValue());
      }
    }
    // «وقال», «فأكد»: the conjunction forms are keys too, so that finding a cue is one lookup
    for (Map.Entry<String, Cue> e : new java.util.ArrayList<>(cues.entrySet())) {
      cues.putIfAbsent("و" + e.getKey(), e.getValue());
      cues.putIfAbsent("ف" + e.getKey(), e.getValue());
    }
    for (String w : Resources.lines("lists/female-first-names-in-arabic.txt")) femaleNames.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("lists/male-first--names-in-arabic.txt")) maleNames.add(ArabicNormalizer.fold(w));
    for (String[] f : Resources.tsv("quotes/sources.tsv", false)) {
      if (f[0].isBlank()) continue;
      (f.length > 1 && f[1].strip().equals("indefinite") ? indefiniteSources : sources).add(ArabicNormalizer.fold(f[0].strip()));
    }
    for (String w : Resources.lines("quotes/across_nouns.txt")) across.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("quotes/not_speakers.txt")) notSpeakers.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("quotes/adverbs.txt")) adverbs.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("quotes/speaker_heads.txt")) speakerHeads.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("quotes/reported_events.txt")) reportedEvents.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("quotes/hearsay.txt")) hearsay.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("quotes/relational_nouns.txt")) relational.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("ner/org_heads.txt")) orgHeads.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("ner/org_cues.txt")) orgCues.add(ArabicNormalizer.fold(w));
    for (String[] r : Resources.tsv("lists/titles_ar.tsv", true)) if (!r[0].contains(" ")) titles.add(ArabicNormalizer.fold(r[0]));
    for (String w : List.of("صاحب", "السمو", "الملكي", "سمو", "معالي", "فخامة", "سماحة")) titles.add(ArabicNormalizer.fold(w));
    for (String[] r : Resources.tsv("quotes/attribution.tsv", false)) {
      attribution.add(r[0], r[1]);
      attribution.add("و" + r[0], r[1]); // «وبحسب المصدر»
    }
    indexStarts();
  }

  /** What a word may start: a cue, an attribution phrase, or both. One lookup per token in the hot loop. */
  record Start(Cue cue, boolean attribution) {}

  private final Map<String, Start> starts = new HashMap<>();

  /** The cue or attribution a token may start, or null: the quote stage's one lookup per token. */
  Start startAt(Token t) { return t.kind() == Token.Kind.ARABIC ? facts(t).start : null; }

  private void indexStarts() {
    for (Map.Entry<String, Cue> e : cues.entrySet()) starts.put(e.getKey(), new Start(e.getValue(), false));
    for (String first : attribution.firstWords()) {
      Start s = starts.get(first);
      starts.put(first, new Start(s == null ? null : s.cue(), true));
    }
  }

  private static final int COMPLEMENTIZER = 1, SOURCE = 2, RELATIONAL = 4, NOT_SPEAKER = 8, TITLE = 16, ORG_HEAD = 32,
      ROLE_HEAD = 64, ADVERB = 128, CAME = 256, REPORTED_EVENT = 512, ACROSS = 1024;

  /**
   * What this lexicon says of one word form, worked out once per form and kept with its lexeme: the
   * quote stage asks these questions of the same tokens many times over, and a field read costs less
   * than the string hashing and probing of each set.
   */
  private record Facts(Start start, int flags) {}

  private final Lexeme.Key<Facts> factsKey = new Lexeme.Key<>();

  private Facts facts(Token t) {
    Lexeme l = t.lexeme();
    Facts f = l.get(factsKey);
    if (f == null) {
      f = factsOf(l);
      l.put(factsKey, f);
    }
    return f;
  }

  private Facts factsOf(Lexeme l) {
    String norm = l.norm(), stem = l.stem(), bare = l.bare();
    boolean article = l.article();
    int flags = 0;
    if (complementizers.contains(norm)) flags |= COMPLEMENTIZER;
    // «أحد» one of them is a source, «الأحد» Sunday is not
    if (!(article && (stem.equals("احد") || stem.equals("احدي"))) && (sources.contains(norm) || sources.contains(stem)
        || !article && (indefiniteSources.contains(norm) || indefiniteSources.contains(bare) || indefiniteSources.contains(stem)))) {
      flags |= SOURCE; // («فصائل» as read may be «ف» + «صائل»)
    }
    if (!article && (relational.contains(norm) || relational.contains(stem))) flags |= RELATIONAL;
    if (notSpeakers.contains(norm) || notSpeakers.contains(bare)) flags |= NOT_SPEAKER;
    if (titles.contains(norm) || titles.contains(bare)) flags |= TITLE;
    if (orgHeads.contains(norm) || orgHeads.contains(bare)) flags |= ORG_HEAD;
    if (WordLists.isRoleHead(l) || !article && speakerHeads.contains(norm)) flags |= ROLE_HEAD;
    if (adverbs.contains(norm)) flags |= ADVERB;
    if (across.contains(norm)) flags |= ACROSS;
    // «بمقتل»: only with «بـ» and no article, as a statement verb's object
    // (read from every segmentation: the default one leaves «بـ» on words the vocabulary does not know)
    for (org.rasid.text.CliticSegmenter.Reading r : org.rasid.text.CliticSegmenter.readings(l)) {
      if (r.prefix().equals("ب") && !r.article() && reportedEvents.contains(r.stem())) flags |= REPORTED_EVENT;
    }
    if (norm.equals("جاء") || norm.equals("وجاء") || norm.equals("فجاء")) flags |= CAME;
    return new Facts(starts.get(norm), flags);
  }

  private boolean is(Token t, int flag) { return t.kind() == Token.Kind.ARABIC && (facts(t).flags & flag) != 0; }

  /** The cue a token is, with a conjunction (و ف) allowed before it; null when none. */
  Cue cueAt(Token t) {
    Start s = startAt(t);
    return s == null ? null : s.cue();
  }

  boolean isComplementizer(Token t) { return is(t, COMPLEMENTIZER); }

  boolean isSource(Token t) { return is(t, SOURCE); }

  /** «خطيبة», «محامي»: before a name, a noun naming another person («خطيبة خاشقجي»). */
  boolean isRelational(Token t) { return is(t, RELATIONAL); }

  /** «شائعات», «تقارير»: hearsay, without the article; a preposition or «و» on it may stay («عن شائعات تفيد…»). */
  boolean isHearsay(Token t) { return !t.article() && (hearsay.contains(t.norm()) || hearsay.contains(t.stem())); }

  /** Whether a normalised form is one of the source nouns («مسؤول» for «مسؤولة»). */
  boolean isSourceForm(String norm) { return sources.contains(norm); }

  /** Whether a normalised form is one of the kin and aide nouns («والد», «والده» for «والدة»). */
  boolean isRelationalForm(String norm) { return relational.contains(norm); }

  /** «القانون», «الدستور»: what «بحسب» may name that does not speak. */
  boolean isNotSpeaker(Token t) { return is(t, NOT_SPEAKER); }

  /** «الأمير», «الشيخ», «صاحب السمو»: a title or honorific before a name. */
  boolean isTitle(Token t) { return is(t, TITLE); }

  /** «إذاعة», «وكالة», «حركة»: a noun that names a kind of organisation. */
  boolean isOrgHead(Token t) { return is(t, ORG_HEAD); }

  /** «جيش», «مجلس», «تنظيم»: a stem that opens organisation names (the tagger's list, read only). */
  boolean isOrgCue(String stem) { return orgCues.contains(stem); }

  boolean isRoleHead(Token t) { return is(t, ROLE_HEAD); }

  /**
   * «جاء», «وجاء»: came, which reports only as «جاء في بيان…» and so is no entry of the cue list; asked
   * of every token that starts nothing, so answered by the form's facts.
   */
  boolean isCameIn(Token t) { return is(t, CAME); }

  /** «أيضا», «بدوره»: an adverb after a verb, never its subject. */
  boolean isAdverb(Token t) { return is(t, ADVERB); }

  /** «الهاتف», «البحر»: a noun «عبر» goes across, not a subject that expresses. */
  boolean isAcross(Token t) { return is(t, ACROSS); }

  /** «بمقتل», «بسقوط»: «بـ» and the verbal noun of an event, what «أفاد» and its like report with no «أن». */
  boolean isReportedEvent(Token t) { return is(t, REPORTED_EVENT); }
}
