package org.rasid.doc;

/**
 * A token: its span in the original text and its word form ({@link Lexeme}): the normalised form
 * (see {@code ArabicNormalizer}) and its clitic segmentation, good enough for lexicon lookup.
 */
public record Token(int index, int start, int end, Kind kind, Lexeme lexeme) {
  public enum Kind { ARABIC, LATIN, NUMBER, PUNCT, SYMBOL }

  public Span span() { return new Span(start, end); }

  public boolean isWord() { return kind == Kind.ARABIC || kind == Kind.LATIN; }

  /** The normalised form. */
  public String norm() { return lexeme.norm(); }

  /** Proclitics stripped from the front (normalised), e.g. "وب" of "وبطرابلس". */
  public String prefix() { return lexeme.prefix(); }

  /** The normalised form without proclitics or the article. */
  public String stem() { return lexeme.stem(); }

  /** Whether the definite article ال was part of the token. */
  public boolean article() { return lexeme.article(); }

  /** The stem with the article put back when it had one: "والليبية" gives "الليبيه". */
  public String bare() { return lexeme.bare(); }
}
