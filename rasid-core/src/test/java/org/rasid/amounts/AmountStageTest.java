package org.rasid.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.Analyse;
import org.rasid.doc.Amount;
import org.rasid.doc.Document;

class AmountStageTest {
  private static Amount first(String body) {
    Document d = Analyse.text(body);
    assertTrue(!d.amounts().isEmpty(), body);
    return d.amounts().get(0);
  }

  @Test void digitsWithObjectsAndUnits() {
    Amount a = first("قتل 12 شخصاً في الهجوم");
    assertEquals(12, a.value());
    assertEquals("شخص", a.object());
    assertEquals("km", first("على بعد ٣٠ كلم من الحدود").unit());
    assertEquals(1200, first("نزوح 1,200 عائلة").value());
    assertEquals(3.5, first("خسائر بقيمة 3.5 مليون دولار").value() / 1e6);
    assertEquals("percent", first("ارتفع التضخم بنسبة 7 في المئة").unit());
  }

  @Test void wordsRangesAndVagueQuantities() {
    assertEquals(17, first("سقط سبعة عشر قتيلا").value());
    assertEquals(25, first("أصيب خمسة وعشرون شخصا").value());
    Amount r = first("يبعد 15-20 كيلو متر عن العاصمة");
    assertEquals(15, r.value());
    assertEquals(20, r.upper());
    Amount v = first("سقط عشرات القتلى والجرحى");
    assertTrue(v.approximate());
    assertEquals("قتلى", v.object());
    assertEquals(5000, first("شارك خمسة آلاف متظاهر").value());
  }

  @Test void yearsAndDatesAreNotAmounts() {
    Document d = Analyse.text("في 13 مايو 2019 وفي عام 2014 وقعت أحداث");
    assertTrue(d.amounts().isEmpty(), d.amounts().toString());
  }
}
