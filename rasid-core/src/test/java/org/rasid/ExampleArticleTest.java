package org.rasid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.doc.Amount;
import org.rasid.doc.Article;
import org.rasid.doc.DateMention;
import org.rasid.doc.Document;
import org.rasid.doc.Entity;
import org.rasid.doc.EntityType;
import org.rasid.doc.Place;
import org.rasid.doc.Quote;

/** The bundled real article, against what ../shared/examples/mismari/expected.json says it contains. */
class ExampleArticleTest {
  static Document doc;

  @BeforeAll static void analyse() throws IOException {
    String raw;
    try (InputStream in = ExampleArticleTest.class.getResourceAsStream("/mismari.txt")) {
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int nl = raw.indexOf('\n');
    Article a = new Article("mismari-alhurra", raw.substring(0, nl).strip(), raw.substring(nl + 1).strip(),
        LocalDate.of(2019, 5, 13), "example", Map.of());
    doc = Rasid.analyze(a);
  }

  @Test void everySpanIsTheTextItPointsTo() {
    String t = doc.text();
    doc.tokens().forEach(x -> assertTrue(x.end() <= t.length()));
    doc.mentions().forEach(m -> assertEquals(m.text(), t.substring(m.start(), m.end())));
    for (Quote q : doc.quotes()) {
      assertEquals(q.content().text(), t.substring(q.content().start(), q.content().end()));
      if (q.cue() != null) assertEquals(q.cue().text(), t.substring(q.cue().start(), q.cue().end()));
      if (q.speaker() != null) assertEquals(q.speaker().text(), t.substring(q.speaker().start(), q.speaker().end()));
    }
    doc.places().forEach(p -> assertEquals(p.text(), t.substring(p.start(), p.end())));
    doc.dates().forEach(p -> assertEquals(p.text(), t.substring(p.start(), p.end())));
    doc.amounts().forEach(p -> assertEquals(p.text(), t.substring(p.start(), p.end())));
  }

  @Test void allNineteenQuotesWithTheirSpeaker() {
    List<String> anchors = List.of("هدف القوات المسلحة في طرابلس", "من ضمن معارك الحرب على الإرهاب",
        "وصلت إلى مرحلة حاسمة جداً", "الساعات القادمة ستكون حبلى بالأخبار", "قاموا أمس الأحد بهجوم تم التجهيز",
        "لم يتمكنوا من التحرك حتى داخل العاصمة", "القوات المسلحة لن تصمت أمام هذا الهجوم",
        "نحن لا نسعى إلى إحتلال طرابلس", "معركة طرابلس مختلفة وليست تقليدية", "تطبق دروس بنغازي في معركة طرابلس",
        "زمن الدبلوماسية والحوار إنتهى", "بإمكان سلامة والشعب الليبي القيام بأي حوار", "بإستهداف المدنيين والمطارات",
        "هذه الإتهامات باطلة لأن القصف", "هجوماً على مطار معيتقية منذ عام 2017", "بحاجة إلى إمكانيات هائلة لبسط النفوذ",
        "الى مساعدة ليبيا ودعمها لرفع التسليح", "قطر وتركيا هما الدولتين", "لدينا سجون تعج بالإرهابيين والمجرمين");
    assertEquals(anchors.size(), doc.quotes().size());
    for (String anchor : anchors) {
      Quote q = doc.quotes().stream().filter(x -> x.content().text().contains(anchor)).findFirst().orElse(null);
      assertNotNull(q, anchor);
      assertNotNull(q.speaker(), anchor);
      assertEquals("أحمد المسماري", q.speakerName(), anchor);
    }
    Quote last = doc.quotes().get(doc.quotes().size() - 1);
    assertEquals(Quote.Type.DIRECT, last.type());
    assertEquals("conclude", last.cueKind());
    assertEquals("deny", doc.quotes().stream().filter(q -> q.content().text().contains("بإستهداف المدنيين"))
        .findFirst().orElseThrow().cueKind());
  }

  @Test void entitiesMergedWithTitlesAndRoles() {
    Entity mismari = entity("أحمد المسماري");
    assertEquals(EntityType.PER, mismari.type());
    assertEquals(List.of("اللواء"), mismari.titles());
    assertTrue(mismari.roles().contains("الناطق باسم الجيش الوطني"));
    assertTrue(mismari.mentions().size() >= 8, "all mentions of the spokesman are merged");
    Entity salame = entity("غسان سلامة");
    assertTrue(salame.roles().contains("المبعوث الأممي"));
    assertTrue(salame.mentions().stream().anyMatch(m -> m.text().equals("سلامة")));
    Set<String> names = doc.entities().stream().map(e -> e.type() + ":" + e.name()).collect(Collectors.toSet());
    for (String n : List.of("PER:هشام عشماوي", "ORG:الجيش الوطني", "ORG:القوات المسلحة", "ORG:الحرة",
        "ORG:قوة الردع", "ORG:ميليشيات البقرة", "ORG:الوفاق", "ORG:حماس", "ORG:جماعة الإخوان المسلمين", "ORG:تنظيم القاعدة",
        "MISC:طوفان الكرامة")) {
      assertTrue(names.contains(n), n + " in " + names);
    }
    assertEquals("US", entity("الحرة").country());
  }

  @Test void placesResolvedToLibyaNotLebanon() {
    Map<String, Place> byText = doc.places().stream().collect(Collectors.toMap(Place::text, p -> p, (a, b) -> a));
    Place tripoli = byText.get("طرابلس");
    assertEquals("LY", tripoli.country());
    assertEquals(32.89, tripoli.lat(), 0.05);
    assertEquals(13.19, tripoli.lon(), 0.05);
    assertEquals(2210247L, tripoli.geonameid());
    assertEquals("LY", byText.get("طربلس").country(), "misspelt Tripoli");
    assertEquals(32.43, byText.get("ترهونة").lat(), 0.05);
    assertEquals(20.07, byText.get("بنغازي").lon(), 0.05);
    Place mitiga = byText.get("مطار معيتقية");
    assertNotNull(mitiga, "the airport with its misspelling");
    assertEquals(13.28, mitiga.lon(), 0.05);
    for (String[] c : new String[][] {{"ليبيا", "LY"}, {"مصر", "EG"}, {"قطر", "QA"}, {"تركيا", "TR"}}) {
      assertEquals(c[1], byText.get(c[0]).country(), c[0]);
    }
  }

  @Test void datesResolvedAgainstPublication() {
    Map<String, DateMention> byText = doc.dates().stream().collect(Collectors.toMap(DateMention::text, p -> p, (a, b) -> a));
    assertEquals("2019-05-12", byText.get("أمس الأحد").value());
    assertEquals("2014", byText.get("عام 2014").value());
    assertEquals("2017", byText.get("منذ عام 2017").value());
    assertEquals("since", byText.get("منذ عام 2017").relation());
  }

  @Test void amountsWithUnitsAndObjects() {
    Map<String, Amount> byText = doc.amounts().stream().collect(Collectors.toMap(Amount::text, p -> p, (a, b) -> a));
    Amount attacks = byText.get("الـ17 هجوماً");
    assertEquals(17, attacks.value());
    assertEquals("هجوم", attacks.object());
    assertEquals("km", byText.get("5 كيلو متر").unit());
    Amount range = byText.get("15-20 كيلو متر");
    assertEquals(15, range.value());
    assertEquals(20, range.upper());
  }

  private static Entity entity(String name) {
    return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + doc.entities().stream().map(Entity::name).toList()));
  }
}
