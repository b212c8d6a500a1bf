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

  @Test
  void anIbidWithoutAVolumeTakesTheVolumeOfTheReferenceBeforeIt() {
    // S/RES/186 (1964), footnote 5
    Extraction found = CitationExtractor.create().extract("Treaty of Guarantee (United Nations, Treaty Series, vol. 382"
        + " (1960), No. 5475); Treaty concerning the Establishment of the Republic of Cyprus (ibid., No. 5476); Treaty of"
        + " Alliance (ibid., vol. 397 (1961), No. 5712).", CitationContext.of(Language.EN, Body.SC, "footnote:5"));
    assertEquals(List.of("I-5475 [382]", "I-5476 [382]", "I-5712 [397]"), found.citations().stream()
        .map(c -> c.canonical() + " " + c.treaty().orElseThrow().volumes()).toList());
    assertEquals(List.of("I-5476 [382]"), Cited.in("Nations Unies, Recueil des Traités, vol. 382, no 5475 ; ibid., no 5476.",
        Language.FR, Body.SC).stream().skip(1).map(c -> c.canonical() + " " + c.treaty().orElseThrow().volumes()).toList());
  }

  @Test
  void anIbidWithoutAVolumePointsToTheFootnoteBeforeInEveryLanguage() {
    // A/RES/75/97, footnote 20, after footnote 19's Geneva Convention IV (vol. 75, No. 973)
    String before = "United Nations, Treaty Series, vol. 75, No. 973.";
    assertEquals(List.of("I-973"), Cited.inNoteAfter(before, "Ibid., No. 973.", Language.EN));
    assertEquals(List.of("I-973"), Cited.inNoteAfter("Nations Unies, Recueil des Traités, vol. 75, no 973.", "Ibid., no 973.",
        Language.FR));
    assertEquals(List.of("I-973"), Cited.inNoteAfter("Naciones Unidas, Treaty Series, vol. 75, núm. 973.", "Ibid., núm. 973.",
        Language.ES));
    assertEquals(List.of("I-973"), Cited.inNoteAfter(before, "Ibid., No. 973.", Language.RU));
    assertEquals(List.of("I-973"), Cited.inNoteAfter(before, "المرجع نفسه، الرقم 973.", Language.AR));
    assertEquals(List.of("I-973"), Cited.inNoteAfter("联合国，《条约汇编》，第75卷，第973号。", "同上，第973号。", Language.ZH));
  }

  @Test
  void anIbidWithoutAVolumeAndNoReferenceBeforeItIsNoCitation() {
    Extraction found = CitationExtractor.create().extract("Treaty concerning the Establishment of the Republic of Cyprus"
        + " (ibid., No. 5476).", CitationContext.of(Language.EN, Body.SC, "footnote:5"));
    assertEquals(List.of(), found.citations());
    assertEquals(1, found.warnings().size());
  }
}
