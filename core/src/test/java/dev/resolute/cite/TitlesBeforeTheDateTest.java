package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resolution's title or topic printed between its number and its date, as Russian does for most
 * titled resolutions ({@code «…» от}) and English and French now and then ({@code , entitled “…”,
 * of}, {@code , on …, of}): the date after the title is the number's.
 */
class TitlesBeforeTheDateTest {

  private static List<String> cite(String text, Language language) {
    return Cited.withDates(text, language, Body.GA);
  }

  @Test
  void aRussianTitleInGuillemetsStandsBeforeTheDate() {
    // A/RES/75/207 (ru)
    assertEquals(List.of("A/RES/70/1 2015-09-25"),
        cite("подтверждая свою резолюцию 70/1 «Преобразование нашего мира: Повестка дня в области устойчивого развития на"
            + " период до 2030 года» от 25 сентября 2015 года,", Language.RU));
    // A/RES/75/112 (ru)
    assertEquals(List.of("A/RES/67/265 2013-05-17"),
        cite("ссылаясь на свою резолюцию 67/265 под названием «Самоопределение Французской Полинезии» от 17 мая 2013 года,",
            Language.RU));
  }

  @Test
  void anEnglishTitleAfterEntitledStandsBeforeTheDate() {
    // A/HRC/RES/54/15 (en)
    assertEquals(List.of("A/RES/70/1 2015-09-25"),
        cite("Recalling General Assembly resolution 70/1, entitled “Transforming our world: the 2030 Agenda for Sustainable"
            + " Development”, of 25 September 2015,", Language.EN));
  }

  @Test
  void aTitleWithNoDateAfterItDatesNothing() {
    assertEquals(List.of("A/RES/70/1 -"),
        cite("подтверждая свою резолюцию 70/1 «Преобразование нашего мира» и 25 сентября 2015 года", Language.RU));
  }

  @Test
  void aTitleMayFollowTheBodysName() {
    // A/HRC/RES/54/15 (fr)
    assertEquals(List.of("A/RES/70/1 2015-09-25"),
        cite("Rappelant la résolution 70/1 de l’Assemblée générale intitulée « Transformer notre monde : le Programme de"
            + " développement durable à l’horizon 2030 », du 25 septembre 2015,", Language.FR));
  }

  @Test
  void aRussianTitleMayStandBeforeTheBodysNameAndItsDate() {
    // E/RES/2021/10 (ru): the Assembly named after the title
    assertEquals(List.of("A/RES/70/1 2015-09-25"),
        cite("ссылаясь на резолюцию 70/1 «Преобразование нашего мира: Повестка дня в области устойчивого развития на"
            + " период до 2030 года» Генеральной Ассамблеи от 25 сентября 2015 года,", Language.RU));
    // A/RES/75/224 (ru): the body is read there too
    assertEquals(List.of("HSP-GC:26/8 2017-05-12"),
        cite("ссылаясь на резолюцию 26/8 «Содействие эффективному осуществлению Новой программы развития городов,"
            + " связанной с ней последующей деятельности и ее обзору» Совета управляющих ООН-Хабитат от 12 мая 2017 года",
            Language.RU));
  }

  @Test
  void anEnglishTopicAfterEachNumberOfAListLeavesTheDateTheLists() {
    // A/HRC/RES/54/8 (en)
    assertEquals(List.of("A/HRC/RES/5/1 2007-06-18", "A/HRC/RES/5/2 2007-06-18"),
        Cited.withDates("Recalling its resolutions 5/1, on institution-building of the Human Rights Council, and 5/2, on the Code of"
            + " Conduct for Special Procedures Mandate Holders of the Human Rights Council, of 18 June 2007, and stressing",
            Language.EN, Body.HRC));
  }

