package org.rasid.doc;

/** A sentence: its span and its tokens [firstToken, endToken). */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
  public Span span() { return new Span(start, end); }

  public int size() { return endToken - firstToken; }
}
