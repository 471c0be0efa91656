package org.rasid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.rasid.doc.Article;
import org.rasid.doc.Document;
import org.rasid.text.ArabicNormalizer;

/**
 * Runs the stages in order on one article. A document longer than {@link #maxChars} is refused,
 * and one that overruns the time budget is stopped between stages, so that one bad input cannot
 * hold up a batch.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final int maxChars;
  private final long budgetNanos;

  public Pipeline(List<Stage> stages, int maxChars, Duration budget) {
    this.stages = List.copyOf(stages);
    this.maxChars = maxChars;
    this.budgetNanos = budget.toNanos();
  }

  public List<Stage> stages() { return stages; }

  /** A pipeline with the first {@code n} stages only, for benchmarks of each layer. */
  public Pipeline prefix(int n) { return new Pipeline(new ArrayList<>(stages.subList(0, n)), maxChars, Duration.ofNanos(budgetNanos)); }

  public Document analyze(Article article) { return analyze(article, null); }

  /** As {@link #analyze(Article)}, adding each stage's time in nanoseconds to {@code stageNanos}. */
  public Document analyze(Article article, long[] stageNanos) {
    String text = article.text();
    if (text.length() > maxChars) {
      throw new AnalysisException(article.id(), "document too large: " + text.length()
          + " characters, limit " + maxChars);
    }
    long start = System.nanoTime();
    Document doc = new Document(article, ArabicNormalizer.normalize(text));
    long t = start;
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      s.process(doc);
      long now = System.nanoTime();
      if (stageNanos != null) stageNanos[i] += now - t;
      t = now;
      if (now - start > budgetNanos) {
        throw new AnalysisException(article.id(), "time budget of " + budgetNanos / 1_000_000
            + " ms exceeded after " + s.getClass().getSimpleName());
      }
    }
    return doc;
  }
}
