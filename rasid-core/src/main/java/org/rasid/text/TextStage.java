package org.rasid.text;

import org.rasid.Stage;
import org.rasid.doc.Document;

/** Tokens and sentences. */
public final class TextStage implements Stage {
  private final Tokenizer tokenizer = new Tokenizer(new CliticSegmenter());
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override public void process(Document doc) {
    doc.setTokens(tokenizer.tokenize(doc.view()));
    doc.setSentences(splitter.split(doc.text(), doc.tokens()));
  }
}
