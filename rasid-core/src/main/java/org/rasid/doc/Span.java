package org.rasid.doc;

/** A half-open character range [start, end) into {@link Document#text()} exactly as received. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  public int length() { return end - start; }

  public boolean contains(Span o) { return start <= o.start && o.end <= end; }

  public boolean overlaps(Span o) { return start < o.end && o.start < end; }

  public String of(CharSequence text) { return text.subSequence(start, end).toString(); }
}
