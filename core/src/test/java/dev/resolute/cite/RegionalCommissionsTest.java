package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The regional commissions number their own resolutions, with a roman session as the Assembly once
 * did ("resolution 574 (XXVII)" of the Economic Commission for Latin America and the Caribbean): a
 * number the text gives one of them is that commission's, not the Assembly's nor the Council's.
 */
class RegionalCommissionsTest {

  private static List<String> cite(String text, Language language) {
    return Cited.canonicals(text, language, Body.ECOSOC);
  }

  @Test
  void aCommissionNamedBeforeItsResolutionIsItsIssuer() {
    // E/RES/2021/3 (en): a resolution of ESCWA's sixth special session
    assertEquals(List.of("ESCWA:335(S-VI)"), cite("Economic and Social Commission for Western Asia resolution 335 (S-VI)"
        + " of 21 December 2019, by which the Commission adopted", Language.EN));
    // A/RES/75/104 (en): the Commission the agent of the adoption
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("the adoption by the Economic Commission for Latin America and the"
        + " Caribbean of its resolution 574 (XXVII) of 16 May 1998,", Language.EN));
  }

  @Test
  void eachLanguageWordsTheCommissionAdoptingItsResolution() {
    // A/RES/75/104 and E/RES/2021/2 in French, Spanish, Russian and Chinese
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("que la Commission économique pour l’Amérique latine et les Caraïbes"
        + " a adopté la résolution 574 (XXVII), en date du 16 mai 1998", Language.FR));
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("que la Comisión Económica para América Latina y el Caribe aprobó la"
        + " resolución 574 (XXVII), de 16 de mayo de 1998", Language.ES));
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("о принятии 16 мая 1998 года Экономической комиссией для Латинской"
        + " Америки и Карибского бассейна резолюции 574 (XXVII)", Language.RU));
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("拉丁美洲和加勒比经济委员会1998年5月16日通过的第574(XXVII)号决议，", Language.ZH));
  }

  @Test
  void theDateOfAdoptionBetweenTheCommissionAndItsResolutionKeepsTheIssuer() {
    // E/RES/2021/2 B: the date stands between the Commission's name and the resolution word
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("the adoption by the Economic Commission for Latin America and the"
        + " Caribbean on 16 May 1998 of its resolution 574 (XXVII),", Language.EN));
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("que la Commission économique pour l’Amérique latine et les Caraïbes"
        + " a adopté le 16 mai 1998 la résolution 574 (XXVII)", Language.FR));
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("que la Comisión Económica para América Latina y el Caribe aprobó el"
        + " 16 de mayo de 1998 su resolución 574 (XXVII)", Language.ES));
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("يشير إلى أن اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي"
        + " اتخذت في 16 أيار/مايو 1998 قرارها 574 (د-27)", Language.AR));
  }

  @Test
  void anArabicNumberAndItsSessionMayBeSeparatedByANoBreakSpace() {
    // A/RES/75/104 (ar), operative 13: "574\u00a0(د-27)"
    assertEquals(List.of("ECLAC:574(XXVII)"), cite("تشير إلى اتخاذ اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي"
        + " القرار 574\u00a0(د-27) المؤرخ 16 أيار/مايو 1998", Language.AR));
  }

  @Test
  void aNumberThatIsNoDateInTheGapLinksNothing() {
    // only a date the language's patterns read whole is passed over: "on 16 occasions" is none (cut as
    // one, the five words left would be the body's own clause before "its")
    assertEquals(List.of("E/RES/574(XXVII)"), cite("the Economic Commission for Latin America and the Caribbean on 16"
        + " occasions as noted of its resolution 574 (XXVII),", Language.EN));
  }

  @Test
  void theDateOfAdoptionBetweenDatesTheResolution() {
    List<dev.resolute.model.Citation> found = CitationExtractor.create().extract("the adoption by the Economic Commission for"
        + " Latin America and the Caribbean on 16 May 1998 of its resolution 574 (XXVII),",
        CitationContext.of(Language.EN, Body.ECOSOC, "operative:19")).citations();
    assertEquals(List.of(java.util.Optional.of(java.time.LocalDate.of(1998, 5, 16))),
        found.stream().map(dev.resolute.model.Citation::date).collect(java.util.stream.Collectors.toList()));
  }
}
