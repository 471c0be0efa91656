package org.rasid.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.Analyse;
import org.rasid.doc.Document;
import org.rasid.doc.Quote;

class QuoteStageTest {
  private static Quote only(Document d) {
    assertEquals(1, d.quotes().size(), () -> d.quotes().toString());
    return d.quotes().get(0);
  }

  private static Quote last(Document d) {
    assertTrue(!d.quotes().isEmpty(), "no quotes");
    return d.quotes().get(d.quotes().size() - 1);
  }

  @Test void directQuoteAfterColonWithGuillemets() {
    Quote q = only(Analyse.text("وقال وزير الخارجية سامح شكري في مؤتمر صحفي: «إن مصر لن تقبل بأي تدخل في شؤونها الداخلية»."));
    assertEquals(Quote.Type.DIRECT, q.type());
    assertEquals("إن مصر لن تقبل بأي تدخل في شؤونها الداخلية", q.content().text());
    assertEquals("say", q.cueKind());
    assertTrue(q.speaker().text().contains("شكري"), q.speaker().text());
  }

  @Test void indirectQuoteWithFeminineCueAndOrganisationSpeaker() {
    Quote q = only(Analyse.text("وأعلنت وزارة الصحة أن عدد الوفيات ارتفع إلى 25 شخصا في المحافظة."));
    assertEquals(Quote.Type.INDIRECT, q.type());
    assertEquals("announce", q.cueKind());
    assertTrue(q.content().text().startsWith("عدد الوفيات ارتفع"));
    assertEquals("وزارة الصحة", q.speaker().text());
  }

  @Test void anonymousSourceIsASpeaker() {
    Quote q = only(Analyse.text("وقال مصدر عسكري إن الطائرات قصفت مواقع المسلحين فجر اليوم."));
    assertEquals("مصدر عسكري", q.speaker().text());
    assertNull(q.speakerEntity());
  }

  @Test void droppedSubjectCarriesTheSpeakerOver() {
    Document d = Analyse.text("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستدعم الحل السياسي.\n"
        + "وأضاف أن الحوار هو السبيل الوحيد، مشيرا إلى أن باريس ستستضيف مؤتمرا دوليا.");
    assertEquals(3, d.quotes().size(), d.quotes().toString());
    for (Quote q : d.quotes()) assertTrue(q.speakerName().contains("ماكرون"), q.toString());
    assertEquals(List.of("say", "add", "say"), d.quotes().stream().map(Quote::cueKind).toList());
  }

  @Test void quoteBeforeItsCue() {
    Quote q = only(Analyse.text("\"سنواصل العمل حتى تحقيق كل الأهداف المعلنة\"، قال المتحدث باسم الحكومة."));
    assertEquals(Quote.Type.DIRECT, q.type());
    assertEquals("سنواصل العمل حتى تحقيق كل الأهداف المعلنة", q.content().text());
  }

  @Test void mixedQuoteHasAQuotedFragmentInAnIndirectFrame() {
    Quote q = only(Analyse.text("وأكد البيان أن الهجوم كان \"عملا إرهابيا جبانا لن يمر دون عقاب\" بحسب تعبيره."));
    assertEquals(Quote.Type.MIXED, q.type());
  }

  @Test void attributionAfterTheClause() {
    Quote q = only(Analyse.text("قتل خمسة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة، بحسب وزارة الداخلية."));
    assertEquals("according", q.cueKind());
    assertTrue(q.content().text().startsWith("قتل خمسة أشخاص"));
    assertEquals("وزارة الداخلية", q.speaker().text());
  }

  @Test void quotedTitlesAndScareQuotesAreNotQuotations() {
    Document d = Analyse.text("صدر كتاب «الأيام» في طبعة جديدة، وعرض فيلم \"الرسالة\" في مهرجان القاهرة.");
    assertTrue(d.quotes().isEmpty(), d.quotes().toString());
  }

  @Test void unknownSpeakerIsNullNotAGuess() {
    Quote q = only(Analyse.text("وأضاف أن الاجتماع سيعقد الأسبوع المقبل في العاصمة."));
    assertNull(q.speaker());
  }

