package org.rasid.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.Stage;
import org.rasid.doc.DateMention;
import org.rasid.doc.Document;
import org.rasid.doc.Entity;
import org.rasid.doc.EntityType;
import org.rasid.doc.Event;
import org.rasid.doc.Mention;
import org.rasid.doc.Place;
import org.rasid.doc.Quote;
import org.rasid.doc.Sentence;
import org.rasid.doc.Span;
import org.rasid.doc.Token;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Offsets;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Resources;
import org.rasid.text.WordLists;

/**
 * Events: a trigger from the lexicon (a verb such as «هاجم», «اعتقل», «دعا» or a noun such as
 * «بهجوم», «مظاهرات») coded in CAMEO and PLOVER, with its source (the verb's subject, the speaker
 * when the trigger reports speech, or the party named before an event noun), its target (the party
 * after the verb, or after «على»/«ضد» for an event noun), the place and date of its sentence.
 * Pattern-based: a first coder that is transparent about why it coded what it did.
 */
public final class EventStage implements Stage {
  private static final int SUBJECT_WINDOW = 3;
  private static final int NOUN_SOURCE_WINDOW = 6;
  private static final int TARGET_WINDOW = 10;

  private record Trigger(String cameo, boolean verb) {}

  private final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>();
  private final PhraseMatcher<String> appealObjects = new PhraseMatcher<>();
  private final CameoTable cameo = new CameoTable();
  private final ActorCodes actors = new ActorCodes();

  public EventStage() {
    for (String[] r : Resources.tsv("events/triggers_ar.tsv", false)) triggers.add(r[0], new Trigger(r[1], r[2].equals("verb")));
    for (String[] r : Resources.tsv("events/appeal_objects_ar.tsv", false)) appealObjects.add(r[0], r[1]);
    for (String w : Resources.lines("events/light_verbs.txt")) lightVerbs.add(ArabicNormalizer.fold(w));
  }

  private final class Run {
    final Document doc;
    final List<Token> toks;
    final int[] mentionAt;
    final Map<Integer, Quote> quoteByCue = new HashMap<>();
    final Map<String, Entity> entityById = new HashMap<>();
    final Map<String, Place> countryByText = new HashMap<>();

    Run(Document doc) {
      this.doc = doc;
      this.toks = doc.tokens();
      mentionAt = doc.mentionIndexByToken();
      for (Quote q : doc.quotes()) if (q.cue() != null) quoteByCue.put(q.cue().start(), q);
      for (Entity e : doc.entities()) entityById.put(e.id(), e);
      for (Place p : doc.places()) {
        if (p.country() != null && "PCLI".equals(p.featureCode())) countryByText.putIfAbsent(ArabicNormalizer.fold(p.text()), p);
      }
    }
  }

