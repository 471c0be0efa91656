package org.rasid.io;

import org.rasid.doc.Article;

/** What a reader yields: an article, or the reason one document could not be read. */
public sealed interface Input {
  String id();

  record Ok(Article article) implements Input {
    public String id() { return article.id(); }
  }

  record Failed(String id, String reason) implements Input {}
}
