package org.rasid.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.Analyse;
import org.rasid.doc.DateMention;
import org.rasid.doc.Document;

class DateStageTest {
  private static List<String> values(String body, LocalDate pub) {
    Document d = Analyse.text("", body, pub);
    return d.dates().stream().map(m -> m.text() + "=" + m.value()).toList();
  }

  private static final LocalDate PUB = LocalDate.of(2019, 5, 13); // a Monday

  @Test void absoluteDatesInEveryCommonForm() {
    assertEquals(List.of("13 مايو 2019=2019-05-13"), values("وصل الوفد في 13 مايو 2019 إلى تونس", PUB));
    assertEquals(List.of("13 أيار/مايو 2019=2019-05-13"), values("في 13 أيار/مايو 2019 أعلن", PUB));
    assertEquals(List.of("2019/5/13=2019-05-13"), values("بتاريخ 2019/5/13 صدر القرار", PUB));
    assertEquals(List.of("١٣-٥-٢٠١٩=2019-05-13"), values("بتاريخ ١٣-٥-٢٠١٩ صدر القرار", PUB));
    assertEquals(List.of("عام 2014=2014"), values("منذ تحرير المدينة عام 2014 تغير الكثير", PUB));
    assertEquals(List.of("5 كانون الثاني 2020=2020-01-05"), values("في 5 كانون الثاني 2020 قال", PUB));
    assertEquals(List.of("أكتوبر 2018=2018-10"), values("في أكتوبر 2018 بدأ", PUB));
    assertEquals(List.of("20 يوليو=2019-07-20"), values("وفي 20 يوليو عقد", PUB));
  }

  @Test void hijriDatesConverted() {
    // 26 Shawwal 1436 AH is 11 August 2015 in the Umm al-Qura calendar
    assertEquals(List.of("26 شوال 1436 هـ=2015-08-11"), values("الرياض 26 شوال 1436 هـ واس", PUB));
  }

  @Test void relativeDatesResolvedAgainstPublication() {
    assertEquals(List.of("أمس الأحد=2019-05-12"), values("وقعت الاشتباكات أمس الأحد", PUB));
    assertEquals(List.of("أمس=2019-05-12"), values("وقعت الاشتباكات أمس في المدينة", PUB));
    assertEquals(List.of("غداً=2019-05-14"), values("يجتمع المجلس غداً", PUB));
    assertEquals(List.of("الجمعة الماضي=2019-05-10"), values("خلال مظاهرات الجمعة الماضي", PUB));
    assertEquals(List.of("يوم الخميس=2019-05-09"), values("وصل يوم الخميس", PUB));
    assertEquals(List.of("الأسبوع الماضي=2019-W19"), values("خلال الأسبوع الماضي", PUB));
    assertEquals(List.of("العام الماضي=2018"), values("مقارنة بالعام الماضي", PUB));
    assertEquals(List.of("أول من أمس=2019-05-11"), values("وقعت الحادثة أول من أمس", PUB));
    assertEquals(List.of("العام المنصرم=2018"), values("خلال العام المنصرم", PUB));
  }

  @Test void periodsStartWithSince() {
    DateMention m = Analyse.text("", "هناك 17 هجوما منذ عام 2017", PUB).dates().get(0);
    assertEquals("منذ عام 2017", m.text());
    assertEquals("since", m.relation());
  }

  @Test void withoutPublicationDateRelativeValuesAreNull() {
    assertEquals(List.of("أمس=null"), values("وقعت الاشتباكات أمس في المدينة", null));
    assertEquals(List.of("منذ عام 2014=2014"), values("منذ عام 2014", null));
  }
}
