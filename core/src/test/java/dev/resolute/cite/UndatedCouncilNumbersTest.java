package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Security Council resolutions printed without their year, after the document printed them with
 * it: the year comes from the document (contexts from S/RES/2531, 2535 and 2539 (2020) of
 * {@code unxml/}), never from a guess.
 */
class UndatedCouncilNumbersTest {

  private static List<String> cite(String text, CitationContext context) {
    return CitationExtractor.create().extract(text, context).citations().stream()
        .map(c -> c.canonical() + " «" + c.text() + "»").collect(Collectors.toList());
  }

  private static List<String> cite(String text, Language language) {
    return cite(text, CitationContext.of(language, Body.SC, "p"));
  }

  @Test
  void aNumberPrintedEarlierWithItsYearIsDatedByIt() {
    assertEquals(List.of("S/RES/2391(2017) «2391 (2017)»", "S/RES/2391(2017) «2391»"),
        cite("as per the conditions set by resolution 2391 (2017); recalls paragraph 13 of resolution 2391, and", Language.EN));
  }

  @Test
  void aListAfterAResolutionWordIsDatedItemByItem() {
    assertEquals(List.of("S/RES/2250(2015) «2250 (2015)»", "S/RES/2419(2018) «2419 (2018)»", "S/RES/2250(2015) «2250»",
            "S/RES/2419(2018) «2419»"),
        cite("resolutions 2250 (2015) and 2419 (2018); reports on this resolution and on resolutions 2250 and 2419;",
            Language.EN));
  }

  @Test
  void aNumberNeverPrintedWithItsYearStaysSilent() {
    assertEquals(List.of("S/RES/2391(2017) «2391 (2017)»"),
        cite("resolution 2391 (2017); recalls resolution 2400 and resolution 2359", Language.EN));
  }

  @Test
  void theYearMayComeFromAnEarlierPieceOfTheDocument() {
    List<Citation> before = CitationExtractor.create()
        .extract("Rappelant sa résolution 1701 (2006),", CitationContext.of(Language.FR, Body.SC, "preamble:1")).citations();
    CitationContext context = CitationContext.of(Language.FR, Body.SC, "operative:3").withCitedBefore(before);
    assertEquals(List.of("S/RES/1701(2006) «1701»"), cite("conformément à la résolution 1701, et", context));
  }

  @Test
  void aNumberWithMoreAfterItIsNotAnUndatedResolution() {
    String earlier = "resolution 161 (1961), ";
    assertEquals(List.of("S/RES/161(1961) «161 (1961)»"), cite(earlier + "resolution 161 A of 21 February", Language.EN));
    assertEquals(List.of("S/RES/161(1961) «161 (1961)»"), cite(earlier + "resolution 161/2 and resolution 161.5", Language.EN));
  }

  @Test
  void aParenthesisNamingWhatTheResolutionEstablishedMayFollowTheNumber() {
    // S/RES/2557 (2020), in all six languages
    String earlier = "resolution 1988 (2011), ";
    assertEquals(List.of("S/RES/1988(2011) «1988 (2011)»", "S/RES/1988(2011) «1988»"),
        cite(earlier + "the Committee established in paragraph 35 of resolution 1988 (“the Committee”)", Language.EN));
    assertEquals(List.of("S/RES/1988(2011) «1988 (2011)»", "S/RES/1988(2011) «1988»"),
        cite("la résolution 1988 (2011), visé au paragraphe 35 de la résolution 1988 (ci-après « le Comité »)", Language.FR));
    // a session in the parenthesis is no name: "1988 (XVIII)" is another citation, not the undated 1988
    assertEquals(List.of("S/RES/1988(2011) «1988 (2011)»", "A/RES/1988(XVIII) «1988 (XVIII)»"),
        cite(earlier + "resolution 1988 (XVIII)", Language.EN));
  }

  @Test
  void aNumberAwayFromAResolutionWordStaysSilent() {
    assertEquals(List.of("S/RES/1325(2000) «1325 (2000)»"),
        cite("resolution 1325 (2000); 1325 women took part in the meeting", Language.EN));
  }

  @Test
  void aNumberPrintedWithTwoYearsDatesNothing() {
    assertEquals(List.of("S/RES/2140(2014) «2140 (2014)»", "S/RES/2140(2015) «2140 (2015)»"),
        cite("resolution 2140 (2014) and resolution 2140 (2015); resolution 2140", Language.EN));
  }

  @Test
  void chineseWritesTheWordAfterTheNumber() {
    assertEquals(List.of("S/RES/2473(2019) «2473(2019)»", "S/RES/2473(2019) «2473»"),
        cite("第2473(2019)号决议；决定将第2473号决议规定的各项授权再延长12个月，", Language.ZH));
  }

  @Test
  void russianAndArabicWordsBeforeTheNumber() {
    assertEquals(List.of("S/RES/2272(2016) «2272 (2016)»", "S/RES/2272(2016) «2272»"),
        cite("резолюции 2272 (2016); обзоров, проводимых в соответствии с резолюцией 2272, подчеркивает", Language.RU));
    assertEquals(List.of("S/RES/2360(2017) «2360 (2017)»", "S/RES/2360(2017) «2360»"),
        cite("القرار 2360 (2017)، على النحو المنصوص عليه في الفقرة 6 من القرار 2360، ويعرب", Language.AR));
  }

  @Test
  void aCitationAUserBuiltWithANumberNoCouncilPrintsDatesNothing() {
    // the context reads the numbers of the citations it is given: one of eleven digits is no int
    Citation built = Citation.builder().kind(dev.resolute.model.CitationKind.SC_RESOLUTION)
        .canonical("S/RES/12345678901(2001)").location("p").text("12345678901 (2001)")
        .span(dev.resolute.model.Span.of(0, 18)).build();
    CitationContext context = CitationContext.of(Language.EN, Body.SC, "p").withCitedBefore(List.of(built));
    assertEquals(List.of(), cite("recalls resolution 12345678901, and", context));
  }
}
