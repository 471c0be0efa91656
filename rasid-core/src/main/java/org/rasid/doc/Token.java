package org.rasid.doc;

/**
 * A token: its span in the original text, its normalised form (see {@code ArabicNormalizer}) and
 * its clitic segmentation, good enough for lexicon lookup.
 *
 * @param prefix proclitics stripped from the front (normalised), e.g. "وب" of "وبطرابلس"
 * @param stem   the normalised form without proclitics or the article
 * @param article whether the definite article ال was part of the token
 */
public record Token(int index, int start, int end, String norm, Kind kind, String prefix, String stem,
                    boolean article) {
  public enum Kind { ARABIC, LATIN, NUMBER, PUNCT, SYMBOL }

  public Span span() { return new Span(start, end); }

  public boolean isWord() { return kind == Kind.ARABIC || kind == Kind.LATIN; }

  /** The stem with the article put back when it had one: "والليبية" gives "الليبيه". */
  public String bare() { return article ? "ال" + stem : stem; }
}
