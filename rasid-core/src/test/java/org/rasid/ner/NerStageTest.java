package org.rasid.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.Analyse;
import org.rasid.Pipeline;
import org.rasid.Rasid;
import org.rasid.doc.Article;
import org.rasid.doc.Document;
import org.rasid.doc.Entity;
import org.rasid.doc.EntityType;
import org.rasid.text.TextStage;

/** Whole names after a title or role, where the tagger takes only part of them. */
class NerStageTest {
  /** Asserts that the article's persons include one named {@code name}. */
  private static void assertPerson(Document d, String name) {
    assertTrue(persons(d).contains(name), persons(d).toString());
  }

  /** The entity named {@code name}; fails listing the article's persons when there is none. */
  private static Entity entityNamed(Document d, String name) {
    return d.entities().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(persons(d)));
  }

  private static List<String> persons(Document d) {
    return d.entities().stream().filter(e -> e.type() == EntityType.PER).map(Entity::name).toList();
  }

  @Test void aWordBetweenTheRoleAndThePersonIsTheFirstName() {
    Document d = Analyse.text("واستقبل الرئيس شي جين بينغ وفدا من رجال الأعمال في بكين أمس.");
    assertPerson(d, "شي جين بينغ");
  }

  @Test void aNameInAppositionRunsToTheComma() {
    Document d = Analyse.text("وصرح وزير الخارجية الفرنسي، جان إيف لو دريان، بأن باريس تدعم الحوار بين الأطراف.");
    assertPerson(d, "جان إيف لو دريان");
  }

  @Test void aNameAfterATitleRunsToTheNextRoleAndItsFamilyNameIsFoundAgain() {
    Document d = Analyse.text("أكد اللواء يحيي رحيم صفوي المستشار العسكري للمرشد أن بلاده لن تتراجع.\n"
        + "وقال صفوي إن المفاوضات لم تبدأ بعد.");
    Entity e = entityNamed(d, "يحيي رحيم صفوي");
    assertEquals(2, e.mentions().size(), e.mentions().toString());
  }

  @Test void aWordNeverSeenBetweenAVerbOfSayingAndItsThatIsAName() {
    Document d = Analyse.text("وتابع المحللون الأزمة عن كثب.\nوقال تاسك إن الاتحاد لن يتراجع عن موقفه.\n"
        + "ورفض تاسك الحديث عن موعد القمة.");
    Entity e = entityNamed(d, "تاسك");
    assertEquals(EntityType.PER, e.type());
    assertEquals(2, e.mentions().size(), e.mentions().toString());
  }

  @Test void pluralsPronounsAndAdverbsAfterAVerbOfSayingAreNoNames() {
    for (String s : List.of("وقال مسعفون إن عشرة أشخاص أصيبوا.", "ويرى كثيرون أن القرار جاء متأخرا.",
        "وقال معاليه إن المشروع سيكتمل قريبا.", "وأكد مرارا أن الحوار هو الحل.")) {
      assertTrue(persons(Analyse.text(s)).isEmpty(), s + " " + persons(Analyse.text(s)));
    }
  }

  @Test void aRoleOnBehalfOfABodyIntroducesTheName() {
    Document d = Analyse.text("ورفض المتحدث باسم الوزارة، إريك باون، التعليق على التقرير.");
    assertPerson(d, "إريك باون");
  }

  @Test void aBodyNamedByItsHeadAndAdjectiveGoesOnWithWhatItIsFor() {
    Document d = Analyse.text("وقالت الهيئة الوطنية للانتخابات إن نسبة المشاركة بلغت أربعين في المئة.");
    assertTrue(d.entities().stream().anyMatch(e -> e.type() == EntityType.ORG && e.name().equals("الهيئة الوطنية للانتخابات")),
        d.entities().toString());
  }

  @Test void aFaBeforeABareAlefOfAnUnknownNameIsItsFirstLetter() {
    Document d = Analyse.text("وقال المدافع فابيانو روسيتي إن فريقه سيعود أقوى في الموسم المقبل.");
    assertTrue(d.entities().stream().anyMatch(e -> e.name().startsWith("فابيانو")),
        d.entities().stream().map(Entity::name).toList().toString());
  }

  @Test void twoUnseenWordsAfterASpeakersDescriptionAreTheName() {
    Document d = Analyse.text("وأوضح طبيب اللجنة الطبية روبير ديلاكور في بيان أن المريض في حالة مستقرة.");
    assertPerson(d, "روبير ديلاكور");
  }

  @Test void aCompoundFirstNameWithAFamilyNameIsAPerson() {
    Document d = Analyse.text("دعا وزير حقوق الإنسان عز الدين الحوشبي المنظمات الدولية إلى زيارة المدينة.\n"
        + "وقال وزير المالية ما شاء الله العبيدي إن الميزانية ستقر قريبا.");
    assertPerson(d, "عز الدين الحوشبي");
    assertPerson(d, "ما شاء الله العبيدي");
  }

  @Test void aNameAfterARolesNationalityIsAPersonThoughAPlaceIsCalledSo() {
    // «هايكو» is also Haiku, Hawaii, in the gazetteer
    Document d = Analyse.text("من جهة أخرى، قال وزير الخارجية الألماني هايكو إن برلين ستستضيف المؤتمر المقبل.");
    assertPerson(d, "هايكو");
  }

  @Test void aRoleSetOffByCommasIsThePersonsAndAPlaceBetweenThemIsTheName() {
    // «فلورانس» is also Florence, in the gazetteer
    Document d = Analyse.text("قالت وزيرة الثقافة الفرنسية، فلورانس دوبوا، إن المتحف سيفتح أبوابه مجددا.");
    Entity e = entityNamed(d, "فلورانس دوبوا");
    assertEquals(EntityType.PER, e.type());
    assertEquals(List.of("وزيرة الثقافة الفرنسية"), e.roles());
  }

  @Test void aRoleBeforeACommaAndANameNotClosedByOneIsNotAttached() {
    Document d = Analyse.text("زار وزير الخارجية العاصمة موسكو، محمد العمري يرافقه وفد كبير.");
    for (Entity e : d.entities()) if (e.type() == EntityType.PER) assertTrue(e.roles().isEmpty(), e.toString());
  }

  @Test void aHyphenGluedBetweenTwoWordsJoinsOneNameButNotTwoNames() {
    Document d = Analyse.text("والتقى الوزير لي سانغ-مين برئيس البلدية أمس.\n"
        + "وقال الرئيس الأمريكي جورج فيلدمان إن قمة فيلدمان-سانغ ستعقد في الربيع.");
    assertPerson(d, "لي سانغ-مين");
    assertTrue(persons(d).stream().noneMatch(p -> p.contains("فيلدمان-")), persons(d).toString());
  }

  /** The text, mention and entity stages with a tagger that tags nothing: what the patterns find alone. */
  private static Document patternsOnly(String body) {
    NerTagger silent = new NerTagger(NerTagger.get().local(), NerTagger.get().context(), NerLexicon.get(), -1e6f);
    Pipeline p = new Pipeline(List.of(new TextStage(), new NerStage(silent), new EntityLinker(NerLexicon.get())),
        Rasid.MAX_CHARS, Rasid.BUDGET);
    return p.analyze(Article.of("t", "", body));
  }

  @Test void aNameAfterARoleEndsAtAPrepositionButAVerbOrANounPhraseIsNoName() {
    Document d = patternsOnly("وهدد الرئيس البرازيلي رودولفو كارفالينو بالانسحاب من الاتفاق.\n"
        + "وقد يصدر الرئيس عفوا رئاسيا عن المعتقلين، وهو بحاجة إلى وزير دفاع مقرب منه.\n"
        + "وقال مسؤول إن الرئيس الأمريكي يعلق بحذر على التهديدات.");
    assertPerson(d, "رودولفو كارفالينو");
    assertTrue(persons(d).stream().noneMatch(p -> p.contains("رئاسيا") || p.contains("مقرب") || p.contains("يعلق")), persons(d).toString());
  }

  @Test void aFamilyNameWrittenAloneDoesNotTakeTheWordAfterIt() {
    Document d = Analyse.text("وصل الجنرال قادر زيلاني إلى المدينة أمس.\n"
        + "وبدا كلام زيلاني كحلقة في سلسلة من التهديدات، وختم زيلاني لينهي خطابه بالوعيد.");
    assertTrue(persons(d).stream().noneMatch(p -> p.contains("كحلقة") || p.contains("لينهي")), persons(d).toString());
  }

  @Test void twoNamesJoinedByAndAreTwoPersonsAndThePrepositionIsNoName() {
    Document d = Analyse.text("وبحث خالد وفهد مع المدرب خطة المباراة.\n"
        + "وحضر اللقاء سالم وعلي ومحمد.\nوأكد علي أن الفريق جاهز.\nوشدد المدرب على أهمية الفوز على المنافس.");
    List<String> persons = persons(d);
    assertTrue(persons.contains("خالد") && persons.contains("فهد") && persons.contains("سالم"), persons.toString());
    assertTrue(persons.stream().noneMatch(p -> p.contains(" و")), persons.toString());
    for (org.rasid.doc.Mention m : d.mentions()) assertTrue(!m.text().equals("على"), m.toString());
  }

  @Test void aFamilyNameAloneIsThePersonLastNamedWithItAndAMiddleNameIsTheSameName() {
    Document d = Analyse.text("قالت هدى محمد الشمري إن المدارس جاهزة. وقالت سارة القحطاني إن الخطة ناجحة.\n"
        + "وقالت نورة القحطاني إن المعلمين مستعدون. وأشارت القحطاني إلى أن الدعم مستمر. وأضافت هدى الشمري أن الأسر متعاونة.");
    assertEquals(List.of("هدى محمد الشمري", "سارة القحطاني", "نورة القحطاني"), persons(d));
    Entity nora = entityNamed(d, "نورة القحطاني");
    assertEquals(2, nora.mentions().size(), nora.toString());
  }
}
