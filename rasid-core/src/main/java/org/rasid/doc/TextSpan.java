package org.rasid.doc;

/** A span with its text, as emitted: {@code text.equals(document.substring(start, end))}. */
public record TextSpan(int start, int end, String text) {
  public static TextSpan of(String doc, int start, int end) {
    return new TextSpan(start, end, doc.substring(start, end));
  }

  public Span span() { return new Span(start, end); }
}
