package org.rasid;

import java.time.Duration;
import java.util.List;
import org.rasid.doc.Article;
import org.rasid.doc.Document;
import org.rasid.amounts.AmountStage;
import org.rasid.events.EventStage;
import org.rasid.geo.Gazetteer;
import org.rasid.geo.PlaceStage;
import org.rasid.ner.EntityLinker;
import org.rasid.ner.NerLexicon;
import org.rasid.ner.NerStage;
import org.rasid.ner.NerTagger;
import org.rasid.quotes.QuoteStage;
import org.rasid.text.TextStage;
import org.rasid.time.DateStage;

/**
 * Entry point: {@code Rasid.analyze(article)} runs the standard pipeline. The pipeline is
 * assembled here and only here.
 */
public final class Rasid {
  /** Larger documents are refused with an error record rather than analysed. */
  public static final int MAX_CHARS = 2_000_000;
  public static final Duration BUDGET = Duration.ofSeconds(10);

  private Rasid() {}

  private static final class Holder {
    static final Pipeline STANDARD = build();
  }

  public static Pipeline pipeline() { return Holder.STANDARD; }

  public static Document analyze(Article article) { return Holder.STANDARD.analyze(article); }

  private static Pipeline build() {
    return new Pipeline(List.of(
        new TextStage(),
        new NerStage(NerTagger.get()),
        new EntityLinker(NerLexicon.get()),
        new PlaceStage(Gazetteer.get()),
        new DateStage(),
        new AmountStage(),
        new QuoteStage(),
        new EventStage()
    ), MAX_CHARS, BUDGET);
  }
}
