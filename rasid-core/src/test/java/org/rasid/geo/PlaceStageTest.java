package org.rasid.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.Analyse;
import org.rasid.doc.Document;
import org.rasid.doc.Place;

class PlaceStageTest {
  private static Place place(Document d, String text) {
    return d.places().stream().filter(p -> p.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in " + d.places()));
  }

  @Test void tripoliFollowsTheArticlesCountry() {
    Document lebanon = Analyse.text("اشتباكات في طرابلس شمال لبنان بين الجيش اللبناني ومسلحين، وقال مسؤول لبناني إن الوضع هادئ في بيروت.");
    assertEquals("LB", place(lebanon, "طرابلس").country());
    Document libya = Analyse.text("اشتباكات في طرابلس بين قوات حكومة الوفاق الليبية ومسلحين قرب مطار معيتيقة، والوضع في بنغازي هادئ.");
    assertEquals("LY", place(libya, "طرابلس").country());
    assertEquals(2210247L, place(libya, "طرابلس").geonameid());
  }

  @Test void cliticsStrippedAndCountriesFound() {
    Document d = Analyse.text("وصل الوفد إلى القاهرة قادما من بغداد وبدمشق، ثم توجه لليبيا ومنها إلى تونس.");
    assertEquals("EG", place(d, "القاهرة").country());
    assertEquals("IQ", place(d, "بغداد").country());
    assertEquals("SY", place(d, "دمشق").country());
    assertEquals("LY", place(d, "ليبيا").country());
    assertEquals("TN", place(d, "تونس").country());
  }

  @Test void unknownLocationIsKeptUnresolved() {
    Document d = Analyse.text("وقعت اشتباكات عنيفة في منطقة وادي الربيع جنوب طرابلس الليبية.");
    assertTrue(d.places().stream().anyMatch(p -> p.text().equals("طرابلس") && "LY".equals(p.country())));
    d.places().stream().filter(p -> p.geonameid() == null && p.lat() == null).forEach(p -> assertNull(p.lon()));
  }
}
