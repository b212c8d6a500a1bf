package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session that adopted a resolution, named between its body's name and the resolution word
 * ({@code [session-in-gap]}): the body is still the resolution's issuer. The contexts are those of
 * A/RES/75/222, which notes the Economic and Social Commission for Asia and the Pacific's
 * resolution 72/7 in each language.
 */
class SessionsInGapsTest {

  private static List<String> cite(String text, Language language) {
    return Cited.canonicals(text, language, Body.GA);
  }

  @Test
  void theSessionBetweenTheAgentAndTheResolutionWordLeavesTheAgentTheIssuer() {
    assertEquals(List.of("ESCAP:72/7"), cite("Noting the adoption, by the Economic and Social Commission for Asia and the"
        + " Pacific at its seventy-second session, of resolution 72/7 of 19 May 2016", Language.EN));
    assertEquals(List.of("ESCAP:72/7"), cite("Notant l’adoption, le 19 mai 2016, par la Commission économique et sociale pour"
        + " l’Asie et le Pacifique, à sa soixante-douzième session, de la résolution 72/7 sur la coopération", Language.FR));
    assertEquals(List.of("ESCAP:72/7"), cite("Observando que la Comisión Económica y Social para Asia y el Pacífico aprobó, en"
        + " su 72º período de sesiones, la resolución 72/7, de 19 de mayo de 2016,", Language.ES));
  }

  @Test
  void theSessionBetweenTheNameAndTheResolutionWordLeavesTheNameTheIssuer() {
    assertEquals(List.of("ESCAP:72/7"), cite("отмечая принятие Экономической и социальной комиссией для Азии и Тихого океана на"
        + " ее семьдесят второй сессии резолюции 72/7 от 19 мая 2016 года", Language.RU));
    assertEquals(List.of("ESCAP:72/7"), cite("وإذ تحيط علما باعتماد اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ في دورتها"
        + " الثانية والسبعين القرار 72/7 المؤرخ 19 أيار/مايو 2016", Language.AR));
  }
}
