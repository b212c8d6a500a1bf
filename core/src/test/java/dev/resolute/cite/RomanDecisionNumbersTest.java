package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.CitationKind;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decisions of treaty bodies' sessions numbered by a roman session ("decision X/2" of the
 * Conference of the Parties to the Convention on Biological Diversity) are not UN document
 * symbols: no undocs.org link is made for them. Where the body is named they are its
 * {@code other-resolution}s; where it is not, nothing. An organ "C" (UNESCO's General Conference,
 * FAO's Conference) still opens a symbol.
 */
class RomanDecisionNumbersTest {

  private static List<String> symbols(String text) {
    return Cited.in(text, Language.EN, Body.GA).stream().filter(c -> c.kind() == CitationKind.DOCUMENT_SYMBOL)
        .map(c -> c.canonical()).toList();
  }

  @Test
  void aRomanSessionsDecisionNumberIsNoDocumentSymbol() {
    // A/RES/75/239, paragraphs 252 and 266
    assertEquals(List.of(), symbols("and noted decision X/2 of the tenth meeting of the Conference of the Parties"
        + " to the Convention on Biological Diversity, and decision IX/16 C, adopted at the ninth meeting"));
  }

  private static List<String> all(String text) {
    return all(text, Language.EN);
  }

  @Test
  void aRomanSessionsDecisionOfANamedBodyIsItsOwn() {
    // A/RES/75/239, footnote 27, and A/RES/75/219 (fr)
    assertEquals(List.of("other-resolution CBD-COP:XII/23"),
        all("Conference of the Parties to the Convention on Biological Diversity decision XII/23, paras. 19−22."));
    assertEquals(List.of("other-resolution CBD-COP:III/21"),
        all("Noting decision III/21 of the Conference of the Parties to the Convention on Biological Diversity,"));
  }

  private static List<String> all(String text, Language language) {
    return Cited.in(text, language, Body.GA).stream().map(c -> c.kind().code() + " " + c.canonical()).toList();
  }

  @Test
  void theMeetingThatAdoptedADecisionStandsBetweenItAndItsBody() {
    // A/RES/75/239, paragraphs 252 and 266, in four languages
    assertEquals(List.of("other-resolution CBD-COP:X/2"), all("noted decision X/2 of the tenth meeting of the Conference"
        + " of the Parties to the Convention on Biological Diversity, that", Language.EN));
    assertEquals(List.of("other-resolution CBD-COP:IX/16C"), all("Rappelle la décision IX/16 C adoptée à la neuvième réunion"
        + " de la Conférence des Parties à la Convention sur la diversité biologique, tenue", Language.FR));
    assertEquals(List.of("other-resolution CBD-COP:X/29"), all("la decisión X/29, adoptada en la décima reunión de la"
        + " Conferencia de las Partes en el Convenio sobre la Diversidad Biológica, celebrada", Language.ES));
    assertEquals(List.of("other-resolution CBD-COP:X/29"), all("решение X/29, которое было принято на десятом совещании"
        + " Конференции сторон Конвенции о биологическом разнообразии, состоявшемся", Language.RU));
  }

  @Test
  void aRomanSessionsDecisionWithNoBodyNamedIsNoCitation() {
    // after a report of the Conference's own (UNEP/CBD/COP/10/27), the report names it: IssuingBodyTest
    assertEquals(List.of("document-symbol A/75/123"), all("See document A/75/123, annex, decision X/1."));
    assertEquals(List.of(), all("Recalling its decision X/2,"));
  }

  @Test
  void aRomanSessionsDecisionWithNoBodyNamedIsWarnedOf() {
    // A/RES/75/239, footnote: the decision of the Conference's second meeting, in an annex of an Assembly document
    Extraction found = CitationExtractor.create().extract("See A/51/312, annex II, decision II/10.",
        CitationContext.of(Language.EN, Body.GA, "footnote:1"));
    assertEquals(List.of("decision II/10 is numbered by a roman session, as treaty bodies number theirs, and no such body"
        + " is named for it"), found.warnings().stream().map(Extraction.Warning::message).toList());
  }

  @Test
  void aRomanNumberInsideAnotherBodysCodeIsNoDecisionNumber() {
    // A/RES/75/239 (fr): the Intergovernmental Oceanographic Commission's decision IOC-XXX/11.1, a no-break hyphen before it
    Extraction found = CitationExtractor.create().extract("que, dans sa décision IOC\u2011XXX/11.1, elle ait invité le Groupe",
        CitationContext.of(Language.FR, Body.GA, "p"));
    assertEquals(List.of(), found.citations());
    assertEquals(List.of(), found.warnings());
  }

  @Test
  void aRomanSessionsDecisionTakesTheBodyWhoseShortNameStandsEarlierInItsSentence() {
    // A/RES/75/219: the Conference of the Parties to the Convention on Biological Diversity named in full paragraphs before
    assertEquals(List.of("other-resolution CBD-COP:XII/3"), afterNaming("the Strategic Plan for Biodiversity 2011–2020, "
        + "adopted by the Conference of the Parties in its decision XII/3,", Language.EN));
    assertEquals(List.of("other-resolution CBD-COP:XII/3"), afterNaming("du Plan stratégique 2011-2020 pour la diversité "
        + "biologique, que la Conférence a adoptés dans sa décision XII/3", Language.FR));
  }

  @Test
  void aListFollowedByOtherDecisionsOfABodyIsThatBodys() {
    // A/RES/75/219, operative 32, after the Conference of the Parties to the Convention on Biological Diversity was named
    assertEquals(List.of("other-resolution CBD-COP:XIII/1", "other-resolution CBD-COP:14/34"), afterNaming("fully in line"
        + " with decision XIII/1 and decision 14/34, as well as other relevant decisions of the Conference of the Parties"
        + " to the Convention;", Language.EN));
    assertEquals(List.of("other-resolution CBD-COP:XIII/1", "other-resolution CBD-COP:14/34"), afterNaming("dans le plein"
        + " respect de la décision XIII/1 et de la décision 14/34, ainsi que des autres décisions pertinentes de la"
        + " Conférence des Parties à la Convention ;", Language.FR));
    assertEquals(List.of("other-resolution CBD-COP:XIII/1", "other-resolution CBD-COP:14/34"), afterNaming("en plena"
        + " consonancia con la decisión XIII/1 y la decisión 14/34, así como otras decisiones pertinentes de la Conferencia"
        + " de las Partes en el Convenio;", Language.ES));
    assertEquals(List.of("other-resolution CBD-COP:XIII/1", "other-resolution CBD-COP:14/34"), afterNaming("в полном"
        + " соответствии с решением XIII/1, решением 14/34 и другими соответствующими решениями Конференции сторон"
        + " Конвенции;", Language.RU));
  }

  @Test
  void arabicNamesTheOtherDecisionsOfTheBodyThatAdoptedThem() {
    // A/RES/75/89 (ar), the footnote marker after 7/11 left out; Arabic prints the roman session in digits
    assertEquals(List.of("other-resolution CBD-COP:VII/11"), all("وكذلك المقرر 7/11 وغيره من المقررات التي اتخذها"
        + " مؤتمر الأطراف في اتفاقية التنوع البيولوجي في هذا الصدد،", Language.AR));
  }

  @Test
  void otherDecisionsOfABodyNamedAfterAnAssemblyNumberLeaveItTheAssemblys() {
    assertEquals(List.of("ga-resolution A/RES/70/1"), afterNaming("Recalling resolution 70/1 and other relevant"
        + " decisions of the Conference of the Parties,", Language.EN));
  }

  @Test
  void aRomanSessionsDecisionTakesNoShortNameOfAnEarlierSentence() {
    assertEquals(List.of(), afterNaming("Welcomes the work of the Conference of the Parties. Recalling decision XII/3,",
        Language.EN));
  }

  private static List<String> afterNaming(String text, Language language) {
    return Cited.afterNaming(List.of("CBD-COP"), text, language).stream().map(c -> c.kind().code() + " " + c.canonical())
        .toList();
  }

  @Test
  void anOrganCIsStillAnOrgan() {
    assertEquals(List.of("C/68", "C/2017/REP"), symbols("United Nations Educational, Scientific and Cultural"
        + " Organization document 40 C/68; Food and Agriculture Organization of the United Nations, document C/2017/REP."));
  }

  @Test
  void aSymbolWhoseBodyPathIsRomanStaysOne() {
    assertEquals(List.of("BWC/CONF.VIII/4/Corr.1"), symbols("See BWC/CONF.VIII/4/Corr.1."));
  }

  @Test
  void arabicPrintsTheRomanSessionInDigitsAndTheDecisionReadsAsTheOtherLanguages() {
    // A/RES/75/239 (ar), paragraphs 252 and 266: "decision 9/16 C adopted at the ninth meeting of the
    // Conference of the Parties …", the "of" written onto the body's name (لمؤتمر)
    assertEquals(List.of("other-resolution CBD-COP:IX/16C"), all("تشير إلى المقرر 9/16 جيم الذي اتُخذ في الاجتماع"
        + " التاسع لمؤتمر الأطراف في اتفاقية التنوع البيولوجي", Language.AR));
    assertEquals(List.of("other-resolution CBD-COP:X/2"), all("المجسدة في المقرر 10/2 الصادر عن الاجتماع العاشر"
        + " لمؤتمر الأطراف في اتفاقية التنوع البيولوجي", Language.AR));
  }

  @Test
  void anOfWrittenOntoABodysNameLinksItToTheNumberBeforeIt() {
    // A/RES/75/229 (ar): "decision 12/11 of 17 October 2014 of the Conference of the Parties …"
    assertEquals(List.of("other-resolution CBD-COP:XII/11"), all("والمقرر 12/11 المؤرخ 17 تشرين الأول/أكتوبر 2014"
        + " لمؤتمر الأطراف في اتفاقية التنوع البيولوجي بشأن التنوع البيولوجي", Language.AR));
  }

  @Test
  void aSessionAfterTheLastNumberedInRomanStaysInDigits() {
    // A/RES/75/219, a footnote in English and Arabic: the Conference numbered its fourteenth session's decisions 14/1 …
    assertEquals(List.of("other-resolution CBD-COP:XIII/18", "other-resolution CBD-COP:14/12"),
        all("decisions XIII/18 and 14/12 of the Conference of the Parties to the Convention on Biological Diversity",
            Language.EN));
    assertEquals(List.of("other-resolution CBD-COP:XIII/18", "other-resolution CBD-COP:14/12"),
        all("والمقررات 13/18 و 14/12 الصادرة عن مؤتمر الأطراف في اتفاقية التنوع البيولوجي.", Language.AR));
  }

  @Test
  void chineseNamesTheMeetingBetweenTheBodyAndTheNumber() {
    // A/RES/75/239 (zh), paragraphs 252 and 266: "the Conference of the Parties … at its ninth session adopted decision IX/16 C"
    assertEquals(List.of("other-resolution CBD-COP:IX/16C"), all("2008年5月19日至30日在德国波恩举行的生物多样性公约缔约方大会"
        + "第九届会议通过的第IX/16 C号决定，", Language.ZH));
    assertEquals(List.of("other-resolution CBD-COP:X/2"), all("以实现生物多样性公约缔约方大会第十次会议X/2号决定所载的目标11",
        Language.ZH));
  }

  @Test
  void theAssemblyInsideTheUnHabitatAssemblysChineseNameIsNotTheGeneralAssembly() {
    // A/RES/75/224 (zh): "adopted at the first session of the UN-Habitat Assembly, in its decision 1/1"
    assertEquals(List.of("other-resolution HSP-HA:1/1"), all("并在人居署大会第一届会议2019年5月31日第1/1号决定中通过；",
        Language.ZH));
  }

  @Test
  void russianNamesWhenAndWhereTheMeetingWasHeldBeforeTheMeeting() {
    // A/RES/75/239 (ru), paragraph 252: "adopted at the ninth meeting, held on 19–30 May 2008 in Bonn, Germany, of the Conference …"
    assertEquals(List.of("other-resolution CBD-COP:IX/16C"), all("ссылается на решение IX/16 C, которое было принято на"
        + " состоявшемся 19–30 мая 2008 года в Бонне, Германия, девятом совещании Конференции сторон Конвенции о"
        + " биологическом разнообразии, и", Language.RU));
  }

  @Test
  void aRomanSessionTypedWithCyrillicCapitalsReadsAsTheLatinFigures() {
    // A/RES/75/239 (ru), paragraph 266: "решение Х/2", a Cyrillic Х
    assertEquals(List.of("other-resolution CBD-COP:X/2"), all("и приняли к сведению решение \u0425/2 десятого совещания"
        + " Конференции сторон Конвенции о биологическом разнообразии, согласно которому", Language.RU));
  }
}
