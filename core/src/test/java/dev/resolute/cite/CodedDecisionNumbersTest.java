package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decision numbers that carry their body's code ({@code [coded-numbers]}): the Conferences of the
 * Parties to the Framework Convention on Climate Change ({@code 1/CP.21}, the Paris Agreement's
 * adoption) and to the Convention to Combat Desertification ({@code 7/COP.13}), as A/RES/75/217,
 * 75/218 and 75/322 cite them.
 */
class CodedDecisionNumbersTest {

  private static List<String> cite(String text, Language language) {
    return Cited.canonicals(text, language, Body.GA);
  }

  @Test
  void aCodedNumberIsItsBodysDecisionWhereverItStands() {
    assertEquals(List.of("UNFCCC:1/CP.21"), cite("in line with decision 1/CP.21, in order to", Language.EN));
    assertEquals(List.of("UNCCD:7/COP.13"), cite("ICCD/COP(13)/21/Add.1, decision 7/COP.13, annex.", Language.EN).subList(1, 2));
    assertEquals(List.of("UNFCCC:1/CMA.1"), cite("recalling decision 1/CMA.1,", Language.EN));
  }

  @Test
  void everyLanguagePrintingTheLatinCodeCitesIt() {
    assertEquals(List.of("UNFCCC:1/CP.21"), cite("Voir FCCC/CP/2015/10/Add.1, décision 1/CP.21, annexe.", Language.FR).subList(1, 2));
    assertEquals(List.of("UNFCCC:1/CP.21"), cite("Véase FCCC/CP/2015/10/Add.1, decisión 1/CP.21, anexo.", Language.ES).subList(1, 2));
    assertEquals(List.of("UNFCCC:1/CP.21"), cite("См. FCCC/CP/2015/10/Add.1, решение 1/CP.21, приложение.", Language.RU).subList(1, 2));
    assertEquals(List.of("UNFCCC:1/CP.21"), cite("见FCCC/CP/2015/10/Add.1，第1/CP.21号决定，附件。", Language.ZH).subList(1, 2));
  }

  /** A/RES/75/217 (Russian): the code typed with a Cyrillic capital for the Latin one. */
  @Test
  void aRussianCodeTypedWithCyrillicCapitalsIsTheLatinOne() {
    assertEquals(List.of("UNFCCC:1/CP.19"), cite("в пунктах 3 и 4 ее решения 1/\u0421P.19", Language.RU));
  }

  @Test
  void arabicsSharedCodeIsTheBodyThatHeldTheSession() {
    // the Desertification Conference has held no twenty-first session
    assertEquals(List.of("UNFCCC:1/CP.21"), cite("انظر المقرر 1/م أ-21، المرفق.", Language.AR));
  }

  @Test
  void arabicHyphenBeforeTheSessionMayStandBetweenSpaces() {
    // A/RES/75/235 prints "1/م أ -21", E/RES/2021/17 "1/م أ - 21"
    assertEquals(List.of("UNFCCC:1/CP.21"), cite("المقرر 1/م أ -21.", Language.AR));
    assertEquals(List.of("UNFCCC:1/CP.21"), cite("المقرر 1/م أ - 21، المرفق.", Language.AR));
  }

  @Test
  void arabicsSharedCodeIsTheBodyWhoseDocumentIsCitedBeforeIt() {
    assertEquals(List.of("ICCD/COP(13)/21/Add.1", "UNCCD:7/COP.13"), cite("ICCD/COP(13)/21/Add.1، المقرر 7/م أ-13، المرفق.",
        Language.AR));
    assertEquals(List.of("FCCC/CP/2007/6/Add.1", "UNFCCC:1/CP.13"), cite("FCCC/CP/2007/6/Add.1، المقرر 1/م أ-13.",
        Language.AR));
  }

  @Test
  void arabicsSharedCodeWithNothingToTellTheBodiesApartIsNoCitation() {
    Extraction found = CitationExtractor.create().extract("المقرر 7/م أ-13،", CitationContext.of(Language.AR, Body.GA, "p"));
    assertEquals(List.of(), found.citations());
    assertEquals(List.of("decision 7/م أ-13 is of more than one body's numbering"),
        found.warnings().stream().map(Extraction.Warning::message).toList());
  }

  @Test
  void aCodeThatIsNoBodysIsNoCitation() {
    assertEquals(List.of(), cite("see 1/CPR.3 and 2/CPU.21", Language.EN));
  }
}
