package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ibid. points back to the Treaty Series reference before it: one earlier in the same text, else
 * the last of the footnote before.
 */
class IbidChainTest {

  @Test
  void russianTextsWriteIbidInRussianBeforeTheEnglishVolumeAndNumber() {
    // A/RES/75/90 (ru): "Там же, vol. 2171, No. 27531." after "United Nations, Treaty Series, vol. 1577, No. 27531."
    assertEquals(List.of("I-27531"), Cited.inNoteAfter("United Nations, Treaty Series, vol. 1577, No. 27531.",
        "Там же, vol. 2171, No. 27531.", Language.RU));
  }

  @Test
  void anIbidAfterATreatyReferenceInTheSameFootnotePointsBackToIt() {
    // A/RES/75/159, footnote 26 in six languages; the footnote before is a plain "Ibid." of a resolution
    Extraction found = CitationExtractor.create().extract("United Nations, Treaty Series, vol. 2131, No. 20378; ibid., vols."
        + " 2171 and 2173, No. 27531; resolution 66/138, annex.", CitationContext.of(Language.EN, Body.GA, "footnote:26"));
    assertEquals(List.of("I-20378", "I-27531", "A/RES/66/138"), found.citations().stream().map(Citation::canonical).toList());
    assertEquals(List.of(), found.warnings());
  }

  @Test
  void anIbidWithoutItsNumberTakesTheNumberOfTheReferenceBeforeItInTheSameFootnote() {
    assertEquals(List.of("I-5475", "I-5475"), Cited.canonicals("(United Nations, Treaty Series, vol. 382, No. 5475); (ibid.,"
        + " vol. 383).", Language.EN, Body.SC));
  }

  @Test
  void anIbidOfAFootnoteWithNoTreatyBeforeItPointsToTheFootnoteBefore() {
    assertEquals(List.of("A/RES/66/138", "I-27531"), Cited.inNoteAfter("United Nations, Treaty Series, vol. 1577, No. 27531.",
        "Resolution 66/138; ibid., vol. 2171.", Language.EN));
  }
}
