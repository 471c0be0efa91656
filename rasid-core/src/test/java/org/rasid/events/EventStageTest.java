package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.Analyse;
import org.rasid.doc.Document;
import org.rasid.doc.Event;

class EventStageTest {
  private static Event first(Document d, String plover) {
    return d.events().stream().filter(e -> plover.equals(e.plover())).findFirst()
        .orElseThrow(() -> new AssertionError(plover + " not in " + d.events()));
  }

  @Test void attackWithTargetPlaceAndDate() {
    Document d = Analyse.text("شن مسلحون أمس هجوما على مطار معيتيقة في طرابلس أسفر عن مقتل 3 أشخاص.");
    Event e = first(d, "ASSAULT");
    assertEquals("190", e.cameo());
    assertEquals(-10.0, e.goldstein());
    assertEquals("2019-05-12", e.date());
    assertNotNull(e.place());
    assertEquals("LY", e.place().country());
    assertNotNull(e.target());
    assertTrue(e.target().text().contains("معيتيقة"), e.target().text());
  }

  @Test void protestAndArrest() {
    Document d = Analyse.text("تظاهر آلاف الطلاب اليوم في القاهرة، واعتقلت الشرطة المصرية عشرات منهم.");
    assertEquals("141", first(d, "PROTEST").cameo());
    Event arrest = first(d, "COERCE");
    assertEquals("173", arrest.cameo());
    assertNotNull(arrest.source());
  }

  @Test void appealRefinedByItsObjectAndSpokenBySpeaker() {
    Document d = Analyse.text("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف الليبية إلى الحوار.");
    Event e = first(d, "REQUEST");
    assertEquals("026", e.cameo());
    assertNotNull(e.source());
    assertTrue(e.source().text().contains("غوتيريش"), e.source().text());
  }

  @Test void aKindOfActIsNotAnEvent() {
    Document d = Analyse.text("ويرى الخبراء أن الاحتجاجات وسيلة مشروعة للتعبير عن الرأي.");
    assertTrue(d.events().stream().noneMatch(e -> "PROTEST".equals(e.plover())), d.events().toString());
  }
}
