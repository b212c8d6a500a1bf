package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms in which each language's texts print a Treaty Series reference, beside the common ones
 * of {@code CiteTablesTest}'s examples, as the footnotes of {@code unxml/} print them.
 */
class TreatySeriesFormsTest {

  private static List<String> cited(String text, Language language) {
    return Cited.in(text, language, Body.GA).stream()
        .map(c -> c.canonical() + " " + c.treaty().map(t -> t.volumes().toString()).orElse("")).toList();
  }

  @Test
  void aRegistrationPrintedWithAnotherScriptsDigitCitesNoTreatyAndThrowsNothing() {
    // found by BadInputProperties with 10,000 tries: A/RES/ES-11/1 (fr), footnote 2, with a Malayalam
    // digit typed after "no"; the tables read it as a digit, the registration it opened had none
    assertEquals(List.of(), cited("Nations Unies, Recueil des Traités, vol. 75, no\u0d6b\u00a0970 à 973.", Language.FR));
  }

  @Test
  void theLeagueOfNationsSeriesIsCitedInEveryLanguageWithItsRomanVolume() {
    // A/RES/75/46 (the Geneva Protocol of 1925): Russian and Arabic keep the English form, Chinese
    // writes the volume in its numerals
    List<String> expected = List.of("LNTS-2138 [XCIV]");
    assertEquals(expected, cited("League of Nations, Treaty Series, vol. XCIV, No. 2138.", Language.RU));
    assertEquals(expected, cited("League of Nations, Treaty Series, vol. XCIV, No. 2138.", Language.AR));
    assertEquals(expected, cited("国际联盟，《条约汇编》，第九十四卷，第2138号。", Language.ZH));
    assertEquals(List.of("LNTS-2138 [CCV]"), cited("国际联盟，《条约汇编》，第二百零五卷，第2138号。", Language.ZH));
  }

  @Test
  void aVolumePrintedWithItsYearIsTheVolume() {
    // S/RES/237 (1967), footnote 5, and S/RES/186 (1964), footnote 5 (the year after a line break there)
    assertEquals(List.of("I-972 [75]"), cited("United Nations, Treaty Series, vol. 75 (1950), No. 972.", Language.EN));
    assertEquals(List.of("I-970 [75]", "I-971 [75]", "I-972 [75]", "I-973 [75]"),
        cited("United Nations, Treaty Series, vol. 75 (1950), Nos. 970-973.", Language.EN));
    assertEquals(List.of("I-5475 [382]", "I-5712 [397]"), cited("Treaty of Guarantee (United Nations, Treaty Series, vol. 382\n"
        + "(1960), No. 5475); Treaty of Alliance (ibid., vol. 397 (1961), No. 5712).", Language.EN));
    assertEquals(List.of("I-972 [75]"), cited("Nations Unies, Recueil des Traités, vol. 75 (1950), n° 972.", Language.FR));
  }

  @Test
  void russianAndArabicFootnotesPrintThePageFormInEnglishToo() {
    // A/RES/75/322 (ru), footnote 24, and the Ibid. of the footnote after it
    assertEquals(List.of("UNTS-V478-P389 [478]"), cited("United Nations, Treaty Series, vol. 478, p. 389.", Language.RU));
    assertEquals(List.of("UNTS-V478-P389 [478]"), cited("United Nations, Treaty Series, vol. 478, p. 389.", Language.AR));
    assertEquals(List.of("I-33480"), Cited.inNoteAfter("United Nations, Treaty Series, vol. 478, p. 389.",
        "Ibid, vol. 1954, No. 33480.", Language.RU));
  }

  @Test
  void aCommaLeftOutAfterTheSeriesNameIsStillTheSeries() {
    // A/RES/75/166 (ar), footnote 2
    assertEquals(List.of("I-27531 [1577]"), cited("United Nations, Treaty Series vol. 1577, No. 27531.", Language.AR));
    assertEquals(List.of("I-27531 [1577]"), cited("United Nations, Treaty Series vol. 1577, No. 27531.", Language.EN));
  }

  @Test
  void arabicNamesTheSeriesInArabicToo() {
    // A/RES/75/158 and 75/14
    assertEquals(List.of("I-27531 [2171, 2173]"),
        cited("مجموعة معاهدات الأمم المتحدة (United Nations, Treaty Series)، المجلدان 2171 و 2173، الرقم 27531؛", Language.AR));
    assertEquals(List.of("I-1061 [1651]"), cited("(الأمم المتحدة، مجموعة المعاهدات، المجلد 1651، الرقم 1061).", Language.AR));
  }

  @Test
  void anArabicIbidIsReadPastTheTatweelThatStretchesItsWord() {
    // A/RES/75/175: "المرجــع نفسه"
    assertEquals(List.of("I-27531"), Cited.inNoteAfter("United Nations, Treaty Series, vol. 993, No. 14531.",
        "المرجــع نفسه، المجلد 1577، الرقم 27531.", Language.AR));
  }

  @Test
  void chinesePrintsTheCommaAfterTheUnitedNationsOrNot() {
    // E/RES/2021/8 and A/RES/75/227
    assertEquals(List.of("I-44910 [2515]"), cited("联合国《条约汇编》，第2515卷，第44910号。", Language.ZH));
    assertEquals(List.of("I-30822 [1771]"), cited("联合国,《条约汇编》，第1771卷，第30822号。", Language.ZH));
  }

  @Test
  void aFullStopSlippedAfterTheSeriesNameIsPassedOver() {
    // A/RES/75/167 (es)
    assertEquals(List.of("I-7525 [521]"), cited("Naciones Unidas, Treaty Series., vol. 521, núm. 7525.", Language.ES));
  }
}