  @Test
  void anEnglishTopicMayEndWithoutACommaBeforeTheNextNumberOrTheDate() {
    // A/RES/75/178 (en)
    assertEquals(List.of("A/HRC/RES/5/1 2007-06-18", "A/HRC/RES/5/2 2007-06-18"),
        Cited.withDates("Recalling Human Rights Council resolutions 5/1 on institution-building of the Council and 5/2 on the Code"
            + " of Conduct for Special Procedures Mandate Holders of the Council of 18 June 2007,", Language.EN, Body.GA));
  }

  @Test
  void aTitleAfterEachNumberOfAListLeavesTheDateTheLists() {
    // A/RES/75/23 (en)
    assertEquals(List.of("A/RES/74/92A 2019-12-13", "A/RES/74/92B 2019-12-13"),
        Cited.withDates("Recalling also its resolutions 74/92 A, entitled “Information in the service of humanity”, and 74/92 B,"
            + " entitled “United Nations global communications policies and activities”, of 13 December 2019,", Language.EN, Body.GA));
  }

  @Test
  void spanishRussianAndArabicTitlesAfterEachNumberLeaveTheDateTheLists() {
    // A/RES/75/23 (es, ru, ar)
    List<String> both = List.of("A/RES/74/92A 2019-12-13", "A/RES/74/92B 2019-12-13");
    assertEquals(both, Cited.withDates("sus resoluciones 74/92 A, titulada “La información al servicio de la humanidad”, y 74/92 B,"
        + " titulada “Políticas y actividades de comunicación global de las Naciones Unidas”, de 13 de diciembre de 2019,",
        Language.ES, Body.GA));
    assertEquals(both, Cited.withDates("свои резолюции 74/92A, озаглавленную «Информация на службе человечества», и 74/92 B,"
        + " озаглавленную «Политика и деятельность Организации Объединенных Наций в области глобальных коммуникаций»,"
        + " от 13 декабря 2019 года,", Language.RU, Body.GA));
    assertEquals(both, Cited.withDates("إلى قراريها 74/92 ألف المعنون ”الإعلام في خدمة الإنسانية“ و 74/92 باء المعنون ”سياسات الأمم"
        + " المتحدة وأنشطتها في مجال التواصل العالمي“، المؤرخين 13 كانون الأول/ ديسمبر 2019،", Language.AR, Body.GA));
  }

  @Test
  void frenchTitlesListedRespectivelyLeaveTheDateTheLists() {
    // A/RES/75/23 (fr): "respectivement" lists the titles, not the dates
    assertEquals(List.of("A/RES/74/92A 2019-12-13", "A/RES/74/92B 2019-12-13"), Cited.withDates("ses résolutions 74/92 A et 74/92 B"
        + " respectivement intitulées « L’information au service de l’humanité » et « Politiques et activités de l’Organisation des"
        + " Nations Unies en matière de communication globale », en date du 13 décembre 2019,", Language.FR, Body.GA));
  }

  @Test
  void bothOfDatesTheTwoNumbersBeforeIt() {
    // A/HRC/RES/54/10 (en)
    assertEquals(List.of("A/HRC/RES/5/1 2007-06-18", "A/HRC/RES/5/2 2007-06-18"),
        Cited.withDates("Recalling its resolution 5/1 on institution-building of the Human Rights Council and resolution 5/2 on the"
            + " Code of Conduct for Special Procedures Mandate Holders of the Human Rights Council, both of 18 June 2007,",
            Language.EN, Body.HRC));
  }

  @Test
  void aFrenchDateOfTwoDatesTheNumberBeforeATitleAndATopic() {
    // A/RES/75/157 (fr)
    assertEquals(List.of("A/RES/74/306 2020-09-11", "A/RES/74/307 2020-09-11"),
        Cited.withDates("ses résolutions 74/306, sur l’action globale et coordonnée face à la pandémie, et 74/307, intitulée "
            + "« Une riposte unie face aux menaces sanitaires mondiales », toutes deux du 11 septembre 2020,", Language.FR, Body.GA));
  }

