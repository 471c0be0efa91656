package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.doc.Article;
import org.rasid.doc.Document;
import org.rasid.doc.Sentence;
import org.rasid.doc.Token;

class TextStageTest {
  private static Document run(String title, String body) {
    Article a = Article.of("t", title, body);
    Document d = new Document(a, ArabicNormalizer.normalize(a.text()));
    new TextStage().process(d);
    return d;
  }

  private static List<String> sentences(Document d) {
    return d.sentences().stream().map(s -> d.text().substring(s.start(), s.end())).toList();
  }

  @Test void splitsOnArabicPunctuationLinesAndDatelines() {
    Document d = run("عنوان الخبر", "ليبيا – أكد المتحدث أن الوضع مستقر. هل انتهت الأزمة؟ لا\nفقرة ثانية؛ وجملة أخرى");
    assertEquals(List.of("عنوان الخبر", "ليبيا –", "أكد المتحدث أن الوضع مستقر.", "هل انتهت الأزمة؟", "لا",
        "فقرة ثانية؛", "وجملة أخرى"), sentences(d));
  }

  @Test void keepsClosingQuoteWithSentenceAndAbbreviationsInside() {
    Document d = run("", "وقال: “لن نتراجع.” ثم غادر د. أحمد القاعة.");
    assertEquals(List.of("وقال: “لن نتراجع.”", "ثم غادر د. أحمد القاعة."), sentences(d));
  }

  @Test void aFullStopBetweenWordsWithoutSpacesIsInsideAName() {
    Document d = run("", "وقال مسؤولون في جهاز إم.آي6 إن التحقيق مستمر. وانتهى الاجتماع.");
    assertEquals(List.of("وقال مسؤولون في جهاز إم.آي6 إن التحقيق مستمر.", "وانتهى الاجتماع."), sentences(d));
  }

  @Test void tokensCarryOffsetsCliticsAndNumbers() {
    Document d = run("", "وبطرابلس قُتل 3.5 ألف و1,200 شخص في الـ17 هجوماً");
    for (Token t : d.tokens()) assertEquals(t.norm(), ArabicNormalizer.fold(d.text().substring(t.start(), t.end())));
    Token w = d.tokens().get(0);
    assertEquals("وب", w.prefix());
    assertEquals("طرابلس", w.stem());
    assertTrue(d.tokens().stream().anyMatch(t -> t.norm().equals("3.5") && t.kind() == Token.Kind.NUMBER));
    assertTrue(d.tokens().stream().anyMatch(t -> t.norm().equals("1,200")));
    assertTrue(d.tokens().stream().anyMatch(t -> t.norm().equals("17")));
  }

  @Test void segmenterLeavesKnownWordsWhole() {
    CliticSegmenter s = new CliticSegmenter();
    assertEquals("ليبيا", s.best("ليبيا").stem());
    assertEquals("", s.best("ليبيا").prefix());
    assertEquals("وزاره", s.best("وزاره").stem());
    assertEquals("ليبيا", s.best("لليبيا").stem());
    CliticSegmenter.Reading r = s.best("والجيش");
    assertEquals("و", r.prefix());
    assertTrue(r.article());
    assertEquals("الجيش", r.bare());
    assertEquals("اضاف", s.best("واضاف").stem());
  }

  @Test void longRunsAreCutAndSentencesBounded() {
    String body = "ب".repeat(10_000) + " " + "كلمة ".repeat(2_000);
    Document d = run("", body);
    assertTrue(d.tokens().stream().allMatch(t -> t.end() - t.start() <= Tokenizer.MAX_TOKEN));
    for (Sentence s : d.sentences()) assertTrue(s.size() <= SentenceSplitter.MAX_TOKENS);
    assertFalse(d.sentences().isEmpty());
  }

  @Test void aHyphenInsideANameEndsNoDateline() {
    Document d = run("", "وقال بارك مين-هو إن المحادثات ستستأنف غدا.\nسيول - أعلنت الحكومة خطة جديدة.");
    assertEquals(List.of("وقال بارك مين-هو إن المحادثات ستستأنف غدا.", "سيول -", "أعلنت الحكومة خطة جديدة."), sentences(d));
  }
}
