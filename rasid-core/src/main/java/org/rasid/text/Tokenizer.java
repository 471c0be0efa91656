package org.rasid.text;

import java.util.ArrayList;
import java.util.List;
import org.rasid.doc.Token;

/**
 * Splits the normalised view into words (one script per token), numbers (with inner decimal and
 * thousands separators) and single punctuation marks. Offsets are mapped back to the original.
 */
public final class Tokenizer {
  /** Longer runs are cut: a megabyte without a space must not become one giant token. */
  static final int MAX_TOKEN = 64;

  private final Vocabulary vocabulary;

  public Tokenizer(CliticSegmenter segmenter) { this.vocabulary = new Vocabulary(segmenter); }

  public List<Token> tokenize(NormalizedText view) {
    char[] c = view.chars();
    int n = view.length();
    List<Token> out = new ArrayList<>(Math.max(16, n / 5));
    int i = 0;
    while (i < n) {
      char ch = c[i];
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) { i++; continue; }
      int j = i + 1;
      Token.Kind kind;
      if (isArabicLetter(ch)) {
        kind = Token.Kind.ARABIC;
        while (j < n && j - i < MAX_TOKEN && isArabicLetter(c[j])) j++;
      } else if (ch >= '0' && ch <= '9') {
        kind = Token.Kind.NUMBER;
        while (j < n && j - i < MAX_TOKEN) {
          if (c[j] >= '0' && c[j] <= '9') j++;
          else if ((c[j] == '.' || c[j] == ',') && j + 1 < n && c[j + 1] >= '0' && c[j + 1] <= '9') j += 2;
          else break;
        }
      } else if (Character.isLetter(ch)) {
        kind = Token.Kind.LATIN;
        while (j < n && j - i < MAX_TOKEN && Character.isLetter(c[j]) && !isArabicLetter(c[j])) j++;
      } else {
        kind = Character.isLetterOrDigit(ch) ? Token.Kind.SYMBOL : punctOrSymbol(ch);
        if (Character.isHighSurrogate(ch) && j < n && Character.isLowSurrogate(c[j])) j++;
      }
      out.add(new Token(out.size(), view.originalStart(i), view.originalEnd(j), kind, vocabulary.get(c, i, j, kind)));
      i = j;
    }
    return out;
  }

  private static Token.Kind punctOrSymbol(char ch) {
    int t = Character.getType(ch);
    return switch (t) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
           Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
           Character.OTHER_PUNCTUATION -> Token.Kind.PUNCT;
      default -> Token.Kind.SYMBOL;
    };
  }

  /**
   * Whether token {@code h} is a hyphen written between two Arabic words with no space on either side
   * («يونغ-تشان», «بانجاي-ري»): it joins them into one name, where a spaced dash parts a clause.
   */
  public static boolean joiningHyphen(List<Token> toks, int h) {
    if (!glued(toks, h)) return false;
    Token t = toks.get(h);
    return t.end() - t.start() == 1 && t.norm().equals("-") && toks.get(h - 1).kind() == Token.Kind.ARABIC
        && toks.get(h + 1).kind() == Token.Kind.ARABIC;
  }

  /** Whether token {@code i} has a token on each side with no space between them. */
  static boolean glued(List<Token> toks, int i) {
    return i > 0 && i + 1 < toks.size() && toks.get(i - 1).end() == toks.get(i).start() && toks.get(i).end() == toks.get(i + 1).start();
  }

  /** Arabic letters proper (not punctuation, digits or marks of the Arabic block). */
  public static boolean isArabicLetter(char ch) {
    return (ch >= '\u0621' && ch <= '\u064A') || (ch >= '\u066E' && ch <= '\u06D3') || ch == '\u06D5'
        || (ch >= '\u06FA' && ch <= '\u06FF') || (ch >= '\u0750' && ch <= '\u077F')
        || (ch >= '\uFB50' && ch <= '\uFDFF' && Character.isLetter(ch))
        || (ch >= '\uFE70' && ch <= '\uFEFC');
  }
}