  @Test
  void aDateOfTwoThatTheNumberBeforeCannotHaveLeavesItUndated() {
    // A/RES/75/290 A (ar) dates 72/305 (of 23 July 2018) with 75/233 by a dual, as the English text does not
    assertEquals(List.of("A/RES/72/305 -", "A/RES/75/233 2020-12-21"),
        Cited.withDates("قرارات الجمعية العامة 72/305 و 75/233 المؤرخين 21 كانون الأول/ديسمبر 2020،", Language.AR, Body.GA));
  }

  @Test
  void frenchAndSpanishTopicsAfterEachNumberOfAListLeaveTheDateTheLists() {
    // A/HRC/RES/54/11 (fr), A/HRC/RES/54/8 (es)
    List<String> both = List.of("A/HRC/RES/5/1 2007-06-18", "A/HRC/RES/5/2 2007-06-18");
    assertEquals(both, Cited.withDates("et ses propres résolutions 5/1, sur la mise en place de ses institutions, et 5/2, sur le"
        + " Code de conduite pour les titulaires de mandat au titre de ses procédures spéciales, du 18 juin 2007,", Language.FR, Body.HRC));
    assertEquals(both, Cited.withDates("Recordando sus resoluciones 5/1, sobre la construcción institucional del Consejo de Derechos"
        + " Humanos, y 5/2, sobre el Código de Conducta para los Titulares de Mandatos de los Procedimientos Especiales del Consejo"
        + " de Derechos Humanos, ambas de 18 de junio de 2007,", Language.ES, Body.HRC));
  }

  @Test
  void aTopicMayOpenWithTheContractedPrepositionOrTheMasculine() {
    // A/HRC/RES/54/4 (es): "5/1, relativa a …, y 5/2, relativa al Código …"; French "relative aux", "relatif au"
    List<String> both = List.of("A/HRC/RES/5/1 2007-06-18", "A/HRC/RES/5/2 2007-06-18");
    assertEquals(both, Cited.withDates("Recordando también las resoluciones del Consejo de Derechos Humanos 5/1, relativa a la"
        + " construcción institucional del Consejo, y 5/2, relativa al Código de Conducta para los Titulares de Mandatos de los"
        + " Procedimientos Especiales del Consejo de Derechos Humanos, de 18 de junio de 2007,", Language.ES, Body.GA));
    assertEquals(both, Cited.withDates("et ses résolutions 5/1, relative aux institutions, et 5/2, relatif au Code de conduite"
        + " pour les titulaires de mandat, du 18 juin 2007,", Language.FR, Body.HRC));
  }

  @Test
  void aRussianTopicRunsToTheNextNumberOrTheDate() {
    // A/HRC/RES/54/11 (ru): no comma closes the topics
    assertEquals(List.of("A/HRC/RES/5/1 2007-06-18", "A/HRC/RES/5/2 2007-06-18"),
        Cited.withDates("и резолюции Совета по правам человека 5/1 об институциональном строительстве Совета и 5/2 о Кодексе"
            + " поведения мандатариев специальных процедур Совета по правам человека от 18 июня 2007 года,", Language.RU, Body.HRC));
  }

  @Test
  void anArabicTopicRunsToTheNextNumberOrTheDateWord() {
    // A/HRC/RES/54/4 (ar): an Arabic comma closes the first topic, none the second
    assertEquals(List.of("A/HRC/RES/5/1 2007-06-18", "A/HRC/RES/5/2 2007-06-18"),
        Cited.withDates("وإذ يشير أيضاً إلى قراري مجلس حقوق الإنسان 5/1 بشأن بناء مؤسسات المجلس، و5/2 بشأن مدونة قواعد السلوك"
            + " لأصحاب الولايات في إطار الإجراءات الخاصة لمجلس حقوق الإنسان، المؤرخين 18 حزيران/يونيه 2007،", Language.AR, Body.HRC));
  }
}
