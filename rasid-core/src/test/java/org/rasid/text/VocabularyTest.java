package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.rasid.doc.Lexeme;
import org.rasid.doc.Token;

class VocabularyTest {
  private static Lexeme get(Vocabulary v, String s, Token.Kind kind) {
    char[] c = ("  " + s + " ").toCharArray(); // a slice, as the tokenizer asks
    return v.get(c, 2, 2 + s.length(), kind);
  }

  @Test void oneLexemePerFormWithItsSegmentation() {
    Vocabulary v = new Vocabulary(new CliticSegmenter());
    Lexeme a = get(v, "وبالجيش", Token.Kind.ARABIC);
    assertSame(a, get(v, "وبالجيش", Token.Kind.ARABIC));
    assertEquals("وبالجيش", a.norm());
    assertEquals("وب", a.prefix());
    assertEquals("جيش", a.stem());
    assertEquals("الجيش", a.bare());
    Lexeme n = get(v, "2019", Token.Kind.NUMBER);
    assertEquals("2019", n.stem());
    assertEquals("", n.prefix());
    assertNotSame(a, get(v, "وبالجيشي", Token.Kind.ARABIC));
  }

  @Test void boundedButKeepsWhatRecurs() {
    Vocabulary v = new Vocabulary(new CliticSegmenter());
    Lexeme kept = get(v, "طرابلس", Token.Kind.ARABIC);
    // three generations of other forms; the kept one is met once in each
    for (int i = 0; i < 3 * Vocabulary.GENERATION; i++) {
      String f = "x" + Integer.toString(i, 36);
      Lexeme l = get(v, f, Token.Kind.LATIN);
      assertEquals(f, l.norm());
      if (i % (Vocabulary.GENERATION / 2) == 0) assertSame(kept, get(v, "طرابلس", Token.Kind.ARABIC));
    }
    // a form from the first generation is gone: it comes back as a new lexeme, equal in content
    Lexeme again = get(v, "x0", Token.Kind.LATIN);
    assertEquals("x0", again.norm());
  }
}