  @Test void aFeminineVerbDoesNotCarryAMansWords() {
    Document d = Analyse.text("وقال وزير الخارجية محمد العلي إن الاجتماع كان مثمرا.\nوقالت إن الحوار سيستمر الأسبوع المقبل.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).speakerName().contains("العلي"), d.quotes().get(0).toString());
    assertNull(d.quotes().get(1).speaker(), d.quotes().get(1).toString());
  }

  @Test void nestedQuotesAndQuotesOverParagraphs() {
    Quote nested = only(Analyse.text("وقال المتحدث: «إن الوزير أبلغنا أن الحكومة \"لن تتراجع\" عن قرارها أمس»."));
    assertEquals("إن الوزير أبلغنا أن الحكومة \"لن تتراجع\" عن قرارها أمس", nested.content().text());
    Quote paragraphs = only(Analyse.text("وقال الوزير: «الفقرة الأولى من الكلام هنا.\n\nوالفقرة الثانية من الكلام نفسه»."));
    assertTrue(paragraphs.content().text().contains("الأولى") && paragraphs.content().text().contains("الثانية"),
        paragraphs.content().text());
  }

  @Test void aSpeakerNamedByRoleIsThePersonGivenThatRole() {
    Document d = Analyse.text("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع خطير.\n"
        + "واعتبر الأمين العام للأمم المتحدة أن الحل يجب أن يكون سياسيا.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(1).speakerName().contains("غوتيريش"), d.quotes().get(1).toString());
  }

  @Test void aRelativeNamedByTheManIsTheSpeaker() {
    Quote q = only(Analyse.text("وقالت زوجة محمد العلي إنه لم يعد إلى المنزل منذ يومين."));
    assertTrue(q.speaker().text().startsWith("زوجة"), q.toString());
  }

  @Test void aDeniedActOfSayingIsNoQuote() {
    Document d = Analyse.text("ولم تعلن الحكومة عن \"الإجراءات الجديدة التي تنوي اتخاذها في الأيام المقبلة\" حتى الآن.");
    assertTrue(d.quotes().isEmpty(), d.quotes().toString());
  }

  @Test void aQuotedTermOpensAnIndirectClause() {
    Quote q = only(Analyse.text("وقال الوزير إن \"روح التعاون\" التي أبداها الجانبان كانت مشجعة للغاية."));
    assertTrue(q.content().text().startsWith("\"روح التعاون\"") && q.content().text().endsWith("كانت مشجعة للغاية"),
        q.content().text());
  }

  @Test void movingSomethingIsNotRelayingIt() {
    Document d = Analyse.text("وقررت الشركة نقل مقرها الرئيسي إلى دبي على غرار شركات أخرى.");
    assertTrue(d.quotes().isEmpty(), d.quotes().toString());
  }

  @Test void theAccusedIsNotTheSpeaker() {
    Document d = Analyse.text("وقال وزير الدفاع سيرغي شويغو إن الهجوم مدبر.\nواتهم لندن بممارسة ضغوط على المنظمات.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(1).speakerName().contains("شويغو"), d.quotes().get(1).toString());
  }

  @Test void aQuotationNestedInSingleMarksBelongsToTheOuterOne() {
    Document d = Analyse.text("وقال الرئيس التركي رجب طيب أردوغان إنه \"إذا كان هناك تهديد فنحن نتباحث فيه مع دمشق. "
        + "إذا قالت دمشق ’لا يمكنني حل هذا الأمر‘ فعندها سنتحرك\".\nوأضاف \"يمكن أن نأتي في أي وقت\".");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).content().text().contains("لا يمكنني حل هذا الأمر"), d.quotes().get(0).toString());
    for (Quote q : d.quotes()) assertTrue(q.speakerName().contains("أردوغان"), q.toString());
  }

  @Test void theSubjectIsTheOneItIsCalled() {
    Document d = Analyse.text("وأعربت امرأة من سكان البلدة تدعى سعاد حسين عن صعوبة الأوضاع، قائلة: \"أصبحنا الآن في خيام\".");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    for (Quote q : d.quotes()) assertEquals("سعاد حسين", q.speakerName(), q.toString());
  }

  @Test void anAsideSetsOffTheSubject() {
    Quote q = only(Analyse.text("الشرطة المحلية، من جانبها، ذكرت أنها عثرت على العديد من الحسابات الوهمية."));
    assertEquals("الشرطة المحلية", q.speaker().text());
  }

  @Test void aFeminineVerbDoesNotCarryAManByHisRole() {
    Document d = Analyse.text("وقال وزير الداخلية الإيطالي ماتيو سالفيني إن بلاده لن تستقبل السفينة.\n"
        + "وأضافت أن المسؤولية تقع على الدول الأخرى.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).speakerName().contains("سالفيني"), d.quotes().get(0).toString());
    Quote second = d.quotes().get(1);
    assertTrue(second.speakerName() == null || !second.speakerName().contains("سالفيني"), second.toString());
  }

  @Test void aStatementDescribedSpeaksForItsIssuer() {
    Quote q = only(Analyse.text("بدورها، أصدرت وزارة الداخلية الليبية بياناً أكدت فيه استهداف المؤسسة من قبل مسلحين."));
    assertTrue(q.speakerName().contains("وزارة الداخلية"), q.toString());
  }

  @Test void bareDefiniteHeadSpeaksForTheOrganisationNamedWithIt() {
    Document d = Analyse.text("وقالت حركة \"الأمل الجديد\" في بيان إنها ستشارك في الانتخابات المقبلة.\n"
        + "وأوضحت الحركة أن قائمتها ستضم وجوها شابة.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    Quote q = d.quotes().get(1);
    assertEquals("الحركة", q.speaker().text());
    assertTrue(q.speakerName().contains("الأمل الجديد"), q.speakerName());
  }

  @Test void aDescriptionInQuoteMarksIsMixedAndTheVerbsSubjectSaysIt() {
    Quote q = only(Analyse.text("وتدهورت الأوضاع في المدينة إلى ما يصفه اتحاد الأطباء المستقلين بـ\"مأساة حقيقية\" منذ أسابيع."));
    assertEquals(Quote.Type.MIXED, q.type());
    assertEquals("مأساة حقيقية", q.content().text());
    assertTrue(q.speaker().text().contains("اتحاد الأطباء"), q.speaker().text());
  }

  @Test void betweenKanaAndQadStandsTheSubjectNotTheNounAfterTheVerb() {
    Quote q = only(Analyse.text("وكانت فرنسا قد أبلغت الاتحاد الأوروبي الأسبوع الماضي أنها ستخفض مساهمتها في الصندوق."));
    assertTrue(q.speaker().text().contains("فرنسا"), q.speaker().text());
  }

  @Test void lettersJoinedByFullStopsAreAnAbbreviationNotInna() {
    Quote q = only(Analyse.text("ونقلت قناة (إن.بي.سي) الأمريكية عن وزير الدفاع قوله إن القوات ستنسحب قبل نهاية العام."));
    assertEquals("القوات ستنسحب قبل نهاية العام", q.content().text());
    assertEquals("وزير الدفاع", q.speaker().text());
  }

  @Test void theFutureOfAPresentCueReportsAndABareWordBeforeTheQuotationIsItsSubject() {
    Quote q = only(Analyse.text("وفي كلمة أمام البرلمان الأسبوع المقبل ستقول غرينهالغ \"لن نتراجع عن خطتنا مهما كانت الضغوط\"."));
    assertEquals(Quote.Type.DIRECT, q.type());
    assertEquals("غرينهالغ", q.speaker().text());
  }

  @Test void thePassiveNamesNoSpeaker() {
    Document d = Analyse.text("وقال الوزير إن المشروع سيكتمل العام المقبل. وقيل إن شركات أجنبية تقدمت بعروض لتنفيذه.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertNull(d.quotes().get(1).speaker(), d.quotes().get(1).toString());
  }

  @Test void aKinNounWithAPronounSpeaksForItselfNotForTheOneItPointsTo() {
    Document d = Analyse.text("وقال الطفل إنه يحب الرياضيات. وقال والده: \"كان ابني يقرأ كثيرا منذ صغره\".");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertEquals("والده", d.quotes().get(1).speaker().text());
  }

  @Test void aQuotedNameAfterAKindOfOrganisationIsNoQuotation() {
    Quote q = only(Analyse.text("وقال الوزير في مقابلة مع راديو \"صوت الشعب الحر اليوم\" إن الانتخابات ستجري في موعدها."));
    assertEquals("الانتخابات ستجري في موعدها", q.content().text());
  }

  @Test void aPassiveWrittenWithItsDammaReportsNoOne() {
    Document d = Analyse.text("وأُعلنت حالة الطوارئ في المدينة بعد الفيضانات التي ضربت المنطقة الأسبوع الماضي.");
    assertTrue(d.quotes().isEmpty(), d.quotes().toString());
  }

  @Test void anAttributionBetweenCommasCoversTheClauseAroundIt() {
    Quote q = only(Analyse.text("وتمكن الجيش، بحسب مصادر عسكرية، من السيطرة على ثلاث قرى في ريف المدينة الشمالي."));
    assertTrue(q.content().text().contains("من السيطرة على ثلاث قرى"), q.content().text());
    assertEquals("مصادر عسكرية", q.speaker().text());
  }

  @Test void aContrastingClauseWithItsOwnCueIsAnotherQuotation() {
    Document d = Analyse.text("وقالت مالطا إنه لا يوجد ما يلزمها قانونا بالسماح بدخول السفينة بينما قالت إسبانيا إنها ليست المقصد الأكثر أمنا لها.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(1).speaker().text().contains("إسبانيا"), d.quotes().get(1).toString());
  }

  @Test void aChoiceBetweenCountriesIsWhatIsProposedNotWhoProposes() {
    Document d = Analyse.text("وقال الوزير إن السفينة لن ترسو في موانئ البلاد. واقترح فرنسا أو ألمانيا كوجهات لها.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(1).content().text().startsWith("فرنسا"), d.quotes().get(1).toString());
    assertTrue(d.quotes().get(1).speaker().text().contains("الوزير"), d.quotes().get(1).toString());
  }

  @Test void anOfficerSpeaksAndAnOutletAfterAKinNounIsSpokenTo() {
    Document d = Analyse.text("وقال والد إحداهن لبي بي سي إن المسلحين اقتحموا المدينة. وذكر ضابط جيش في نقطة تفتيش قريبة لوكالة رويترز للأنباء أن الفتيات عدن.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).speaker().text().startsWith("والد"), d.quotes().get(0).toString());
    assertEquals("ضابط جيش", d.quotes().get(1).speaker().text());
  }

  @Test void whatADescriptionCallsSomethingAfterBaIsSaidByItsSubject() {
    Document d = Analyse.text("وأعلنت الوزارة أن عبوة كانت وراء الانفجار، في حادث وصفه رئيس الوزراء عمر الرزاز بالعمل الإرهابي.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertEquals("بالعمل الإرهابي", d.quotes().get(1).content().text());
    assertTrue(d.quotes().get(1).speaker().text().contains("الرزاز"), d.quotes().get(1).toString());
  }

  @Test void theOneAnInterviewIsWithIsNotItsSpeaker() {
    Document d = Analyse.text("قال الخبير ستيف كوك إن العلاقات تمر بأزمة.\nجاء ذلك في مقابلة لكوك مع الزميل فريد زكريا، حيث قال: \"الدولتان لهما مصالح مختلفة\".");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(1).speaker().text().contains("كوك"), d.quotes().get(1).toString());
  }

  @Test void anAnnouncementOpeningAParagraphWithNoSubjectCarriesNoOneOver() {
    Document d = Analyse.text("قال وزير الدفاع أمير حاتمي إن بلاده ستكشف عن طائرة جديدة.\nأعلن في جنيف السبت عن وفاة الدبلوماسي المعروف عن عمر يناهز الثمانين.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertNull(d.quotes().get(1).speaker(), d.quotes().get(1).toString());
  }

  @Test void aStateAndAUnAgencyAreNamedWhole() {
    Document d = Analyse.text("أعلنت وكالة الأمم المتحدة للهجرة، السبت، وفاة أمينها العام السابق.\nأعلنت دولة الإمارات العربية المتحدة، الجمعة، تشكيل لجنة وطنية.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertEquals("وكالة الأمم المتحدة للهجرة", d.quotes().get(0).speaker().text());
    assertEquals("دولة الإمارات العربية المتحدة", d.quotes().get(1).speaker().text());
    assertTrue(d.quotes().get(1).content().text().contains("تشكيل لجنة وطنية"), d.quotes().get(1).toString());
  }

  @Test void aFamilyNameAfterTheFathersNameBelongsToTheSpeaker() {
    Quote q = only(Analyse.text("وأوضح المتحدث الإعلامي محمد بن عبدالعزيز الصفيان، أن اللجنة ستبدأ أعمالها الخميس."));
    assertTrue(q.speaker().text().endsWith("الصفيان"), q.toString());
  }

  @Test void laterIsAnAdverbAndTheMainClauseAfterAnAttributionIsWhatWasSaid() {
    Document d = Analyse.text("وفيما بعد قال المسؤولون للطاقم إن القضية أصبحت من اختصاص خفر السواحل. ووفقا لناشطين فقد سجل مقتل العشرات في القصف.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).content().text().startsWith("القضية أصبحت"), d.quotes().get(0).toString());
    assertEquals("لناشطين", d.quotes().get(1).speaker().text());
    assertTrue(d.quotes().get(1).content().text().contains("سجل مقتل العشرات"), d.quotes().get(1).toString());
  }

  @Test void aCountedSourceBeforeAPluralVerbSpeaks() {
    Document d = Analyse.text("وقالت روسيا إن الهجوم مدبر. وعرضت سوريا على المفتشين 22 شاهد عيان قالوا إنهم كانوا في مكان الغارة.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertEquals("22 شاهد عيان", d.quotes().get(1).speaker().text());
  }

  @Test void aStatementThatSomethingCameInSpeaks() {
    Quote q = only(Analyse.text("وجاء في بيان مشترك لهذه الدول أن محاولات عرقلة العملية السياسية أمر غير مقبول."));
    assertEquals("بيان مشترك لهذه الدول", q.speaker().text());
    assertTrue(q.content().text().startsWith("محاولات عرقلة"), q.toString());
  }

  @Test void thenWithItsOwnCueStartsAnotherQuotationAndAQuotedWordAfterAPreposition() {
    Document d = Analyse.text("ونفت الحكومة شن أي غارات، ثم أشارت تقارير في وقت لاحق إلى أن الدفاعات عملت عن طريق الخطأ. "
        + "وقال الوزير إنه يقبل النتائج، مشددا على \"احترامه\" لهذه الوكالات الفدرالية.");
    assertEquals(4, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).content().text().endsWith("شن أي غارات"), d.quotes().get(0).toString());
    assertTrue(d.quotes().get(3).content().text().contains("احترامه"), d.quotes().get(3).toString());
  }

  @Test void aCountryOverAnEventReportedByOthersIsAPlaceTagAndAPresentAccusationKeepsItsUnknownVerbalNoun() {
    Document d = Analyse.text("ليبيا: فرار مئات السجناء من سجن في العاصمة",
        "فر نحو 400 سجين من سجن بالقرب من العاصمة، بحسب الشرطة. وتتهم أنقرة واشنطن باستهدافها بسبب القس.", LocalDate.of(2018, 9, 3));
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertEquals("الشرطة", d.quotes().get(0).speaker().text());
    assertTrue(d.quotes().get(1).content().text().contains("باستهدافها"), d.quotes().get(1).toString());
  }

  @Test void aSourceQuotedAfterAnAttributionIsItsName() {
    Quote q = only(Analyse.text("وقفزت أسعار النفط إلى أعلى مستوياتها منذ 2014 في الأسابيع الأخيرة، وفق ما نقلت \"رويترز\"."));
    assertEquals("رويترز", q.speaker().text());
    assertTrue(q.content().text().contains("أسعار النفط"), q.toString());
  }

  @Test void strictMeasuresAreNoCueAndTwoQuotationsJoinedByWaAreOne() {
    Document d = Analyse.text("وفرضت القوات الأمنية إجراءات مشددة على مداخل المراكز. "
        + "وصرح المتحدث باسم الجيش أن \"قواتنا تسيطر على المنطقة بالكامل\" و\"تطارد العدو باتجاه الغرب\". "
        + "وقال رئيس البعثة في تصريح لرويترز \"(منطقة البحر) المتوسط مجال مشترك بين الشمال والجنوب\".");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).content().text().contains("تطارد العدو باتجاه الغرب"), d.quotes().get(0).toString());
    assertTrue(d.quotes().get(1).content().text().startsWith("(منطقة البحر)"), d.quotes().get(1).toString());
  }

  /** The title's quote of an article with this title and body: its content and its speaker's text. */
  private static void headline(String title, String body, String content, String speaker) {
    Quote q = Analyse.text(title, body, LocalDate.of(2018, 8, 19)).quotes().get(0);
    assertEquals(content, q.content().text());
    assertEquals(speaker, q.speaker().text());
  }

  @Test void anAddresseeBeforeTheHeadlineColonIsNotTheSpeaker() {
    headline("خبير بالشؤون التركية لـCNN: أنقرة تواجه أزمتين منفصلتين",
        "قال الخبير بالشؤون التركية إن أنقرة تشهد أزمتين مختلفتين.", "أنقرة تواجه أزمتين منفصلتين", "خبير بالشؤون التركية");
  }

  @Test void aPastAddWithItsSubjectDroppedReportsItsClauseAsIs() {
    Document d = Analyse.text("وقال المتحدث باسم الدفاع المدني العقيد سالم الحربي إن الفرق باشرت الحريق فور تلقي البلاغ.\n"
        + "واضاف اسفر الحريق عن اصابة شخصين باختناق بسيط.");
    Quote q = last(d);
    assertTrue(q.content().text().startsWith("اسفر الحريق"), q.content().text());
    assertTrue(q.speaker().text().contains("الحربي"), q.speaker().text());
  }

  @Test void aHeadlineNameAndVerbBeforeTheColonSpeak() {
    headline("مصر تنتقد أنقرة: التدخل في ليبيا يهدد الأمن الإقليمي",
        "انتقدت وزارة الخارجية المصرية التدخل التركي في ليبيا.", "التدخل في ليبيا يهدد الأمن الإقليمي", "مصر");
  }

  @Test void aSubjectWithAPlaceAndAnAddresseeBeforeThatSpeaks() {
    Quote q = only(Analyse.text("وذكر مكتب الإعلام الصحي في المدينة لـ\"سكاي نيوز عربية\" أن المستشفيات استقبلت عشرات المصابين."));
    assertEquals("مكتب الإعلام الصحي", q.speaker().text());
  }

  @Test void theFutureOfRelayingMovesThings() {
    Quote q = only(Analyse.text("وأعلنت الحكومة، الأحد، أن مقر البرلمان في العاصمة، سينقل من وسط المدينة إلى الضاحية الشمالية العام المقبل."));
    assertTrue(q.content().text().endsWith("إلى الضاحية الشمالية العام المقبل"), q.content().text());
  }

  @Test void notDisclosingIsNoCueAndTheRelayedSourceSpeaks() {
    Quote q = only(Analyse.text("ونقلت الوكالة عن دبلوماسيين طلبوا عدم كشف هوياتهم أن الاجتماع أرجئ إلى الأسبوع المقبل."));
    assertEquals("دبلوماسيين", q.speaker().text());
    assertTrue(q.content().text().startsWith("الاجتماع أرجئ"), q.content().text());
  }

  @Test void asANamedSourceSaidAttributesTheClauseBefore() {
    Quote q = only(Analyse.text("وتراجعت صادرات القمح هذا الموسم، إذ انخفض الإنتاج بنحو الثلث، كما ذكرت لذلك وكالة رويترز."));
    assertEquals("إذ انخفض الإنتاج بنحو الثلث", q.content().text());
    assertTrue(q.speaker().text().contains("رويترز"), q.speaker().text());
  }

  @Test void anAccordingToAsideTakesTheWholeClauseAndThePaperNamedBefore() {
    Document d = Analyse.text("ذكرت صحيفة \"لوموند\" الفرنسية أن الحكومة تدرس خفض الضرائب.\n"
        + "ومن بين المقترحات، بحسب الصحيفة، نقل مكاتب الوزارات إلى خارج العاصمة.");
    Quote q = last(d);
    assertTrue(q.content().text().endsWith("إلى خارج العاصمة"), q.content().text());
    assertTrue(q.speakerName().contains("لوموند"), q.speakerName());
  }

  @Test void aSourceRunsToTheCommaBeforeFaInna() {
    Quote q = only(Analyse.text("وحسب مسؤولين في هيئة الموانئ التابعة لوزارة النقل، فإن الرصيف الجديد سيفتتح في الربيع."));
    assertEquals("مسؤولين في هيئة الموانئ التابعة لوزارة النقل", q.speaker().text());
    assertTrue(q.content().text().startsWith("الرصيف الجديد"), q.content().text());
  }

  @Test void aRelativeClausePointingBackDescribesItsNoun() {
    assertTrue(Analyse.text("وانطلق الحوار الوطني الذي دعا إليه الرئيس بين الأحزاب والنقابات أمس.").quotes().isEmpty());
    // but with what was said after it, it reports
    Quote q = only(Analyse.text("وهي الخطة التي قال عنها الوزير، في مؤتمر صحفي، إنها «الحل الوحيد للأزمة»."));
    assertTrue(q.content().text().contains("الحل الوحيد"), q.content().text());
  }

  @Test void aPurposeVerbAfterAnotherStatementIsTheLattersOwn() {
    Document d = Analyse.text("بعدما نفى الوزير سامي خليل أنه التقى المستثمر كريم فارس، خرج الأخير في مقابلة تلفزيونية "
        + "ليؤكد أن الرجلين اجتمعا ثلاث مرات.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    Quote q = d.quotes().get(1);
    assertTrue(q.content().text().startsWith("الرجلين اجتمعا"), q.content().text());
    assertTrue(q.speakerName().contains("كريم فارس"), q.speakerName());
    assertTrue(d.quotes().get(0).content().text().endsWith("كريم فارس"), d.quotes().get(0).content().text());
  }

  @Test void aShortSubjectCutOffItsVerbByACommaStaysInside() {
    Quote q = only(Analyse.text("وأشار المدير إلى أن جميع الأرقام والمؤشرات، تدل على أن الموسم سيكون أفضل من سابقه."));
    assertTrue(q.content().text().endsWith("أفضل من سابقه"), q.content().text());
  }

  @Test void theMediaInConstructWithTheirOwnerSpeak() {
    Quote q = only(Analyse.text("وذكرت وسائل إعلام الحكومة أن الانتخابات ستجري في موعدها."));
    assertEquals("وسائل إعلام الحكومة", q.speaker().text());
  }

  @Test void aClosingGuillemetOpensNothingAcrossAParagraph() {
    Document d = Analyse.text("وقال المحقق إنّ «الحريق في المستودع مرتبط بحريق الميناء» الذي أودى بحياة عشرة عمال.\n"
        + "كما أضاف في بيان «لا يمكنني كشف تفاصيل أخرى عن التحقيق الجاري الآن».");
    Quote q = last(d);
    assertTrue(q.content().text().startsWith("لا يمكنني كشف"), q.content().text());
  }

  @Test void anObjectCueWithOnlyItsSubjectBeforeALongQuotationIsDirect() {
    Quote q = only(Analyse.text("وأوضح الدكتور سامر نديم “نعتقد بأن هذه الزيادة تعود إلى تغير أنماط الاستهلاك في المدن”."));
    assertEquals(Quote.Type.DIRECT, q.type());
    assertTrue(q.content().text().startsWith("نعتقد بأن"), q.content().text());
  }

  @Test void hisSayingAfterAYearStillQuotes() {
    Quote q = only(Analyse.text("ونقلت الإذاعة عن الضابط سامر نديم، الذي خدم في الجنوب عام 2009، قوله “سنعود إلى مواقعنا قريبا جدا”."));
    assertTrue(q.speakerName().contains("نديم"), q.speakerName());
  }

  @Test void aVerbFormAfterAPrepositionIsItsNoun() {
    Document d = Analyse.text("وارتفع الاستهلاك هذا العام مع توقع وصوله إلى ذروته في الصيف.");
    assertTrue(d.quotes().isEmpty(), d.quotes().toString());
  }

  @Test void aSourceAloneClosesTheSentenceBeforeIt() {
    Document d = Analyse.text("وتضاعفت عمليات الاعتقال بعد الغارات الأخيرة على المدينة.وفقا لتقرير المرصد المحلي للحقوق.");
    Quote q = only(d);
    assertTrue(q.content().text().startsWith("وتضاعفت عمليات الاعتقال"), q.content().text());
    assertTrue(q.speaker().text().contains("المرصد"), q.speaker().text());
  }

  @Test void theBodyADescriptionRefersToIsTheNamedOne() {
    Document d = Analyse.text("أعلنت منظمة أوكسفام أن ثلاثة من موظفيها غادروا.\nونشرت المنظمة الخيرية تقريرها الداخلي أمس.\n"
        + "وقالت المنظمة إن التحقيق سيستمر شهرين.");
    Quote q = last(d);
    assertTrue(q.speakerName().contains("أوكسفام"), q.speakerName());
  }

  @Test void aNameBetweenCommasAfterADefiniteDescriptionSpeaks() {
    Quote q = only(Analyse.text("أعلن المهاجم المخضرم لنادي الزمالك، حازم الشناوي، اعتزاله اللعب بعد عشرين عاما في الملاعب."));
    assertEquals("حازم الشناوي", q.speaker().text());
    assertTrue(q.content().text().startsWith("اعتزاله اللعب"), q.content().text());
  }

  @Test void anUnnamedGroupAfterTheCueSpeaks() {
    // both groups joined by «و» speak
    assertEquals("مسعفون ومسؤولون محليون", only(Analyse.text("وقال مسعفون ومسؤولون محليون إن عشرة أشخاص أصيبوا.")).speaker().text());
  }

  @Test void aQuotedNameAfterTheAddresseeIsNoQuotation() {
    Quote q = only(Analyse.text("وقال مسؤولان لشبكة \"سكاي نيوز عربية اليوم\"، الاثنين، إن المفاوضات توقفت."));
    assertTrue(q.content().text().startsWith("المفاوضات توقفت"), q.content().text());
  }

  @Test void anAttributionsLamIsNotInTheSpeakersName() {
    Quote q = only(Analyse.text("ووصل الوزير إلى العاصمة مساء الثلاثاء للقاء رئيس الحكومة، وفقا للوفد المرافق له."));
    assertEquals("الوفد المرافق له", q.speakerName());
  }

  @Test void expressingReadinessIsSaid() {
    Quote q = only(Analyse.text("أبدى رئيس الهيئة، سالم العتيبي، استعداد بلاده لاستقبال الوفود في الموسم المقبل."));
    assertEquals("express", q.cueKind());
    assertEquals("سالم العتيبي", q.speaker().text());
  }

  @Test void aBeliefWithItsHolderNamedReports() {
    Quote q = only(Analyse.text("ويعتقد عدد من خبراء الاقتصاد أن أسعار الفائدة سترتفع قبل نهاية العام."));
    assertEquals("opinion", q.cueKind());
    assertTrue(q.content().text().startsWith("أسعار الفائدة سترتفع"), q.content().text());
    assertTrue(q.speaker().text().contains("خبراء"), q.speaker().text());
  }

  @Test void anImpersonalBeliefNamesNoOne() {
    Document d = Analyse.text("وقالت وزارة الداخلية إن الشرطة اعتقلت ثلاثة أشخاص في المدينة.\n"
        + "ويعتقد أن المعتقلين ينتمون إلى شبكة لتهريب البشر.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertNull(last(d).speaker(), last(d).toString());
  }

  @Test void aBeliefInARelativeClauseDoesNotCutTheQuoteItSitsIn() {
    Quote q = only(Analyse.text("وقال وزير الداخلية إن الرجلين، اللذين يُعتقد أنهما في الثلاثينات من العمر، سيحاكمان إذا عادا إلى البلاد."));
    assertTrue(q.content().text().endsWith("سيحاكمان إذا عادا إلى البلاد"), q.content().text());
  }

  @Test void theFirstPersonOfABeliefInsideAQuoteIsNoReportOfItsOwn() {
    Quote q = only(Analyse.text("وقال المدرب في مؤتمر صحفي: \"لا أعتقد أن المباراة ستكون سهلة، فالفريق المنافس قوي جدا\"."));
    assertEquals(Quote.Type.DIRECT, q.type());
    assertTrue(q.speaker().text().contains("المدرب"), q.speaker().text());
  }

  /** An article whose body has {@code line} between a sentence of news and one quote. */
  private static Document withLineBetween(String line) {
    return Analyse.text("أزمة العملة", "تراجعت العملة المحلية إلى أدنى مستوى لها منذ عشر سنوات.\n" + line + "\n"
        + "وقال وزير المالية إن الحكومة ستتخذ إجراءات عاجلة.", LocalDate.of(2018, 8, 19));
  }

  @Test void aLinkedStorysTitleInTheBodyQuotesItsSpeaker() {
    Document d = withLineBetween("صحيفة الغارديان: الحكومة تخسر معركة الأسعار");
    assertTrue(d.quotes().stream().anyMatch(q -> q.content().text().equals("الحكومة تخسر معركة الأسعار")
        && q.speaker() != null && q.speaker().text().contains("الغارديان")), d.quotes().toString());
  }

  @Test void aProfilesTitleInTheBodyIsNoQuote() {
    Document d = withLineBetween("جون بولتون: الرجل الذي يريد الحرب مع الجميع");
    assertEquals(1, d.quotes().size(), d.quotes().toString());
  }

  @Test void aStatementVerbReportsAnEventNamedWithBa() {
    Quote q = only(Analyse.text("وأفادت مصادر طبية في المدينة بمقتل ثلاثة مدنيين في قصف استهدف سوقا شعبية."));
    assertTrue(q.content().text().startsWith("بمقتل ثلاثة مدنيين"), q.content().text());
    assertEquals("مصادر طبية", q.speaker().text());
  }

  @Test void aReportersOutletBelongsToTheReporter() {
    Quote q = only(Analyse.text("وأفاد مراسل قناة \"الغد\" في المدينة بسقوط قذائف على الأحياء السكنية صباح اليوم."));
    assertEquals("مراسل قناة \"الغد\"", q.speaker().text());
  }

  @Test void aJudgementOfAnObjectPronounIsWhatFollowsThePronoun() {
    Quote q = only(Analyse.text("ورحب الاتحاد بقرار اللجنة المنظمة، معتبرا إياه خطوة مهمة من أجل أن تنجح البطولة."));
    assertTrue(q.content().text().startsWith("خطوة مهمة"), q.content().text());
  }

  @Test void aDefiniteNounWithANationalityIsThePersonNamedWithThatNounInApposition() {
    Document d = Analyse.text("قال ماركو سيلفا مدرب نادي الشمال إن فريقه جاهز للمباراة.\n"
        + "وأضاف المدرب البرتغالي أن اللاعبين استعادوا لياقتهم كاملة.");
    assertTrue(last(d).speakerName().contains("سيلفا"), last(d).toString());
  }

  @Test void aPlaceAfterAConjoinedPrepositionBeforeTheVerbIsNoSubject() {
    Quote q = only(Analyse.text("وفي القاهرة أعلن مفتي الجمهورية أن يوم الجمعة هو أول أيام العيد."));
    assertTrue(q.speaker().text().contains("مفتي"), q.speaker().text());
  }

  @Test void aNameAfterWhereAndToWhomItWasSaidIsTheAddressee() {
    Quote q = only(Analyse.text("وأكد المسؤول الليبي في رسالة لرئيس بعثة الأمم المتحدة غسان سلامة أن الحكومة ستسهل عمل البعثة."));
    assertTrue(q.speaker().text().contains("المسؤول"), q.speaker().text());
  }

  /** A sentence quoting a person with a role, to open an article whose next sentence names an official. */
  private static final String SPOKESMAN_QUOTED = "وقال المتحدث باسم وزارة الخارجية الفرنسية أوليفييه لوبران إن باريس تدعم الحوار.\n";

  @Test void theOfficialAfterASentenceQuotingAPersonWithARoleIsThatPerson() {
    Document d = Analyse.text(SPOKESMAN_QUOTED + "وأضاف المسؤول الفرنسي أن بلاده مستعدة لاستضافة المفاوضات.");
    assertTrue(last(d).speakerName().contains("لوبران"), last(d).toString());
  }

  @Test void forHisPartTurnsToTheOtherParty() {
    Document d = Analyse.text(SPOKESMAN_QUOTED + "من جانبه، أكد المسؤول الألماني أن برلين تشارك في المفاوضات.");
    assertTrue(!last(d).speakerName().contains("لوبران"), last(d).toString());
  }

  @Test void aComplementizerWithNothingAfterItSaysNothing() {
    Document d = Analyse.text("وأفاد مصدر أمني بأن\nوكانت الشرطة قد أغلقت الطريق صباح اليوم.");
    for (Quote q : d.quotes()) assertTrue(!q.content().text().equals("بأن"), q.toString());
  }

  @Test void aReportOpeningTheSentenceSpeaksThroughItsVerb() {
    Quote q = only(Analyse.text("تقرير لمنظمة هيومن رايتس ووتش يكشف أن السجون تعاني من الاكتظاظ."));
    assertTrue(q.speaker().text().startsWith("تقرير لمنظمة"), q.toString());
    assertTrue(q.content().text().startsWith("السجون تعاني"), q.toString());
  }

  @Test void aReportGoesOnThroughASecondVerbWithItsSubjectDropped() {
    Document d = Analyse.text("وقالت صحيفة الغد إن الحكومة ستعلن الموازنة قريبا.\n"
        + "التقرير نشر يوم الأحد، ويقول إن الأسعار سترتفع في العام المقبل.");
    assertEquals("التقرير", last(d).speaker().text(), last(d).toString());
  }

  @Test void theLeaderAfterASentenceQuotingHimIsThatPerson() {
    Document d = Analyse.text("وقال زعيم الحزب الإسلامي محمد العمري إن الانتخابات مزورة.\n"
        + "كما دعا القيادي الإسلامي أنصاره إلى التظاهر يوم الجمعة.");
    assertTrue(last(d).speaker().text().startsWith("القيادي"), last(d).toString());
    assertTrue(last(d).speakerName().contains("العمري"), last(d).toString());
  }

  @Test void aMinisterOfAnotherNationalityIsNotTheOneNamedBefore() {
    Document d = Analyse.text("وقال وزير الخارجية البريطاني بوريس جونسون إن المحادثات ستتواصل.\n"
        + "من جهة أخرى، قال وزير الخارجية الألماني هايكو إن برلين ستستضيف المؤتمر المقبل.");
    assertTrue(last(d).speakerName() == null || !last(d).speakerName().contains("جونسون"), last(d).toString());
  }

  @Test void thoseToldAreNotTheSubject() {
    Document d = Analyse.text("وقال الوزير خالد العلي إن الحوار مستمر.\n"
        + "وأبلغ الصحفيين عند وصوله إلى المطار \"لن نتراجع عن مواقفنا\".");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(last(d).speakerName().contains("العلي"), last(d).toString());
  }

  @Test void aClauseWithItsOwnSubjectAfterAFeminineVerbIsWhatWasWritten() {
    Document d = Analyse.text("وقالت صحيفة الأيام إن الحكومة ستستقيل.\n"
        + "اهتمت الصحيفة بالأزمة الاقتصادية، وكتبت الاقتصاد يتراجع بسرعة كبيرة.");
    Quote q = last(d);
    assertTrue(q.content().text().startsWith("الاقتصاد يتراجع"), q.toString());
    assertTrue(!q.speaker().text().equals("الاقتصاد"), q.toString());
  }

  @Test void aDefiniteNounJoinedByAndBeforeTheVerbIsItsSubject() {
    Document d = Analyse.text("وقال الوزير خالد العلي إن الدعم سيرفع. لكن الخبراء منقسمون، والبعض يعتقد أن القرار خاطئ.");
    assertEquals("البعض", last(d).speaker().text(), last(d).toString());
  }

  @Test void aPromiseSaysWhatItPromisesWithBi() {
    Quote q = only(Analyse.text("ووعد الرئيس يوم الأحد بتعديل قانون الانتخابات قبل نهاية العام."));
    assertEquals("promise", q.cueKind());
    assertTrue(q.content().text().startsWith("بتعديل قانون"), q.toString());
  }

  @Test void thePromiseAsANounPromisesNothing() {
    assertTrue(Analyse.text("وجاء وعد بلفور في عام 1917 قبل قيام الدولة.").quotes().isEmpty());
  }

  @Test void aRelativeClauseAfterAThingNamedInPassingIsTheSubjectsWords() {
    Document d = Analyse.text("وأعلن وزير الداخلية أحمد الحداد أن المحققين عثروا على أدلة مرتبطة بالتفجير الانتحاري "
        + "الذي قال إن ضحاياه بلغوا 12 شخصا.");
    assertTrue(last(d).speakerName() != null && last(d).speakerName().contains("الحداد"), d.quotes().toString());
  }

  @Test void aRoleHeadBeforeTheBodyMakesTheSubjectAPerson() {
    Quote q = only(Analyse.text("لكن ممثلة الاتحاد الأوروبي السامية فندت الأنباء عن تجميد المساعدات للمنطقة."));
    assertEquals("deny", q.cueKind());
    assertTrue(q.speaker().text().startsWith("ممثلة الاتحاد الأوروبي"), q.toString());
  }

  @Test void aBareNounAfterTheRolesNationalityIsTheObject() {
    Quote q = only(Analyse.text("وأبدى وزير الخارجية النمساوي استعداد حكومته لاستضافة جولة المفاوضات المقبلة."));
    assertEquals("وزير الخارجية النمساوي", q.speaker().text(), q.toString());
    assertTrue(q.content().text().startsWith("استعداد حكومته"), q.toString());
  }

  @Test void aPresentVerbDescribingAReportNamedBeforeIsTheReports() {
    Document d = Analyse.text("وتابعت أمس تقريرا يتناول أوضاع الزراعة، وهي قضية مهمة، يقول إنها تحتاج إلى استثمار أكبر.");
    assertEquals("تقريرا", last(d).speaker().text(), last(d).toString());
  }

  @Test void aQuotationWithNoCueAfterAQuotedSentenceGoesOnInThatVoice() {
    Document d = Analyse.text("وشدد وزير الزراعة على أهمية دعم صغار المزارعين. "
        + "\"وفي الوقت نفسه، لا يمكن تجاهل ارتفاع أسعار الأسمدة في الأسواق المحلية\".");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    Quote q = last(d);
    assertEquals(Quote.Type.DIRECT, q.type());
    assertTrue(q.content().text().startsWith("وفي الوقت نفسه"), q.toString());
    assertEquals("وزير الزراعة", q.speaker().text());
    // the first quotation ends at its full stop, not at the next one's opening mark
    assertEquals("أهمية دعم صغار المزارعين", d.quotes().get(0).content().text());
  }

  @Test void aShortQuotedTermAfterAQuotedSentenceIsNoQuotation() {
    Document d = Analyse.text("وقال المتحدث باسم الوزارة إن الموقع سيفتح قريبا. \"www.example.com\".");
    assertEquals(1, d.quotes().size(), d.quotes().toString());
  }

  @Test void aliAsWrittenIsTheNameNotThePreposition() {
    Quote q = only(Analyse.text("وأبان علي الخالدي أن معظم الطلاب يفضلون الدراسة في المساء."));
    assertEquals("علي الخالدي", q.speaker().text(), q.toString());
    assertTrue(q.content().text().startsWith("معظم الطلاب"), q.toString());
  }

  @Test void whatIsDescribedWithBiInsideTheMarks() {
    Document d = Analyse.text("وقال وزير الداخلية كارل هوفمان إن الحدود ستبقى مفتوحة.\n"
        + "وفي الشتاء الماضي، وصف وزير الداخلية النمساوي المتظاهرين \"بالمخربين\".");
    assertTrue(last(d).content().text().contains("المخربين"), d.quotes().toString());
    assertEquals("describe", last(d).cueKind());
  }

  @Test void aRoleInConstructWithBetweenLeadsToTheName() {
    Quote q = only(Analyse.text("وقالت وزيرة شؤون المساواة بين الجنسين ماري لوفيفر إن \"القانون الجديد يحمي النساء في العمل\"."));
    assertEquals("ماري لوفيفر", q.speaker().text(), q.toString());
  }

  @Test void aHeadlineSpeakerInQuotationMarks() {
    Document d = Analyse.text("«أوبك»: الإنتاج سيرتفع في الربيع",
        "قالت منظمة أوبك إن الأسعار ستستقر مع بداية الربيع.", LocalDate.of(2019, 5, 13));
    Quote q = d.quotes().stream().filter(x -> x.cue() == null).findFirst().orElseThrow(() -> new AssertionError(d.quotes()));
    assertTrue(q.content().text().startsWith("الإنتاج سيرتفع"), q.toString());
    assertTrue(q.speakerName().contains("أوبك"), q.toString());
  }

  @Test void aminBeforeGeneralIsTheRoleNotTheName() {
    Quote q = only(Analyse.text("قال أمين عام منظمة الصحة الإقليمية محمد الفارس: «إن حملة التطعيم ستبدأ الشهر المقبل»."));
    assertEquals("محمد الفارس", q.speakerName(), q.toString());
  }

  @Test void expressedSheIsWrittenWithItsTaa() {
    Quote q = only(Analyse.text("وعبرت الحكومة التونسية عن ارتياحها لنتائج المفاوضات التجارية."));
    assertEquals("express", q.cueKind());
    assertTrue(q.content().text().contains("ارتياحها"), q.toString());
  }

  @Test void biyyanaWithoutItsShaddaBeforeAPersonAndAnAnExplains() {
    Quote q = only(Analyse.text("وبين الدكتور خالد النمر خلال مؤتمر صحفي، أن اللقاح سيتوفر في الصيدليات قريبا."));
    assertTrue(q.speakerName().contains("النمر"), q.toString());
    assertTrue(q.content().text().startsWith("اللقاح سيتوفر"), q.toString());
  }

  @Test void betweenTwoPeopleIsNoCue() {
    assertTrue(Analyse.text("وجرى لقاء بين الرئيس محمد العمري ورئيس الوزراء في القصر أمس.").quotes().isEmpty());
  }

  @Test void forHisPartBeforeTheSubjectIsSkipped() {
    Document d = Analyse.text("وقال الدكتور خالد النمر إن الحملة نجحت.\n"
        + "وأوضح من جهته رئيس قسم الطوارئ الدكتور سامي العتيبي، أن المستشفى استقبل مئات المراجعين.");
    assertTrue(last(d).speakerName().contains("العتيبي"), last(d).toString());
  }

  @Test void kanaWithANamedSubjectAndItsCueAfterACommaOpensAnotherQuotation() {
    Document d = Analyse.text("وأفادت معلومات أن الشركة خسرت عقدا كبيرا، وكانت صحيفة واشنطن بوست ذكرت أن الشركة "
        + "تواجه صعوبات مالية منذ العام الماضي.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(last(d).speakerName().contains("واشنطن بوست"), last(d).toString());
  }

  @Test void aHyphenatedNameSpeaksAndItsSyllableIsNoComplementizer() {
    Document d = Analyse.text("وقال هان جي-إن إن الوفد سيصل إلى العاصمة الأسبوع المقبل.\n"
        + "وبحسب بيار-لوك فونتين محامي النائب، فإن الشرطة صادرت وثائق من مكتبه.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).speakerName().contains("جي-إن"), d.quotes().get(0).toString());
    assertTrue(d.quotes().get(0).content().text().startsWith("الوفد سيصل"), d.quotes().get(0).toString());
    assertTrue(last(d).speaker().text().startsWith("بيار-لوك فونتين"), last(d).toString());
    assertTrue(last(d).content().text().startsWith("الشرطة صادرت"), last(d).toString());
  }

  @Test void aSecondPersonJoinedToTheSpeakerIsNotWhatWasSaid() {
    Quote q = only(Analyse.text("وأكد الرئيس سامي العمري والرئيس الكوري الجنوبي بارك مين-هو التزامهما بالسلام في المنطقة."));
    assertTrue(q.content().text().startsWith("التزامهما"), q.toString());
  }

  @Test void aChannelTheVerbSpeaksToIsNotItsSubject() {
    Document d = Analyse.text("وأوضح الوزير سامي العمري أن الحكومة ستدعم المزارعين هذا العام.\n"
        + "وقال لشبكة فوكس نيوز، إن الخطة ستبدأ الشهر المقبل.\n"
        + "وقالت لاورا بيكاتي إن المزارعين ينتظرون الدعم منذ سنوات.");
    assertEquals(3, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(1).speakerName().contains("العمري"), d.quotes().get(1).toString());
    assertTrue(last(d).speakerName().contains("بيكاتي"), last(d).toString());
  }

  @Test void anAppealOpeningTheNextSentenceWithAlsoGoesOnAndItsObliquePluralIsAddressed() {
    Document d = Analyse.text("وقالت الهيئة العامة للموانئ إنها ستراجع رسوم التفريغ مطلع العام.\n"
        + "كما دعت المستوردين إلى تقديم طلباتهم قبل نهاية الشهر.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(last(d).speakerName().contains("الهيئة"), last(d).toString());
    assertTrue(last(d).content().text().contains("تقديم طلباتهم"), last(d).toString());
  }

  @Test void aForecastACauseAndAJustificationWithNounObjectsAreReported() {
    Document d = Analyse.text("ورجح الخبير الاقتصادي سامي العتيبي، ارتفاع أسعار الوقود خلال الشهر المقبل.\n"
        + "وعزا العتيبي ذلك إلى نقص الإمدادات في الأسواق العالمية.\n"
        + "وبررت الوزارة قرارها بارتفاع تكاليف النقل.\n"
        + "وقال المدرب عادل عزت إن الفريق جاهز.");
    assertEquals(4, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).content().text().startsWith("ارتفاع أسعار الوقود"), d.quotes().get(0).toString());
    assertTrue(d.quotes().get(1).content().text().contains("نقص الإمدادات"), d.quotes().get(1).toString());
    assertTrue(d.quotes().get(1).speakerName().contains("العتيبي"), d.quotes().get(1).toString());
    assertTrue(d.quotes().get(2).speakerName().contains("الوزارة"), d.quotes().get(2).toString());
    assertTrue(last(d).speakerName().contains("عادل عزت"), last(d).toString());
  }

  @Test void aVerbPointingBackToAStatementSpeaksForItsAuthor() {
    Document d = Analyse.text("وأصدرت وزارة الزراعة بيانا وصفت فيه الموسم بأنه الأفضل منذ عقد.\n"
        + "وتلقى الوزير سامي العمري اتصالا هاتفيا من الشيخ فهد بن سالم الحارثي أعرب فيه عن تضامنه مع المتضررين.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    Quote first = d.quotes().get(0);
    assertTrue(first.speakerName().contains("وزارة الزراعة"), first.toString());
    assertTrue(first.content().text().startsWith("بأنه الأفضل"), first.toString());
    assertTrue(last(d).speakerName().contains("الحارثي"), last(d).toString());
    assertTrue(last(d).content().text().startsWith("تضامنه"), last(d).toString());
  }

  @Test void aJoinedVerbSharesTheSubjectOfTheVerbOpeningItsSentence() {
    Quote q = only(Analyse.text("رفضت مسؤولة بارزة في الحكومة تصريحات الوزير سامي العمري بشأن الميناء ووصفتها بأنها "
        + "\"متسرعة\" في خطوة جديدة."));
    assertTrue(q.speaker().text().startsWith("مسؤولة"), q.toString());
    assertTrue(q.content().text().startsWith("بأنها"), q.toString());
    Document d = Analyse.text("وطردت أوسلو عشرة دبلوماسيين روس وأعلنت تعليق الرحلات الجوية.\n"
        + "وردت موسكو التي تنفي مسؤوليتها عن الحادث بطرد دبلوماسيين نرويجيين.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(d.quotes().get(0).speakerName().contains("أوسلو"), d.quotes().get(0).toString());
    assertTrue(last(d).speakerName().contains("موسكو"), last(d).toString());
  }

  @Test void aPledgeIsAPromiseButNotInARelativeClause() {
    Document d = Analyse.text("وتعهد الوزير سامي العمري بمواصلة الإصلاحات الاقتصادية.\n"
        + "ولا يزال الموقع الذي تعهدت الحكومة بإغلاقه مفتوحا أمام الزوار.");
    Quote q = only(d);
    assertTrue(q.content().text().startsWith("بمواصلة"), q.toString());
  }

  @Test void aPersonAfterARoleTaggedAsAnOrganisationSpeaks() {
    Quote q = only(Analyse.text("وقالت مستشارة الأمن القومي الأميركي جين ماثيوز في بيان: \"أمضت لورا حياتها في بناء التحالفات\"."));
    assertTrue(q.speakerName().contains("ماثيوز"), q.toString());
  }

  @Test void aWomansRoleWithANationalityIsTheOneWomanQuotedBefore() {
    Document d = Analyse.text("وقالت فاطمة الزهراني إن الوفد سيصل غدا.\nوقال الوزير سامي العمري إن الاجتماع كان ناجحا.\n"
        + "وقالت المسؤولة السعودية إن المفاوضات ستستمر.");
    assertEquals(3, d.quotes().size(), d.quotes().toString());
    assertEquals("فاطمة الزهراني", last(d).speakerName(), last(d).toString());
  }

  @Test void aVerbalNounAfterTammIsNoCueAndAQuestionIsWhatWasSaid() {
    assertTrue(Analyse.text("وتم الإعلان عن افتتاح المعرض.\nويتم رفض الطلبات بسبب أنها ناقصة.").quotes().isEmpty());
    Document d = Analyse.text("وقالت الوزيرة فاطمة الزهراني إن المشروع سيبدأ قريبا.\nوأضافت كيف لنا أن نتأخر في تنفيذه.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(last(d).content().text().startsWith("كيف لنا"), last(d).toString());
    assertTrue(last(d).speakerName().contains("الزهراني"), last(d).toString());
  }

  @Test void butItPointsToTheSubjectOpeningTheSentence() {
    Document d = Analyse.text("وأكدت المفوضية أن عدد المهاجرين تجاوز الرقم القياسي.\nوكانت منظمة الإغاثة الدولية، وهي المنظمة "
        + "الثانية المعنية بالأزمة، أدلت بأرقام أقل الثلاثاء لكنها أعلنت أنه سيتم قريبا تجاوز العتبة.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(last(d).speakerName().contains("منظمة الإغاثة"), last(d).toString());
  }

  @Test void aLineOfDashLedNamesWithColonsQuotesEachPerson() {
    Document d = Analyse.text("تقرير عن التعليم", "- فاطمة الزهراني: التعليم هو الأساس - مريم العتيبي: الأسرة شريكة في التربية\n"
        + "وقالت فاطمة الزهراني إن المدارس جاهزة.", java.time.LocalDate.of(2019, 5, 13));
    assertEquals(3, d.quotes().size(), d.quotes().toString());
    assertEquals("مريم العتيبي", d.quotes().get(1).speakerName(), d.quotes().toString());
    assertEquals("الأسرة شريكة في التربية", d.quotes().get(1).content().text());
  }

  @Test void anUntaggedBodyBetweenKanaAndTheVerbIsItsSubject() {
    Document d = Analyse.text("وقالت الوكالة إن الهجوم وقع فجرا.\nوكانت قوة حفظ السلام أعلنت السعي لنشر المزيد من الجنود في المنطقة.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertEquals("قوة حفظ السلام", last(d).speaker().text(), last(d).toString());
    assertTrue(last(d).content().text().startsWith("السعي"), last(d).toString());
  }

  @Test void anAccusationWithItsObjectPronounAndAParticipleOfInformingReport() {
    Quote q = only(Analyse.text("وتقدم المدير سامي العمري ببلاغ ضد الشركة اتهمها فيه بالاحتيال على المستثمرين."));
    assertTrue(q.content().text().startsWith("بالاحتيال"), q.toString());
    assertTrue(q.speakerName().contains("العمري"), q.toString());
    Document d = Analyse.text("وقالت الصحيفة إن الحكومة استقالت، مخبرة عن اعتقال ثلاثة وزراء سابقين.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(last(d).content().text().startsWith("اعتقال"), last(d).toString());
  }

  @Test void theVerbOfAnAttributionWrittenAsOneWordWithMaIsNoCueOfItsOwn() {
    Quote q = only(Analyse.text("وستصل البعثة إلى العاصمة يوم الخميس المقبل حسبما أعلن المتحدث باسم الوزارة، وذلك بعد تأجيل الزيارة."));
    assertEquals("according", q.cueKind(), q.toString());
    assertTrue(q.content().text().startsWith("وستصل البعثة"), q.toString());
    assertTrue(q.speaker().text().contains("المتحدث"), q.toString());
  }

  @Test void whatIsExpressedFollowsItsAnPastAPlace() {
    Quote q = only(Analyse.text("وعبر المسؤول العسكري في حلب عن قلقه من تصاعد القتال."));
    assertEquals("قلقه من تصاعد القتال", q.content().text(), q.toString());
    assertEquals("المسؤول العسكري", q.speaker().text(), q.toString());
    assertTrue(Analyse.text("ووصل الخبر عبر الهاتف عن وقوع انفجار في الميناء.").quotes().isEmpty());
  }

  @Test void unnamedGroupsAndOthersSpeak() {
    Quote q = only(Analyse.text("وعبرت جماعات وفصائل مسلحة في الجنوب عن رفضها للاتفاق."));
    assertEquals("رفضها للاتفاق", q.content().text(), q.toString());
    assertTrue(q.speaker().text().startsWith("جماعات وفصائل"), q.toString());
    q = last(Analyse.text("ورفع كثيرون صور الشهداء، كما دعا آخرون لحمل الأعلام في الشوارع."));
    assertEquals("آخرون", q.speaker().text(), q.toString());
    assertTrue(q.content().text().startsWith("لحمل الأعلام"), q.toString());
    q = only(Analyse.text("لكن منتقدين تساءلوا عن جدوى الاجتماع في ظل الانقسام."));
    assertEquals("منتقدين", q.speaker().text(), q.toString());
  }

  @Test void anUnnamedBodyThatIssuedAStatementSpeaksInIt() {
    Document d = Analyse.text("وأصدرت الاثنين جماعة تمثل عشرين فصيلا في الشمال بيانا قالت فيه إن الحوار لا يمثلها.");
    assertTrue(last(d).speaker() != null && last(d).speaker().text().startsWith("جماعة"), d.quotes().toString());
  }

  @Test void aSoundPluralSourceTakesOnlyAnAgreeingAdjective() {
    Quote q = only(Analyse.text("وقال مسؤولون أمريكيون أمس إن القوات ستنسحب قريبا."));
    assertEquals("مسؤولون أمريكيون", q.speaker().text(), q.toString());
  }

  @Test void aStatementSpeaksForWhoeverIssuedIt() {
    Document d = Analyse.text("وأفاد بيان مقتضب نشره المكتب الإعلامي للواء الساحل، إن القائد العسكري قتل في كمين.\n"
        + "وأوضح أن الكمين نصب في وقت سابق.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertEquals("المكتب الإعلامي", d.quotes().get(0).speaker().text(), d.quotes().toString());
    assertEquals("المكتب الإعلامي", last(d).speaker().text(), d.quotes().toString());
    Quote q = only(Analyse.text("وأكد بيان رسمي صادر عن الجيش الوطني أن القوات تقدمت نحو المدينة."));
    assertEquals("الجيش الوطني", q.speakerName(), q.toString());
  }

  @Test void aSecondVerbSharesACountryThatOpensItsSentence() {
    Document d = Analyse.text("وقال الرئيس سامي العمري إن المفاوضات مستمرة.\n"
        + "في خطوة مفاجئة، كانت مصر قد استدعت السفير الإسرائيلي، وطلبت \"توضيحا كاملا\" بشأن الحادث.");
    assertEquals("مصر", last(d).speakerName(), d.quotes().toString());
  }

  @Test void aJoinedCueWithItsThatStartsTheNextStatementOfTheSameGender() {
    Document d = Analyse.text("اعتبر الوزير سامي العمري أن الاتفاق \"مؤقت\" وأشار إلى أن الحكومة حققت مكاسب كبيرة منه.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertTrue(last(d).content().text().startsWith("الحكومة حققت"), d.quotes().toString());
    // «وأوضحت» has a subject of its own inside what he said
    assertEquals(1, Analyse.text("وقال الوزير سامي العمري إن قطر أيدت الاتفاق أما السعودية فكانت حذرة وأوضحت أنه لا بد من الرقابة.")
        .quotes().size());
  }

  @Test void whatIsRevealedFollowsItsAnOrIsTheObjectOfANamedSubject() {
    Quote q = only(Analyse.text("كشف مصدر مطلع في الحكومة المؤقتة لـ\"الصحيفة\"، عن اتجاه لإجراء تعديل وزاري قريبا."));
    assertTrue(q.content().text().startsWith("اتجاه لإجراء"), q.toString());
    q = only(Analyse.text("كشف الجيش الوطني نتائج العملية العسكرية في الجنوب."));
    assertTrue(q.content().text().startsWith("نتائج العملية"), q.toString());
    assertEquals("الجيش الوطني", q.speaker().text(), q.toString());
    Document d = Analyse.text("كشف الجيش الوطني نتائج العملية العسكرية في الجنوب، معلنا مقتل عشرين مسلحا.");
    assertTrue(last(d).content().text().startsWith("مقتل عشرين"), d.quotes().toString());
    // a verbal noun, a relative clause's verb and an exposure report nothing
    assertTrue(Analyse.text("وقال إن قرار كشف هذه المعلومات قد حاز رضا قادة الأجهزة.").quotes().size() <= 1);
    assertTrue(Analyse.text("وهو الأمر الذي يكشف عن عجز الحكومة عن مواجهة الأزمة.").quotes().isEmpty());
    assertTrue(Analyse.text("ودعا إلى محاربة الفساد وكشف علاقاته المشبوهة.").quotes().stream()
        .noneMatch(x -> x.content().text().startsWith("علاقاته")));
  }

  @Test void aRoleOfAFeminineBodyEndsBeforeTheObject() {
    Quote q = only(Analyse.text("كشف المتحدث باسم وزارة الخارجية المصرية تفاصيل جديدة بشأن الاتفاق."));
    assertEquals("المتحدث باسم وزارة الخارجية المصرية", q.speaker().text(), q.toString());
    assertTrue(q.content().text().startsWith("تفاصيل جديدة"), q.toString());
  }

  @Test void aSubjectBeforeWhereIsNotTheSubjectOfTheVerbAfterIt() {
    Quote q = last(Analyse.text("ولم تكن هذه المرة الأولى لخداع الجماعة حيث كشفت صحيفة \"الغارديان\" البريطانية من قبل قصة صحفي تمكن من اختراق صفوفها."));
    assertTrue(q.speaker().text().startsWith("صحيفة"), q.toString());
  }

  @Test void inTheirWordsAttributesTheClauseToWhomThePronounPointsBack() {
    Quote q = only(Analyse.text("وأثار القرار غضب سكان البلدة الذين خرجوا احتجاجا على الاتفاق الذي تم \"دون تشاور\" مع البلدية، على حد تعبيرهم."));
    assertEquals("according", q.cueKind(), q.toString());
    assertTrue(q.speaker().text().startsWith("سكان"), q.toString());
    assertTrue(q.content().text().endsWith("مع البلدية"), q.toString());
    q = only(Analyse.text("وامتنع الطبيب سامي العمري عن تقديم تفاصيل عن حالة المريض خالد الحربي، حسب قوله."));
    assertEquals("سامي العمري", q.speakerName(), q.toString());
    // «على حد سواء» is «alike»; before a quotation «حسب قوله» introduces what follows
    assertTrue(Analyse.text("وتوزع المساعدات على السكان والنازحين على حد سواء في المدينة.").quotes().isEmpty());
  }

  @Test void anAgencyInQuotationMarksBeforeACommaSpeaksForTheClauseAfterIt() {
    Quote q = only(Analyse.text("وبحسب \"الوكالة الوطنية\"، تطال هذه الاتهامات موظفين في الفروع الإقليمية للشركة."));
    assertEquals("الوكالة الوطنية", q.speaker().text(), q.toString());
    assertTrue(q.content().text().startsWith("تطال"), q.toString());
    // a verb with its «إن» inside the clause is its own speaker's statement
    Document d = Analyse.text("وبحسب \"الوكالة الوطنية\"، يتعلق التحقيق الحالي باتهامات من رجل أعمال يدعى سامي العمري يقول إنه نقل الأموال.");
    assertEquals(2, d.quotes().size(), d.quotes().toString());
    assertEquals("سامي العمري", last(d).speakerName(), d.quotes().toString());
  }

  @Test void aFormerFemaleEmployeeSpeaks() {
    Document d = Analyse.text("وقالت الشركة في بيان إنها تحقق في الأمر.\n"
        + "وكشفت موظفة سابقة كانت تعنى بالمرضى في الفرع أن \"المدير جلب امرأة إلى المقر\".");
    assertTrue(last(d).speaker().text().startsWith("موظفة سابقة"), d.quotes().toString());
  }

  @Test void onItsPartACountryAfterTheOpeningVerbSpeaksForTheJoinedCue() {
    Document d = Analyse.text("وأعلن مصدر في الوزارة أن المحادثات فشلت.\nمن جانبها صعدت تركيا اللهجة وقالت إنها مستعدة للرد.");
    assertEquals("تركيا", last(d).speakerName(), d.quotes().toString());
  }

  @Test void aFrontedTopicSpeaksThroughTheVerbOnFa() {
    Quote q = only(Analyse.text("أما سلمى التي سافر أبناؤها الثلاثة فتقول إنها اشترت مروحة صغيرة."));
    assertEquals("سلمى", q.speaker().text(), q.toString());
    // the verb's own subject speaks about the topic
    q = only(Analyse.text("أما الموقوف الثاني، فقالت الشرطة إنه اعترف بالتهم."));
    assertEquals("الشرطة", q.speaker().text(), q.toString());
  }

  @Test void hearsayAfterItsNounSpeaks() {
    Quote q = only(Analyse.text("وانتشرت شائعات عبر الإنترنت، أكدت أن الوزير غادر البلاد سرا."));
    assertEquals("شائعات", q.speaker().text(), q.toString());
    // a verb with its own subject after it is that subject's
    q = only(Analyse.text("ردا على تقارير حول هجوم مفترض اتهمت الدول الثلاث الحكومة بشنه."));
    assertTrue(q.speaker() == null || !q.speaker().text().equals("تقارير"), q.toString());
  }

  @Test void threatsAdviceAndPresentWarningsTakeTheirObject() {
    Quote q = only(Analyse.text("ولوح الرئيس الأميركي بفرض ضرائب إضافية على الواردات."));
    assertEquals("الرئيس الأميركي", q.speaker().text(), q.toString());
    assertTrue(q.content().text().startsWith("بفرض"), q.toString());
    q = only(Analyse.text("في حين يحذر كمال الراشد من تشغيل المكيف أثناء النوم."));
    assertEquals("كمال الراشد", q.speakerName(), q.toString());
    // «ينصح بـ» with no one before the object is «it is advised»
    q = only(Analyse.text("وفي هذه الحالة ينصح بشرب الماء بكثرة."));
    assertNull(q.speaker(), q.toString());
  }

  @Test void aQuantifiedBodyAfterTheVerbSpeaks() {
    Quote q = only(Analyse.text("وحذرت عدة جهات أهلية وحكومية من التعرض للشمس."));
    assertEquals("جهات أهلية وحكومية", q.speaker().text(), q.toString());
    // after a masculine verb a plural in «ات» is accused, not accusing
    Document d = Analyse.text("وقال العقيد سالم الفيتوري إن الوضع مستقر، كما اتهم جهات مسؤولة بالفساد المالي.");
    assertEquals("سالم الفيتوري", last(d).speakerName(), d.quotes().toString());
  }

  @Test void aPostSpeaksForTheAccountItIsOnAndWritingAboutIsNoQuote() {
    Document d = Analyse.text("وقال منشور على حساب إيمانويل ماكرون بموقع تويتر: \"اطمئنوا. أنا بخير\".");
    assertEquals("إيمانويل ماكرون", only(d).speakerName(), d.quotes().toString());
    assertTrue(Analyse.text("وكتبت الممثلة تغريدة واحدة فقط عن حالتها الصحية.").quotes().isEmpty());
  }
}
