package org.rasid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.doc.Article;

class ReadersTest {
  @TempDir Path dir;

  private static List<Input> all(Sources s) {
    List<Input> out = new ArrayList<>();
    s.forEachRemaining(out::add);
    return out;
  }

  @Test void plainTextFirstLineIsTitle() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "\uFEFFالعنوان هنا\r\n\r\nالفقرة الأولى.\nالفقرة الثانية.\n");
    Article a = ((Input.Ok) all(new Sources(List.of(f.toString()), System.in)).get(0)).article();
    assertEquals("a", a.id());
    assertEquals("العنوان هنا", a.title());
    assertEquals("الفقرة الأولى.\nالفقرة الثانية.", a.body());
    assertEquals("العنوان هنا\nالفقرة الأولى.\nالفقرة الثانية.", a.text());
  }

  @Test void jsonLinesKeepFieldsAndReportBadLines() {
    String jsonl = """
        {"id": "x1", "title": "عنوان", "text": "نص الخبر", "date": "2018-05-24 10:22:01", "source": "bbc", "url": "http://e/1"}
        [1, 2, 3]
        {"id": "x2", "title": "بلا نص"}
        {"id": "x3", "text": "نص", "date": "2019-05-13T09:00:00+02:00"}
        {broken
        """;
    List<Input> in = all(new Sources(List.of("-"), new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8))));
    assertEquals(5, in.size());
    Article a = ((Input.Ok) in.get(0)).article();
    assertEquals(LocalDate.of(2018, 5, 24), a.published());
    assertEquals("bbc", a.source());
    assertEquals("http://e/1", a.extra().get("url"));
    assertEquals("line is not a JSON object", ((Input.Failed) in.get(1)).reason());
    assertEquals("x2", in.get(2).id());
    assertInstanceOf(Input.Failed.class, in.get(2));
    assertEquals(LocalDate.of(2019, 5, 13), ((Input.Ok) in.get(3)).article().published());
    assertTrue(((Input.Failed) in.get(4)).reason().startsWith("not valid JSON"));
  }

  @Test void jsonLinesCrossReadBuffersAndShortReads() {
    // a 200 KB line spans several read-ahead buffers; the stream hands out at most 7 bytes a read,
    // so lines and multi-byte letters are cut at every place; the last line has no newline
    String longText = "قال المتحدث إن الوضع هادئ. ".repeat(4000);
    String jsonl = "{\"id\":\"a\",\"text\":\"" + longText + "\"}\n\n{\"id\":\"b\",\"text\":\"نص قصير\"}";
    byte[] bytes = jsonl.getBytes(StandardCharsets.UTF_8);
    java.io.InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override public synchronized int read(byte[] b, int off, int len) { return super.read(b, off, Math.min(len, 7)); }
    };
    List<Input> in = new java.util.ArrayList<>();
    new JsonlReader("t.jsonl", trickle).forEachRemaining(in::add);
    assertEquals(2, in.size());
    assertEquals(longText.strip(), ((Input.Ok) in.get(0)).article().text());
    assertEquals("نص قصير", ((Input.Ok) in.get(1)).article().text());
  }

  @Test void invalidUtf8LineFailsAloneInJsonLines() throws IOException {
    Path f = dir.resolve("mixed.jsonl");
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    byte[] good = "{\"id\":\"ok\",\"text\":\"سليم\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, both, 0, bad.length);
    System.arraycopy(good, 0, both, bad.length, good.length);
    Files.write(f, both);
    List<Input> in = all(new Sources(List.of(f.toString()), System.in));
    assertEquals("invalid UTF-8", ((Input.Failed) in.get(0)).reason());
    assertEquals("ok", in.get(1).id());
  }

  @Test void binaryEmptyAndMissingFilesAreErrors() throws IOException {
    Path bin = dir.resolve("img.txt");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "  \n ");
    List<Input> in = all(new Sources(List.of(bin.toString(), empty.toString(), dir.resolve("nope.txt").toString()), System.in));
    assertTrue(((Input.Failed) in.get(0)).reason().startsWith("binary content"));
    assertEquals("empty document", ((Input.Failed) in.get(1)).reason());
    assertEquals("no such file", ((Input.Failed) in.get(2)).reason());
  }

  @Test void htmlBodyFoundMetadataReadBoilerplateDropped() {
    String html = """
        <html><head><title>عنوان الصفحة | الموقع</title>
        <meta property="og:title" content="المسماري: الجيش يتقدم">
        <meta property="article:published_time" content="2019-05-13T08:00:00Z">
        <meta property="og:site_name" content="الموقع"></head>
        <body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">رياضة</a></li></ul></nav>
        <script>var x = "«لا»";</script>
        <article><p>أكد المتحدث أن القوات تقدمت نحو المدينة في ساعة مبكرة من صباح اليوم وسط اشتباكات.</p>
        <p>وقال: «لن نتراجع عن أهدافنا في هذه المعركة مهما كلف الأمر».</p>
        <p>وأضاف أن العمليات مستمرة حتى تحقيق كامل الأهداف المعلنة من قبل القيادة العامة للجيش.</p>
        <ul class="related"><li><a href="/1">خبر ذو صلة</a></li></ul></article>
        <footer>جميع الحقوق محفوظة</footer></body></html>""";
    Article a = ((Input.Ok) HtmlReader.parse("p1", html, null)).article();
    assertEquals("المسماري: الجيش يتقدم", a.title());
    assertEquals(LocalDate.of(2019, 5, 13), a.published());
    assertEquals("الموقع", a.source());
    assertTrue(a.body().startsWith("أكد المتحدث"));
    assertTrue(a.body().contains("«لن نتراجع"));
    for (String junk : List.of("الرئيسية", "var x", "خبر ذو صلة", "جميع الحقوق")) assertTrue(!a.body().contains(junk), junk);
  }

  @Test void htmlWithoutBodyTextOrDeeplyNestedIsAnError() {
    assertEquals("HTML has no article body",
        ((Input.Failed) HtmlReader.parse("e", "<html><head><title>t</title></head><body><script>x</script></body></html>", null)).reason());
    String deep = "<div>".repeat(5000) + "<p>نص</p>" + "</div>".repeat(5000);
    Input in = HtmlReader.parse("deep", "<html><body>" + deep + "</body></html>", null);
    // either refused by name or read sanely: never a stack overflow
    assertTrue(in instanceof Input.Failed f ? f.reason().contains("nested")
        : ((Input.Ok) in).article().text().contains("نص"), in.toString());
  }

  @Test void foldersAreReadRecursivelyInNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/2.txt"), "ثاني\nنص");
    Files.writeString(dir.resolve("b/1.txt"), "أول\nنص");
    Files.writeString(dir.resolve("b/.hidden"), "x");
    List<Input> in = all(new Sources(List.of(dir.resolve("b").toString()), System.in));
    assertEquals(List.of("1", "2"), in.stream().map(Input::id).toList());
  }

  @Test void warcHtmlResponsesBecomeArticles() throws IOException {
    String html = "<html><head><title>عاجل: اشتباكات في طرابلس</title></head><body><article>"
        + "<p>قال مصدر أمني إن اشتباكات عنيفة اندلعت صباح اليوم في العاصمة الليبية طرابلس بين مجموعتين مسلحتين.</p>"
        + "<p>وأضاف المصدر أن الاشتباكات أدت إلى إغلاق الطرق الرئيسية المؤدية إلى المطار لساعات طويلة.</p>"
        + "<p>ولم تصدر الحكومة أي تعليق حتى الآن على ما جرى في المدينة التي تشهد توترا منذ أسابيع.</p>"
        + "</article></body></html>";
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
    byte[] css = "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\nbody{}".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream warc = new java.io.ByteArrayOutputStream();
    record(warc, "http://example.com/news/1", http);
    record(warc, "http://example.com/style.css", css);
    Path f = dir.resolve("crawl.warc");
    Files.write(f, warc.toByteArray());
    List<Input> in = all(new Sources(List.of(f.toString()), System.in));
    assertEquals(1, in.size(), in.toString());
    Article a = ((Input.Ok) in.get(0)).article();
    assertEquals("http://example.com/news/1", a.id());
    assertEquals("عاجل: اشتباكات في طرابلس", a.title());
    assertEquals(LocalDate.of(2019, 5, 13), a.published());
    assertTrue(a.body().startsWith("قال مصدر أمني"));
  }

  private static void record(java.io.ByteArrayOutputStream out, String uri, byte[] http) throws IOException {
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\r\nWARC-Date: 2019-05-13T08:00:00Z\r\nWARC-Target-URI: " + uri
        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.UTF_8));
    out.write(http);
    out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
