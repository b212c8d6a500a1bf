package dev.resolute.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a lead table generalizes past the phrases the markup showed: continuations after a lead,
 * opening words before one, and the combining marks of a lead's last letter. Small tables written
 * here, so that each behaviour is seen alone.
 */
class LeadGeneralizationTest {
  private static final LeadTable ENGLISH = LeadTable.of(Language.EN, List.of(
      "Acknowledges", "Expresses its appreciation", "Reaffirms its decision\tReaffirms", "Reaffirms",
      LeadTable.CONTINUATIONS, "with appreciation", "its commitment",
      LeadTable.OPENINGS, "Also"), LeadAgreement.NONE);

  private static String lead(LeadTable table, String text) {
    int n = table.leadLength(text);
    return text.substring(0, table.extend(text, n));
  }

  @Test
  void aContinuationJoinsTheLeadItFollows() {
    assertEquals("Acknowledges with appreciation", lead(ENGLISH, "Acknowledges with appreciation the work of the Committee;"));
  }

  @Test
  void aContinuationIsAWholeWord() {
    assertEquals("Acknowledges", lead(ENGLISH, "Acknowledges with appreciations unheard of;"));
  }

  @Test
  void anOpeningWordBeforeALeadMakesOneLead() {
    assertEquals("Also expresses its appreciation", lead(ENGLISH, "Also expresses its appreciation to the Secretary-General;"));
  }

  @Test
  void anOpeningWordBeforeNoLeadIsLeftAsItIs() {
    // "decides" is no lead of this table: the first-word lead the caller found stands
    assertEquals(4, ENGLISH.extend("Also decides to remain seized;", 4));
  }

  @Test
  void aPhraseOfTheTableThatReachesPastTheLeadKeepsItsResolution() {
    // "Reaffirms its decision" is marked "Reaffirms": the table's own evidence, not a continuation
    assertEquals("Reaffirms", lead(ENGLISH, "Reaffirms its decision to continue;"));
  }

  @Test
  void aContinuationFollowsALeadTheTableEndsThere() {
    assertEquals("Reaffirms its commitment", lead(ENGLISH, "Reaffirms its commitment to the Charter;"));
  }

  @Test
  void aLeadKeepsTheCombiningMarksOfItsLastLetter() {
    LeadTable arabic = LeadTable.of(Language.AR, List.of("يلاحظ أيضا"), LeadAgreement.NONE);
    assertEquals("يلاحظ أيضاً", lead(arabic, "يلاحظ أيضاً أن اللجنة"));
  }

  @Test
  void chineseContinuationsNeedNoSpace() {
    LeadTable chinese = LeadTable.of(Language.ZH, List.of("表示", LeadTable.CONTINUATIONS, "关切", LeadTable.OPENINGS, "又"), LeadAgreement.NONE);
    assertEquals("表示关切", lead(chinese, "表示关切的是，"));
    assertEquals("又表示关切", lead(chinese, "又表示关切的是，"));
  }

  @Test
  void anArabicLeadOfTheAssemblyFindsTheCouncilsForm() {
    // the table learnt "تعرب عن قلقها" (the Assembly, feminine); a Council speaks in the masculine
    LeadTable arabic = LeadTable.of(Language.AR, List.of("تعرب عن قلقها", "تعرب"), LanguageTables.of(Language.AR).leadAgreement);
    assertEquals("يعرب عن قلقه", lead(arabic, "يعرب عن قلقه إزاء التقارير"));
    assertEquals("تعرب عن قلقها", lead(arabic, "تعرب عن قلقها إزاء التقارير"));
  }

  @Test
  void aPhraseTheTableHoldsInBothFormsKeepsItsOwnResolution() {
    // the masculine form is in the table with its own resolution: the feminine's turned one does not replace it
    LeadTable arabic = LeadTable.of(Language.AR, List.of("تحيط علما\tتحيط علما", "يحيط علما\tيحيط"),
        LanguageTables.of(Language.AR).leadAgreement);
    assertEquals("يحيط", lead(arabic, "يحيط علما بالتقرير"));
  }

  @Test
  void aWordInsideALeadJoinsTheLeadTheTableKnowsWithoutIt() {
    LeadTable russian = LeadTable.of(Language.RU, List.of("выражая серьезную обеспокоенность", "выражая",
        LeadTable.INTERIORS, "также"), LeadAgreement.NONE);
    assertEquals("выражая также серьезную обеспокоенность",
        LanguageTables.of(Language.RU).lead("выражая также серьезную обеспокоенность в связи с", russian));
  }

  @Test
  void aWordInsideBeforeNoLongerLeadIsLeftAsItIs() {
    LeadTable russian = LeadTable.of(Language.RU, List.of("выражая серьезную обеспокоенность", "выражая",
        LeadTable.INTERIORS, "также"), LeadAgreement.NONE);
    // "выражая признательность" is no lead of this table: the table's own lead stands
    assertEquals("выражая", LanguageTables.of(Language.RU).lead("выражая также признательность Комитету", russian));
  }

  @Test
  void aWordInsideALeadMayStandAfterItsSecondWord() {
    LeadTable french = LeadTable.of(Language.FR, List.of("Se déclare préoccupée", "Se déclare", LeadTable.INTERIORS, "également"),
        LeadAgreement.NONE);
    assertEquals("Se déclare également préoccupée",
        LanguageTables.of(Language.FR).lead("Se déclare également préoccupée par la situation", french));
  }

  @Test
  void aFirstWordNeverMarkedAloneTakesTheWordAfterIt() {
    LeadTable french = LeadTable.of(Language.FR, List.of("Ayant examiné", "Ayant pris note", LeadTable.NEVER_ALONE, "ayant"),
        LeadAgreement.NONE);
    assertEquals("Ayant entendu", LanguageTables.of(Language.FR).lead("Ayant entendu l’exposé du Secrétaire général,", french));
  }

  @Test
  void aFirstWordMarkedAloneStaysAlone() {
    LeadTable french = LeadTable.of(Language.FR, List.of("Rappelant", "Rappelant également", LeadTable.NEVER_ALONE, "ayant"),
        LeadAgreement.NONE);
    assertEquals("Rappelant", LanguageTables.of(Language.FR).lead("Rappelant sa résolution 65/1,", french));
  }

  @Test
  void aChineseAdverbialBeforeALeadMakesOneLead() {
    LeadTable chinese = LeadTable.of(Language.ZH, List.of("注意到", "回顾"), LeadAgreement.NONE);
    assertEquals("感兴趣地注意到", LanguageTables.of(Language.ZH).lead("感兴趣地注意到秘书长的报告，", chinese));
  }

  @Test
  void anArabicAlsoAfterTheVerbStandsInsideTheLead() {
    // the language's own [lead-interiors]: the table knows "يعيد تأكيد" only
    LanguageTables arabic = LanguageTables.of(Language.AR);
    LeadTable table = arabic.leadTable(List.of("يعيد تأكيد", "يعيد"));
    assertEquals("يعيد أيضا تأكيد", arabic.lead("يعيد أيضا تأكيد قراره", table));
  }

  @Test
  void anUnknownSectionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LeadTable.of(Language.EN, List.of("Notes", "[suffixes]", "also"), LeadAgreement.NONE));
  }
}
