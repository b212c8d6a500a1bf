package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Citation;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resolution's part letter, in every language's way of printing it: A to Z (the Assembly's
 * resolution 53/77 has parts A to AA), Arabic letter names in their abjad order (ألف, باء, …,
 * خاء), the Cyrillic capitals Russian texts type for Latin ones. The part is canonical and the
 * date after it is the resolution's.
 */
class PartLettersTest {

  private static List<String> cite(String text, Language language) {
    return Cited.in(text, language, Body.GA).stream().map(c -> c.canonical() + " " + c.part().orElse("-") + " " + c.date().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void partLettersPastHAreRead() {
    // A/RES/75/49, its first preambular paragraph
    assertEquals(List.of("A/RES/45/58P P 1990-12-04", "A/RES/46/36I I 1991-12-06"),
        cite("Recalling its resolutions 45/58 P of 4 December 1990, 46/36 I of 6 December 1991", Language.EN));
  }

  @Test
  void arabicPartLettersAreLetterNamesInAbjadOrder() {
    // A/RES/75/240 and 75/44 in Arabic
    assertEquals(List.of("A/RES/43/78H H 1988-12-07", "A/RES/49/75I I 1994-12-15"),
        cite("إذ تشير إلى قراراتها 43/78 حاء المؤرخ 7 كانون الأول/ديسمبر 1988، و 49/75 طاء المؤرخ"
            + " 15 كانون الأول/ديسمبر 1994،", Language.AR));
  }

  @Test
  void cyrillicCapitalsTypedForPartLettersAreTheLatinOnes() {
    // A/RES/75/43 in Russian: К and Е are Cyrillic
    assertEquals(List.of("A/RES/53/77K K 1998-12-04", "A/RES/56/24E E 2001-11-29"),
        cite("ссылаясь на свои резолюции 53/77\u00a0\u041a от 4 декабря 1998 года и 56/24\u00a0\u0415 от"
            + " 29 ноября 2001 года", Language.RU));
  }

  @Test
  void afterZThePartsAreDoubledLetters() {
    // A/RES/75/44, its first preambular paragraph, in English and Arabic
    assertEquals(List.of("A/RES/53/77AA AA 1998-12-04"), cite("Recalling its resolution 53/77 AA of 4 December 1998,", Language.EN));
    assertEquals(List.of("A/RES/53/77AA AA 1998-12-04"),
        cite("إذ تشير إلى قرارها 53/77 ألف ألف المؤرخ 4 كانون الأول/ ديسمبر 1998،", Language.AR));
  }

  @Test
  void aCapitalOpeningTheNextWordIsNoPart() {
    assertEquals(List.of("A/RES/65/232 - -"), cite("resolution 65/232 Also recalling", Language.EN));
  }

  @Test
  void aDateAfterAListOfPartsIsTheDateOfEachPart() {
    // A/RES/75/33, its first preambular paragraph, in English, Russian and Chinese
    List<String> both = List.of("A/RES/36/87A A 1981-12-09", "A/RES/36/87B B 1981-12-09", "A/RES/37/75 - 1982-12-09");
    assertEquals(both, cite("Recalling its resolutions 36/87 A and B of 9 December 1981, 37/75 of 9 December 1982", Language.EN));
    assertEquals(both, cite("ссылаясь на свои резолюции 36/87 A и B от 9 декабря 1981 года, 37/75 от 9 декабря 1982 года", Language.RU));
    assertEquals(List.of("A/RES/74/92A A 2019-12-13", "A/RES/74/92B B 2019-12-13"),
        cite("又回顾其2019年12月13日第74/92 A号和B号决议", Language.ZH));
  }

  @Test
  void arabicListsItsPartsByLetterNameAfterAGluedOrSpacedConnector() {
    // A/RES/75/33 and 75/245 in Arabic: "ألف وباء", "ألف و باء", dated by the dual "المؤرخين"
    assertEquals(List.of("A/RES/36/87A A 1981-12-09", "A/RES/36/87B B 1981-12-09", "A/RES/37/75 - 1982-12-09"),
        cite("وإذ تشير إلى قراراتها 36/87 ألف وباء المؤرخين 9 كانون الأول/ديسمبر 1981 و 37/75 المؤرخ 9 كانون الأول/ديسمبر 1982",
            Language.AR));
    assertEquals(List.of("A/RES/74/255A A 2019-12-27", "A/RES/74/255B B 2019-12-27"),
        cite("إلى قراراتها 74/255 ألف و باء المؤرخ 27 كانون الأول/ديسمبر 2019، وإلى", Language.AR));
  }

  @Test
  void aWordOpeningWithAPartLetterNameIsNoPart() {
    // "وكافة" (and all) opens with "كاف", the name of K
    assertEquals(List.of("A/RES/74/255A A -"), cite("إلى قرارها 74/255 ألف وكافة القرارات", Language.AR));
  }

  @Test
  void aRangeOfPartsGivesEachPartWithTheRangesText() {
    // A/RES/75/244 (en, es), A/RES/75/198 (en, footnote 5)
    List<String> parts = List.of("A/RES/51/211A A 1996-12-18", "A/RES/51/211B B 1996-12-18", "A/RES/51/211C C 1996-12-18",
        "A/RES/51/211D D 1996-12-18", "A/RES/51/211E E 1996-12-18");
    assertEquals(parts, cite("General Assembly resolutions 51/211 A to E of 18 December 1996,", Language.EN));
    assertEquals(parts, cite("las resoluciones de la Asamblea General 51/211 A a E, de 18 de diciembre de 1996,", Language.ES));
    assertEquals(List.of("S-20/4 A", "S-20/4 A-C", "S-20/4 A-C"),
        Cited.in("resolution S-20/4 A-C, annex.", Language.EN, Body.GA).stream().map(Citation::text).toList());
  }

  @Test
  void aRangeRunsForwardOnly() {
    assertEquals(List.of("A/RES/51/211C C -"), cite("resolution 51/211 C to A", Language.EN));
  }

  @Test
  void aCouncilResolutionOfTheSixtiesPrintsItsPartBeforeItsYear() {
    // S/RES/169 (1961), operative paragraph 4: resolution 161 (1961) was adopted in parts A and B
    assertEquals(List.of("S/RES/161A(1961) A 1961-02-21"),
        cite("as laid down in paragraph 2 of Security Council resolution 161 A (1961) of 21 February 1961;", Language.EN));
  }

  @Test
  void aPartLetterEndingALineKeepsItsSession() {
    // S/RES/81 (1950): "268 B" at a line's end, "(III)" at the next line's start
    assertEquals(List.of("A/RES/268B(III) B 1949-04-28"),
        cite("Takes note of General Assembly resolution 268 B\n(III) of 28 April 1949;", Language.EN));
  }
}
