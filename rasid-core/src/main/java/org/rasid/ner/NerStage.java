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
import org.rasid.doc.Mention;
import org.rasid.doc.Sentence;
import org.rasid.doc.Token;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Offsets;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Resources;
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

  private final Set<String> commonWords = new HashSet<>();
  private final NerLexicon lexicon = NerLexicon.get();

  public NerStage(NerTagger tagger) {
    this.tagger = tagger;
    commonWords.addAll(Resources.lines("ner/common_words.txt"));
    for (String w : Resources.lines("ner/org_heads.txt")) orgHeads.add(ArabicNormalizer.fold(w));
    for (String w : Resources.lines("ner/member_heads.txt")) memberHeads.add(ArabicNormalizer.fold(w));
    for (String[] r : Resources.tsv("ner/name_frames.tsv", false)) frames.put(ArabicNormalizer.fold(r[0]), EntityType.valueOf(r[1]));
    for (String[] r : Resources.tsv("ner/organisations_ar.tsv", false)) organisations.add(r[0], true);
  }

  @Override public void process(Document doc) {
    List<Token> toks = doc.tokens();
    List<String[]> norms = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      String[] n = new String[s.size()];
      for (int i = 0; i < n.length; i++) n[i] = toks.get(s.firstToken() + i).norm();
      norms.add(n);
    }
    List<String[]> tags = tagger.tagDocument(norms);
    List<int[]> spans = new ArrayList<>(); // {first, end, type}
    for (int si = 0; si < tags.size(); si++) {
      int base = doc.sentences().get(si).firstToken();
      for (ChunkScorer.Chunk c : ChunkScorer.chunks(tags.get(si))) {
        if (c.end() - c.start() == 1 && commonWord(toks.get(base + c.start()))) continue;
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
    List<Mention> out = new ArrayList<>(spans.size());
    for (int[] m : spans) {
      Token first = toks.get(m[0]), last = toks.get(m[1] - 1);
      int start = first.start();
      String prefix = first.prefix();
      if (!prefix.isEmpty() && !(first.article() && prefix.endsWith("ل") && first.norm().startsWith(prefix + "ل"))) {
        start = Offsets.skipNormalized(doc.text(), first.start(), prefix.length());
      }
      if (start >= last.end()) continue;
      out.add(new Mention(EntityType.values()[m[2]], start, last.end(), m[0], m[1], doc.text().substring(start, last.end())));
    }
    doc.setMentions(out);
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

  /** «معركة “طوفان الكرامة”»: a quoted run of 1-4 words right after a framing word. */
  private void quotedName(List<Token> toks, Sentence s, int open, List<int[]> out) {
    Token frame = toks.get(open - 1);
    EntityType type = frame.kind() == Token.Kind.ARABIC ? frames.get(frame.stem()) : null;
    if (type == null) return;
    int j = open + 1;
    while (j < s.endToken() && j - open <= 5 && toks.get(j).isWord()) j++;
    if (j < s.endToken() && j > open + 1 && j - open <= 5 && toks.get(j).norm().equals("\"")) {
      out.add(new int[] {open + 1, j, type.ordinal()});
    }
  }
}
