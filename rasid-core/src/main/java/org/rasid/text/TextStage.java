package org.rasid.text;

import org.rasid.Stage;
import org.rasid.doc.Document;

/** Tokens and sentences. Thread-safe: each thread has its own tokenizer (the segmenter caches). */
public final class TextStage implements Stage {
  private final ThreadLocal<Tokenizer> tokenizer = ThreadLocal.withInitial(() -> new Tokenizer(new CliticSegmenter()));
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override public void process(Document doc) {
    doc.setTokens(tokenizer.get().tokenize(doc.view()));
    doc.setSentences(splitter.split(doc.text(), doc.tokens()));
  }
}
