package org.rasid.doc;

import java.util.List;
import org.rasid.text.NormalizedText;

/**
 * One article under analysis: the text as received, its normalised view, and the layers each
 * pipeline stage adds. Stages add layers; none copies or rewrites the text.
 */
public final class Document {
  private final Article article;
  private final String text;
  private final NormalizedText view;
  private List<Token> tokens = List.of();
  private List<Sentence> sentences = List.of();
  private List<Mention> mentions = List.of();
  private List<Entity> entities = List.of();
  private int[] entityOfMention = new int[0];
  private List<Quote> quotes = List.of();
  private List<Place> places = List.of();
  private List<DateMention> dates = List.of();
  private List<Amount> amounts = List.of();
  private List<Event> events = List.of();

  public Document(Article article, NormalizedText view) {
    this.article = article;
    this.text = view.original();
    this.view = view;
  }

  public Article article() { return article; }
  public String text() { return text; }
  public NormalizedText view() { return view; }
  public List<Token> tokens() { return tokens; }
  public List<Sentence> sentences() { return sentences; }
  public List<Mention> mentions() { return mentions; }
  public List<Entity> entities() { return entities; }
  public List<Quote> quotes() { return quotes; }
  public List<Place> places() { return places; }
  public List<DateMention> dates() { return dates; }
  public List<Amount> amounts() { return amounts; }
  public List<Event> events() { return events; }

  public void setTokens(List<Token> tokens) { this.tokens = freeze(tokens); }
  public void setSentences(List<Sentence> sentences) { this.sentences = freeze(sentences); }
  public void setMentions(List<Mention> mentions) {
    this.mentions = freeze(mentions);
    this.mentionAt = null;
  }

  private int[] mentionAt;

  /** For each token, the index of the mention covering it, or -1. Computed once per mention layer; do not modify. */
  public int[] mentionIndexByToken() {
    if (mentionAt == null) {
      int[] at = new int[tokens.size()];
      java.util.Arrays.fill(at, -1);
      for (int m = 0; m < mentions.size(); m++) {
        Mention x = mentions.get(m);
        for (int t = x.firstToken(); t < x.endToken(); t++) at[t] = m;
      }
      mentionAt = at;
    }
    return mentionAt;
  }
  public void setQuotes(List<Quote> quotes) { this.quotes = freeze(quotes); }
  public void setPlaces(List<Place> places) { this.places = freeze(places); }
  public void setDates(List<DateMention> dates) { this.dates = freeze(dates); }
  public void setAmounts(List<Amount> amounts) { this.amounts = freeze(amounts); }
  public void setEvents(List<Event> events) { this.events = freeze(events); }

  /** Entities, and for each mention the index of its entity (-1 when it was dropped). */
  public void setEntities(List<Entity> entities, int[] entityOfMention) {
    this.entities = freeze(entities);
    this.entityOfMention = entityOfMention.clone();
  }

  /** The entity a mention belongs to, or null. */
  public Entity entityOf(int mentionIndex) {
    if (mentionIndex < 0 || mentionIndex >= entityOfMention.length) return null;
    int e = entityOfMention[mentionIndex];
    return e < 0 ? null : entities.get(e);
  }

  /** The sentence holding a character offset, or null. */
  public Sentence sentenceAt(int offset) {
    int lo = 0, hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) hi = mid - 1;
      else if (offset >= s.end()) lo = mid + 1;
      else return s;
    }
    return null;
  }

  public TextSpan span(int start, int end) { return TextSpan.of(text, start, end); }

  /**
   * An immutable copy. {@code List.copyOf} rather than an unmodifiable view over an ArrayList: every
   * layer reads tokens by index in its inner loops, and the view's get goes through an interface
   * call that the JIT sees with every list type in the process, so it cannot inline it.
   */
  private static <T> List<T> freeze(List<T> l) { return List.copyOf(l); }
}
