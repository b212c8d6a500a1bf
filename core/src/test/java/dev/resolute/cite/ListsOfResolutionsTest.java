package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of resolutions with pinpoints between their items, as the footnotes of {@code unxml/} print
 * them (A/RES/75/133, 75/239): the resolution word before the first item covers them all.
 */
class ListsOfResolutionsTest {

  private static List<String> cite(String text, Language language) {
    return Cited.canonicals(text, language, Body.GA);
  }

  @Test
  void aFiveLetterAbbreviationInsideTheListEndsNoSentence() {
    assertEquals(List.of("A/RES/58/101B", "A/RES/59/126B", "A/RES/60/109B"),
        cite("Resolutions 58/101 B, sect. V, paras. 61–76; 59/126 B, sect. V, paras. 76–95; 60/109 B, sect. IV.", Language.EN));
    assertEquals(List.of("A/RES/72/115", "A/RES/73/201"),
        cite("Resoluciones 72/115, párrs. 7 y 8, y 73/201, párr. 7.", Language.ES));
  }

  @Test
  void aConnectorAfterASemicolonGoesOnWithTheList() {
    assertEquals(List.of("A/RES/60/109B", "A/RES/61/121B"),
        cite("Resolutions 60/109 B, sect. IV, paras. 66–80; and 61/121 B, sect. IV, paras. 65–77.", Language.EN));
  }

  @Test
  void arabicItsDecisionsIntroduceAListOfDecisions() {
    // A/RES/75/4 (ar): "مقرراتها" (its decisions) before special-session and session numbers
    assertEquals(List.of("A/DEC/S-31/1", "A/DEC/S-31/2", "A/DEC/58/521", "A/DEC/60/518"),
        cite("وإذ تشير إلى مقرراتها S-31/1 و S-31/2 المؤرخة 15 تموز/يوليه 2020، وكذلك إلى مقرراتها 58/521 و 60/518،",
            Language.AR));
  }

  @Test
  void aChinesePartLetterBeforeTheNumberMarkIsThePart() {
    // A/RES/75/253 (zh): "第69/274 A号决议" is 69/274 A; the Chinese character after the letter kept it off
    assertEquals(List.of("A/RES/69/274A", "A/RES/70/248A"),
        cite("回顾2015年4月2日第69/274 A号决议第四和六节、2015年12月23日第70/248 A号决议第十七节，", Language.ZH));
  }

  @Test
  void chinesePartsJoinedByTheConnectorAreEachCited() {
    // A/RES/75/291 (zh): "第53/243 A和B号决议", and each part marked: "A号和B号"
    assertEquals(List.of("A/RES/53/243A", "A/RES/53/243B"), cite("回顾第53/243 A和B号决议。", Language.ZH));
    assertEquals(List.of("A/RES/53/243A", "A/RES/53/243B"), cite("回顾第53/243 A号和B号决议。", Language.ZH));
  }

  @Test
  void aCapitalOpeningAWordAfterTheNumberIsNoPart() {
    assertEquals(List.of("A/RES/65/232"), cite("See resolution 65/232 Annex I.", Language.EN));
    assertEquals(List.of("A/RES/65/232"), cite("См. резолюцию 65/232 Ассамблеи.", Language.RU));
  }

  @Test
  void anArabicPairIsDatedByTheDualOfTheDateWord() {
    // A/RES/75/131 (ar): "المؤرخين", the dual of "المؤرخ" (dated), after two numbers
    assertEquals(List.of("A/RES/67/139 2012-12-20", "A/RES/67/143 2012-12-20"),
        Cited.withDates("وإذ تشير إلى قراريها 67/139 و 67/143 المؤرخين 20 كانون الأول/ديسمبر 2012،", Language.AR, Body.GA));
  }

  @Test
  void anArabicDateWordIsReadPastItsTatweelAndVowelsAndAfterAnArabicComma() {
    // A/RES/75/115, 75/10 and 75/17 (ar)
    assertEquals(List.of("A/RES/1514(XV) 1960-12-14", "E/RES/2019/19 2019-07-23", "E/RES/2019/20 2019-07-23",
            "A/RES/74/270 2020-04-02"),
        Cited.withDates("وإذ تشير إلى قرارها 1514 (د-15) المـؤرخ 14 كانون الأول/ديسمبر 1960، وكذلك قراري المجلس الاقتصادي والاجتماعي"
            + " 2019/19 و 2019/20، المؤرخَيْن 23 تموز/يوليه 2019، وقرارها 74/270، المؤرخ 2 نيسان/أبريل 2020،", Language.AR, Body.GA));
  }

  @Test
  void aLineBreakBeforeASessionInBracketsKeepsTheNumberInTheList() {
    // S/RES/264 (1969), as printed: the line ends after the number, the session opens the next
    assertEquals(List.of("A/RES/2248(S-V) 1967-05-19", "A/RES/2324(XXII) 1967-12-16", "A/RES/2325(XXII) 1967-12-16"),
        Cited.withDates("Taking note of General Assembly resolutions 2248\n(S-V) of 19 May 1967, 2324 (XXII) and 2325\n(XXII) of"
            + " 16 December 1967,", Language.EN, Body.SC));
  }
}