  @Override public void process(Document doc) {
    Run run = new Run(doc);
    List<Event> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (run.mentionAt[i] >= 0) continue; // «حركة حماس» is a name, not a movement
        PhraseMatcher.Match<Trigger> m = triggers.longestAt(run.toks, i, s.endToken());
        if (m == null) continue;
        if (!m.value().verb() && generic(run, s, i, m)) continue;
        if (m.value().verb() && run.toks.get(i).article()) continue; // «القصف» is the noun, not the verb «قصف»
        Event e = event(run, s, i, m);
        if (e != null) out.add(e);
        i = m.end() - 1;
      }
    }
    doc.setEvents(out);
  }

  private Event event(Run run, Sentence s, int i, PhraseMatcher.Match<Trigger> m) {
    List<Token> toks = run.toks;
    Trigger tr = m.value();
    Token first = toks.get(i);
    int tStart = m.prefix().isEmpty() ? first.start() : Offsets.skipNormalized(run.doc.text(), first.start(), m.prefix().length());
    int tEnd = toks.get(m.end() - 1).end();
    Quote said = run.quoteByCue.get(first.start());
    Event.Actor source = null;
    int sourceEnd = m.end();
    if (said != null && said.speaker() != null) {
      source = new Event.Actor(said.speaker().start(), said.speaker().end(), said.speaker().text(), said.speakerEntity(),
          actorCode(run, said.speakerEntity(), said.speakerName()));
    } else if (tr.verb()) {
      int after = mentionAfter(run, m.end(), Math.min(s.endToken(), m.end() + SUBJECT_WINDOW), true);
      int before = mentionBefore(run, i, Math.max(s.firstToken(), i - SUBJECT_WINDOW));
      int pick = after >= 0 ? after : before;
      if (pick >= 0) {
        source = actor(run, pick);
        if (pick == after) sourceEnd = run.doc.mentions().get(pick).endToken();
      }
    } else {
      // «دعوة المبعوث الأممي غسان سلامة», «هجوم داعش»: the party right after an event noun is its agent;
      // «هجوماً على المطار من ميليشيات البقرة»: or the one after «من»; else the one named before it
      int genitive = mentionAfter(run, m.end(), Math.min(s.endToken(), m.end() + SUBJECT_WINDOW), true);
      int from = afterWord(run, m.end(), s, "من");
      int before = mentionBefore(run, i, Math.max(s.firstToken(), i - NOUN_SOURCE_WINDOW));
      int pick = genitive >= 0 ? genitive : from >= 0 ? from : before;
      if (pick >= 0) {
        source = actor(run, pick);
        if (pick == genitive) sourceEnd = run.doc.mentions().get(pick).endToken();
      }
    }
    if (said != null && source != null && source.start() >= tEnd) { // the speaker named after the cue
      while (sourceEnd < s.endToken() && run.toks.get(sourceEnd).start() < source.end()) sourceEnd++;
    }
    Event.Actor target = target(run, sourceEnd, s, source);
    String code = tr.cameo();
    if (code.startsWith("02")) code = refineAppeal(run, Math.max(m.end(), sourceEnd), s, code);
    CameoTable.Code c = cameo.get(code);
    Place place = place(run, s, tEnd);
    String date = date(run, s, tStart);
    return new Event(c.cameo(), c.plover(), c.goldstein(), source, target, run.doc.span(tStart, tEnd), place, date,
        new Span(s.start(), s.end()));
  }

  /**
   * An event noun names one event when something pins it down: a light verb before it («شن هجوماً»,
   * «تعرض لهجوم»), «على»/«ضد» after it, or a number or a date in its sentence. Without that it names a
   * kind of act or an event told of before («منذ اغتيال زوجته», «التقدم والإنسحاب»).
   */
  private boolean generic(Run run, Sentence s, int i, PhraseMatcher.Match<Trigger> m) {
    String root = m.value().cameo().substring(0, 2);
    // speech acts named by a noun («دعوة …», «اتهام», «تهديد») are events as they stand
    if (SPEECH_ROOTS.contains(root)) return false;
    // «غداة هجوم شنه…», «حول هجوم مهاجرين…», «ذكرى تفجير ضريح…»: an act the sentence refers to, not one it reports
    if (i > s.firstToken() && BACKGROUND.contains(run.toks.get(i - 1).norm())) return true;
    int next = m.end();
    if (next < s.endToken() && (run.toks.get(next).norm().equals("علي") || run.toks.get(next).norm().equals("ضد"))) return false;
    for (int k = Math.max(s.firstToken(), i - 3); k < i; k++) {
      if (lightVerbs.contains(run.toks.get(k).stem())) return false;
    }
    if (i > s.firstToken() && run.toks.get(i - 1).kind() == Token.Kind.NUMBER) return false;
    if (run.toks.get(i).article()) return true; // «الهجوم»، «الاحتجاجات»: the kind, or one told of before
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (run.toks.get(k).kind() == Token.Kind.NUMBER) return false;
    }
    for (DateMention d : run.doc.dates()) if (d.start() >= s.start() && d.end() <= s.end()) return false;
    return true;
  }

  private static final java.util.Set<String> BACKGROUND =
      java.util.Set.of("بعد", "قبل", "غداه", "اثر", "عقب", "منذ", "حول", "ذكري", "بشان", "محاوله", "لمحاوله");
  private static final java.util.Set<String> SPEECH_ROOTS = java.util.Set.of("01", "02", "10", "11", "12", "13");

  private final java.util.Set<String> lightVerbs = new java.util.HashSet<>();

  private String refineAppeal(Run run, int from, Sentence s, String code) {
    for (int k = from; k < Math.min(s.endToken(), from + TARGET_WINDOW); k++) {
      PhraseMatcher.Match<String> o = appealObjects.longestAt(run.toks, k, s.endToken());
      if (o != null) return o.value();
    }
    return code;
  }

  /** The mention right after «word» within the target window after the trigger, or -1. */
  private int afterWord(Run run, int from, Sentence s, String word) {
    for (int k = from; k < Math.min(s.endToken() - 1, from + TARGET_WINDOW); k++) {
      if (run.toks.get(k).norm().equals(word)) {
        int m = run.mentionAt[k + 1];
        return m >= 0 && run.doc.mentions().get(m).type() != EntityType.MISC ? m : -1;
      }
    }
    return -1;
  }

  /** A party named after the trigger: after «على»/«ضد», or the verb's object. */
  private Event.Actor target(Run run, int from, Sentence s, Event.Actor source) {
    int limit = Math.min(s.endToken(), from + TARGET_WINDOW);
    for (int k = from; k < limit - 1; k++) {
      String n = run.toks.get(k).norm();
      if (!n.equals("علي") && !n.equals("ضد")) continue;
      int on = run.mentionAt[k + 1];
      if (on >= 0 && run.doc.mentions().get(on).type() != EntityType.MISC) return actor(run, on);
      Token t = run.toks.get(k + 1);
      for (Place p : run.doc.places()) {
        if (p.start() >= t.start() && p.start() <= t.end()) return new Event.Actor(p.start(), p.end(), p.text(), null, actors.country(p.country()));
      }
      break;
    }
    int m = mentionAfter(run, from, limit, false);
    if (m >= 0 && run.toks.get(run.doc.mentions().get(m).firstToken() - 1).norm().equals("من")) m = -1;
    if (m >= 0) {
      Event.Actor a = actor(run, m);
      if (source == null || a.start() != source.start()) return a;
    }
    // a place as target: «هجوماً على مطار معيتقية»
    for (Place p : run.doc.places()) {
      Token t = from < run.toks.size() ? run.toks.get(from) : null;
      if (t != null && p.start() >= t.start() && p.start() < run.toks.get(limit - 1).end()) {
        return new Event.Actor(p.start(), p.end(), p.text(), null, actors.country(p.country()));
      }
    }
    return null;
  }

  /** The first person, organisation or country mention in [from, limit); a subject may not follow a preposition. */
  private int mentionAfter(Run run, int from, int limit, boolean subject) {
    for (int k = from; k < limit; k++) {
      int m = run.mentionAt[k];
      Token t = run.toks.get(k);
      if (m >= 0 && run.doc.mentions().get(m).type() != EntityType.MISC) {
        if (subject && !t.prefix().isEmpty() && !t.prefix().equals("و")) return -1;
        return m;
      }
      if (t.kind() == Token.Kind.PUNCT) return -1;
      if (subject && isPreposition(t)) return -1;
    }
    return -1;
  }

  private int mentionBefore(Run run, int trigger, int from) {
    for (int k = trigger - 1; k >= from; k--) {
      int m = run.mentionAt[k];
      if (m >= 0) {
        Mention x = run.doc.mentions().get(m);
        if (x.type() == EntityType.MISC) return -1;
        Token head = run.toks.get(x.firstToken());
        boolean governed = (x.firstToken() > 0 && isPreposition(run.toks.get(x.firstToken() - 1)))
            || head.prefix().contains("ب") || head.prefix().contains("ل") || head.prefix().contains("ك");
        return governed ? -1 : m;
      }
      if (run.toks.get(k).kind() == Token.Kind.PUNCT) return -1;
    }
    return -1;
  }

  private static boolean isPreposition(Token t) { return WordLists.isPreposition(t); }

  private Event.Actor actor(Run run, int mention) {
    Mention x = run.doc.mentions().get(mention);
    Entity e = run.doc.entityOf(mention);
    return new Event.Actor(x.start(), x.end(), x.text(), e == null ? null : e.id(),
        actorCode(run, e == null ? null : e.id(), e == null ? x.text() : e.name()));
  }

  /** A country's ISO3, else the actor dictionary's code for the name, else null. */
  private String actorCode(Run run, String entityId, String name) {
    if (name == null) return null;
    Entity e = entityId == null ? null : run.entityById.get(entityId);
    if (e != null && e.type() == EntityType.LOC) {
      Place p = run.countryByText.get(ArabicNormalizer.fold(e.name()));
      if (p != null) return actors.country(p.country());
    }
    String code = actors.named(name);
    if (code == null && e != null && e.country() != null) code = actors.country(e.country());
    return code;
  }

  /** The place of the event: the first place after the trigger in its sentence, else the first in the sentence. */
  private Place place(Run run, Sentence s, int after) {
    Place firstIn = null;
    for (Place p : run.doc.places()) {
      if (p.start() < s.start() || p.end() > s.end()) continue;
      if (p.start() >= after && p.lat() != null) return p;
      if (firstIn == null && p.lat() != null) firstIn = p;
    }
    return firstIn;
  }

  /** The resolved date nearest the trigger in its sentence, else the publication date, else null. */
  private String date(Run run, Sentence s, int at) {
    DateMention best = null;
    for (DateMention d : run.doc.dates()) {
      if (d.start() >= s.start() && d.end() <= s.end() && d.value() != null
          && (best == null || Math.abs(d.start() - at) < Math.abs(best.start() - at))) best = d;
    }
    if (best != null) return best.value();
    return run.doc.article().published() == null ? null : run.doc.article().published().toString();
  }
}
