package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dates after a list of numbers: one date is every number's; as many dates as numbers, one
 * after another, are each number's in order, "respectively" printed after them or before; any
 * other count dates none of the numbers that has no date of its own, since no date can be told
 * to be theirs.
 */
class DatesOfAListTest {

  private static List<String> cite(String text, Language language) {
    return Cited.withDates(text, language, Body.GA);
  }

  @Test
  void oneDateAfterAListIsEveryNumbers() {
    assertEquals(List.of("A/RES/74/91 2019-12-13", "A/RES/74/92 2019-12-13"),
        cite("Recalling its resolutions 74/91 and 74/92 of 13 December 2019,", Language.EN));
  }

  @Test
  void fullDatesAfterAListAreTheNumbersRespectively() {
    // A/RES/75/201 (fr), S/RES/2558 (2020) (fr)
    assertEquals(List.of("A/RES/60/180 2005-12-20", "A/RES/65/7 2010-10-29", "A/RES/72/276 2018-04-26"),
        cite("Réaffirmant ses résolutions 60/180, 65/7 et 72/276, en date du 20 décembre 2005, du 29 octobre 2010 et du"
            + " 26 avril 2018, respectivement,", Language.FR));
    assertEquals(List.of("A/HRC/RES/48/5 2021-10-08", "A/HRC/RES/51/13 2022-10-12"),
        cite("Recalling its resolutions 48/5 and 51/13 of 8 October 2021 and 12 October 2022, respectively,", Language.EN));
  }

  @Test
  void listedDaysMayPrintTheirOwnMonthsBeforeTheSharedYear() {
    // A/RES/75/48 (fr): three days of 2013, each with its month, then a date of 2015
    assertEquals(List.of("S/RES/2106(2013) 2013-06-24", "S/RES/2117(2013) 2013-09-26", "S/RES/2122(2013) 2013-10-18",
            "S/RES/2220(2015) 2015-05-22"),
        cite("Se félicitant de l’appel lancé dans les résolutions 2106 (2013), 2117 (2013), 2122 (2013) et 2220 (2015) du"
            + " Conseil de sécurité, en date respectivement des 24 juin, 26 septembre et 18 octobre 2013 et 22 mai 2015,",
            Language.FR));
    List<String> each = List.of("E/RES/2013/4 2013-06-24", "E/RES/2013/5 2013-09-26", "E/RES/2013/6 2013-10-18");
    assertEquals(each, cite("Recalling resolutions 2013/4, 2013/5 and 2013/6 of 24 June, 26 September and 18 October"
        + " 2013, respectively,", Language.EN));
    assertEquals(each, cite("Recordando las resoluciones 2013/4, 2013/5 y 2013/6, de 24 de junio, 26 de septiembre y 18 de"
        + " octubre de 2013, respectivamente,", Language.ES));
    assertEquals(each, cite("ссылаясь на резолюции 2013/4, 2013/5 и 2013/6 от 24 июня, 26 сентября и 18 октября 2013 года,"
        + " соответственно,", Language.RU));
  }

  @Test
  void aListedDayFollowedByAWordThatIsNoMonthEndsTheDates() {
    assertEquals(List.of("E/RES/2013/4 -", "E/RES/2013/5 -", "E/RES/2013/6 -"),
        cite("Recalling resolutions 2013/4, 2013/5 and 2013/6 of 24 copies, 26 September and 18 October 2013,"
            + " respectively,", Language.EN));
  }

  @Test
  void respectivelyMayStandBeforeTheDates() {
    // A/HRC/RES/54/3 (fr); E/RES/2021/24 (fr), after a body's name of over forty characters
    assertEquals(List.of("A/HRC/RES/48/5 2021-10-08", "A/HRC/RES/51/13 2022-10-12"),
        cite("et ses propres résolutions 48/5 et 51/13, en date respectivement des 8 octobre 2021 et 12 octobre 2022,",
            Language.FR));
    assertEquals(List.of("CCPCJ:16/1 2007-04-27", "CCPCJ:23/1 2014-05-16"),
        cite("Rappelant en outre les résolutions 16/1 et 23/1 de la Commission pour la prévention du crime et la justice"
            + " pénale, en date respectivement du 27 avril 2007 et du 16 mai 2014,", Language.FR));
  }

  @Test
  void datesNotOnePerNumberDateNoneOfThem() {
    assertEquals(List.of("A/RES/60/180 -", "A/RES/65/7 -", "A/RES/72/276 -"),
        cite("Réaffirmant ses résolutions 60/180, 65/7 et 72/276, en date du 20 décembre 2005 et du 29 octobre 2010,",
            Language.FR));
    // a footnote's text cut the second date away: "respectively" and one date
    assertEquals(List.of("CCPCJ:16/1 -", "CCPCJ:23/1 -"),
        cite("Rappelant les résolutions 16/1 et 23/1 de la Commission pour la prévention du crime et la justice pénale,"
            + " en date respectivement du 27 avril 2007", Language.FR));
  }

  @Test
  void aBodyNamedAfterTheDatesLeavesEachNumberItsDate() {
    // A/RES/75/219 (en), A/HRC/RES/54/14 (fr): the body's name stands after the date
    assertEquals(List.of("A/RES/73/284 2019-03-01"),
        cite("Recalling also that, in its resolution 73/284 of 1 March 2019, the General Assembly declared 2021–2030",
            Language.EN));
    assertEquals(List.of("A/RES/70/160 2015-12-17", "A/RES/74/161 2019-12-18", "A/RES/76/158 2021-12-16"),
        cite("et les résolutions 70/160 du 17 décembre 2015, 74/161 du 18 décembre 2019 et 76/158 du 16 décembre 2021 de"
            + " l’Assemblée,", Language.FR));
  }

  @Test
  void respectivelyAfterOneDateIsNotTheDates() {
    // A/RES/75/267 (fr): the titles are respective, the one date is both numbers'
    assertEquals(List.of("A/RES/75/101A 2020-12-10", "A/RES/75/101B 2020-12-10"),
        cite("Rappelant également ses résolutions 75/101 A et 75/101 B, toutes deux du 10 décembre 2020, respectivement"
            + " intitulées « L’information au service de l’humanité » et « Politiques et activités »", Language.FR));
  }

  @Test
  void aDateOfAnotherYearIsNotCarriedToACouncilNumber() {
    // A/RES/75/97 (en): the date is 1515 (2003)'s alone
    assertEquals(List.of("S/RES/465(1980) -", "S/RES/476(1980) -", "S/RES/1515(2003) 2003-11-19"),
        cite("Recalling Security Council resolutions 465 (1980), 476 (1980) and 1515 (2003) of 19 November 2003,", Language.EN));
  }

  @Test
  void aDateIsNotCarriedToASessionThatMetInAnotherYear() {
    // A/RES/77/306 (en): 69/307 is of the sixty-ninth session (2014-2015), undated here
    assertEquals(List.of("A/RES/66/264 2012-06-21", "A/RES/69/307 -", "A/RES/70/286 2016-06-17"),
        cite("Reaffirms its resolutions 66/264 of 21 June 2012, 69/307, 70/286 of 17 June 2016,", Language.EN));
  }
}
