package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
  @Test void foldsLettersDigitsAndQuoteMarks() {
    assertEquals("احمد اسلام امن", ArabicNormalizer.normalize("أحمد إسلام آمن").toString());
    assertEquals("مستشفي مدرسه", ArabicNormalizer.normalize("مستشفى مدرسة").toString());
    assertEquals("2019/5/13", ArabicNormalizer.normalize("٢٠١٩/٥/١٣").toString());
    assertEquals("12", ArabicNormalizer.normalize("۱۲").toString());
    assertEquals("\"a\" \"b\" \"c\"", ArabicNormalizer.normalize("«a» “b” „c″").toString());
  }

  @Test void dropsDiacriticsTatweelAndBidiMarksKeepingOffsets() {
    String text = "نوّه الـ17 \u200Fجداً";
    NormalizedText v = ArabicNormalizer.normalize(text);
    assertEquals("نوه ال17 جدا", v.toString());
    // every view character maps back to the same letter in the original
    for (int i = 0; i < v.length(); i++) {
      char o = text.charAt(v.originalStart(i));
      assertEquals(v.charAt(i), ArabicNormalizer.fold(o));
    }
    // a word's trailing tanween stays inside its span
    int j = v.toString().indexOf("جدا");
    assertEquals("جداً", text.substring(v.originalStart(j), v.originalEnd(j + 3)));
  }
}
