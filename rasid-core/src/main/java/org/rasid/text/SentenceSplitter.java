package org.rasid.text;

import java.util.ArrayList;
import java.util.List;
import org.rasid.doc.Sentence;
import org.rasid.doc.Token;

/**
 * Sentences from tokens: a break after . ! ? ؟ ؛ (closing quote marks and brackets stay with the
 * sentence), at every line break, after a dateline («ليبيا –», «الرياض - واس -») at the start of a
 * paragraph, and, as a guard against endless lines, every {@value #MAX_TOKENS} tokens.
 */
public final class SentenceSplitter {
  static final int MAX_TOKENS = 250;
  private static final int MAX_DATELINE_WORDS = 4;

  public List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      boolean end = false;
      if (isStop(t) && !isAbbreviation(tokens, i)) {
        while (i + 1 < n && isCloser(tokens.get(i + 1)) && !lineBreakBetween(text, t, tokens.get(i + 1))
            && !opensNext(tokens, i + 1)) {
          t = tokens.get(++i);
        }
        end = true;
      } else if (i + 1 < n && lineBreakBetween(text, t, tokens.get(i + 1))) {
        end = true;
      // a dateline's dash («القاهرة - …»), not the hyphen inside a name («وقال سون-هو إن…»)
      } else if (i - first >= 1 && i - first <= MAX_DATELINE_WORDS && isDash(t) && !Tokenizer.joiningHyphen(tokens, i)
          && startsParagraph(text, tokens, first)
          && allWords(tokens, first, i) && i + 1 < n && tokens.get(i + 1).isWord()) {
        end = true;
      } else if (i + 1 - first >= MAX_TOKENS) {
        end = true;
      }
      if (end || i == n - 1) {
        out.add(new Sentence(out.size(), tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
        first = i + 1;
      }
    }
    return out;
  }

  private static boolean isStop(Token t) {
    if (t.kind() != Token.Kind.PUNCT || t.norm().length() != 1) return false;
    char c = t.norm().charAt(0);
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B';
  }

  /** «د.» (Dr.), «م.» (AD), «هـ.»: a single letter before the point is an abbreviation. */
  private static boolean isAbbreviation(List<Token> tokens, int i) {
    if (!tokens.get(i).norm().equals(".") || i == 0) return false;
    Token prev = tokens.get(i - 1);
    if (prev.isWord() && prev.norm().length() == 1 && prev.end() == tokens.get(i).start()) return true;
    // «إم.آي6», «إيه.بي.سي», «cnn.com»: a full stop with a word on both sides and no space is inside one;
    // between longer Arabic words it is a sentence end typed without its space («مدرسة.وأنه جرى…»)
    if (!joinsWords(tokens, i)) return false;
    Token next = tokens.get(i + 1);
    return prev.kind() == Token.Kind.LATIN && next.kind() == Token.Kind.LATIN
        || prev.norm().length() <= 3 && next.norm().length() <= 3;
  }

  /** Whether token {@code i} is a full stop with a word glued to it on both sides («إيه.بي.سي», «cnn.com»). */
  public static boolean joinsWords(List<Token> tokens, int i) {
    return Tokenizer.glued(tokens, i) && tokens.get(i).norm().equals(".") && tokens.get(i - 1).isWord() && tokens.get(i + 1).isWord();
  }

  /** «…النووي. "وفي الوقت نفسه…»: a quote mark with a space before it and a word glued after it opens the next sentence. */
  private static boolean opensNext(List<Token> tokens, int k) {
    Token mark = tokens.get(k);
    return mark.norm().equals("\"") && mark.start() > tokens.get(k - 1).end() && k + 1 < tokens.size()
        && tokens.get(k + 1).start() == mark.end() && tokens.get(k + 1).isWord();
  }

  private static boolean isCloser(Token t) {
    if (t.norm().length() != 1) return false;
    char c = t.norm().charAt(0);
    return c == '"' || c == ')' || c == ']';
  }

  private static boolean isDash(Token t) { return t.kind() == Token.Kind.PUNCT && t.norm().equals("-"); }

  private static boolean allWords(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) if (!tokens.get(k).isWord()) return false;
    return true;
  }

  private static boolean startsParagraph(String text, List<Token> tokens, int first) {
    return first == 0 || lineBreakBetween(text, tokens.get(first - 1), tokens.get(first));
  }

  static boolean lineBreakBetween(String text, Token a, Token b) {
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') return true;
    }
    return false;
  }
}
