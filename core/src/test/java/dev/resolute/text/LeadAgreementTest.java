package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The other form of a lead under a language's agreement rules ({@code [lead-agreement]}). */
class LeadAgreementTest {
  private static final LeadAgreement ARABIC = LeadAgreement.of(List.of("first\tت\tي", "after\tها\tه"));

  @Test
  void theAssemblysFormTurnsIntoTheCouncils() {
    assertEquals("يعرب عن قلقه", ARABIC.otherForm("تعرب عن قلقها"));
  }

  @Test
  void theCouncilsFormTurnsIntoTheAssemblys() {
    assertEquals("تعرب عن قلقها", ARABIC.otherForm("يعرب عن قلقه"));
  }

  @Test
  void aShortFirstWordAndWordsWithoutTheEndingsStayAsTheyAre() {
    assertEquals("تم النظر", ARABIC.otherForm("تم النظر"));
  }

  @Test
  void theShippedArabicRulesAreThese() {
    assertEquals("يحيط علما", LanguageTables.of(dev.resolute.model.Language.AR).leadAgreement.otherForm("تحيط علما"));
    assertEquals("Notes", LanguageTables.of(dev.resolute.model.Language.EN).leadAgreement.otherForm("Notes"));
  }

  @Test
  void aParticipleTurnsByItsEndingWhereverItStands() {
    LeadAgreement french = LeadAgreement.of(List.of("ending\tée\té", "ending\tue\tu"));
    assertEquals("Se déclare préoccupé", french.otherForm("Se déclare préoccupée"));
    assertEquals("Convaincu", french.otherForm("Convaincue"));
    assertEquals("Profondément préoccupée", french.otherForm("Profondément préoccupé"));
  }

  @Test
  void theShippedRulesTurnTheAssemblysParticiplesIntoTheCouncils() {
    assertEquals("Se déclare préoccupé", LanguageTables.of(dev.resolute.model.Language.FR).leadAgreement.otherForm("Se déclare préoccupée"));
    assertEquals("Profundamente preocupado", LanguageTables.of(dev.resolute.model.Language.ES).leadAgreement.otherForm("Profundamente preocupada"));
    assertEquals("будучи обеспокоен", LanguageTables.of(dev.resolute.model.Language.RU).leadAgreement.otherForm("будучи обеспокоена"));
  }

  @Test
  void aMalformedRuleIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LeadAgreement.of(List.of("prefix\tت\tي")));
  }
}
