package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Symbols as the sources type them, not as the UN prints them: a suffix glued to the number, its
 * slash left out, and Cyrillic capitals typed in Russian texts for their Latin lookalikes. Each is
 * cited with the symbol meant, over the text as printed.
 */
class SymbolsAsTypedTest {

  private static List<String> cite(String text, Language language) {
    return Cited.withTexts(text, language, Body.GA);
  }

  @Test
  void aSuffixWithoutItsSlashIsTheSymbolsSuffix() {
    // A/RES/75/253 in Russian, footnote 37
    assertEquals(List.of("A/75/7/Add.2 «A/75/7Add.2»", "A/75/7/Add.3 «A/75/7Add.3»", "A/75/7/Add.8 «A/75/7/Add.8»"),
        cite("A/75/7Add.2, A/75/7Add.3 и A/75/7/Add.8.", Language.RU));
  }

  @Test
  void aSymbolBrokenAfterASlashGoesOnAfterTheBreak() {
    // A/RES/75/70 in Russian, footnote: "GOV/INF/2005/ 10", as a line break after the slash leaves it
    assertEquals(List.of("GOV/INF/2005/10 «GOV/INF/2005/ 10»", "A/75/123 «A/75/\n123»"),
        cite("документ GOV/INF/2005/ 10, добавление; A/75/\n123.", Language.RU));
  }

  @Test
  void aSymbolBrokenRightAfterItsOrgansSlashGoesOnAfterTheBreak() {
    // S/RES/263 (1969), crunsc: "(S/" ends a printed line, "8968)" begins the next
    assertEquals(List.of("S/8968 «S/\n8968»"), cite("the report of the Secretary-General (S/\n8968),", Language.EN));
  }

  @Test
  void aBracketThatIsNoPartOfTheSymbolLeavesTheSpaceBeforeItOutOfTheCitation() {
    // A/RES/75/63 in Chinese, a footnote: "(Part I和II)" opens as a part of the symbol, but the
    // Chinese "and" ends the symbol's reading inside it
    assertEquals(List.of("NPT/CONF.2000/28 «NPT/CONF.2000/28»"),
        cite("见NPT/CONF.2000/28 (Part I和II))，第一部分", Language.ZH));
    // a slash inside the bracket is none of a part either
    assertEquals(List.of("A/76/5 «A/76/5»"), cite("See A/76/5 (Vol. I/2), annex.", Language.EN));
    assertEquals(List.of("A/76/5 «A/76/5»"), cite("See A/76/5  (Part 2001 x/y).", Language.EN));
  }

  @Test
  void aBraceTypedForTheClosingBracketEndsTheSymbol() {
    // S/RES/59 (1948), crunsc: the symbol under the title is printed "[S/1045}"
    assertEquals(List.of("S/1045 «S/1045»"), cite("Resolution of 19 October 1948\n[S/1045}\n", Language.EN));
  }

  @Test
  void aSymbolBrokenInsideAComponentOfLettersGoesOnAfterTheBreak() {
    // A/RES/75/239 in Chinese, footnote 27: "UNEP/CB D/COP/12/29" (UNEP/CBD/COP/12/29 in the other
    // five languages); D/COP/12/29 is no document of its own
    assertEquals(List.of("UNEP/CBD/COP/12/29 «UNEP/CB D/COP/12/29»"),
        cite("见联合国环境规划署，UNEP/CB D/COP/12/29号文件，第一节。", Language.ZH));
    // a line break there, as a PDF's text leaves it
    assertEquals(List.of("UNEP/CBD/COP/12/29 «UNEP/CB\nD/COP/12/29»"),
        cite("See UNEP/CB\nD/COP/12/29, sect. I.", Language.EN));
  }

  @Test
  void twoSymbolsOfLettersAndDigitsAreNotJoinedAcrossTheSpaceBetweenThem() {
    // the part before the space has a number: it is a symbol of its own, and so is the one after it
    assertEquals(List.of("A/75/1 «A/75/1»", "S/2020/1 «S/2020/1»"), cite("A/75/1 S/2020/1", Language.EN));
    // the part after the space has no slash right after its letters: a word, not the rest of a symbol
    assertEquals(List.of("A/RES/75/1 «A/RES/75/1»"), cite("A/RES and the others, A/RES/75/1", Language.EN));
  }

  @Test
  void aSymbolThatDoesNotParseIsNotCitedByTheComponentsBeforeASlash() {
    // A/RES/75/12 (es): "L22" for L.22; "A/75", all that parses of it, is not what the text cites
    assertEquals(List.of("A/75/L.22 «A/75/L.22»"), cite("(A/75/L.22 y A/75/L22/Add.1)", Language.ES));
    assertEquals(List.of("Not a document symbol: \"A/75/L22/Add.1\" at position 6 ('2'): letters and digits in one"
        + " component are separated by '.' (L.15, PV.117); not cited"),
        CitationExtractor.create().extract("(A/75/L.22 y A/75/L22/Add.1)", CitationContext.of(Language.ES, Body.GA, "p"))
            .warnings().stream().map(Extraction.Warning::message).toList());
    // cut before a full stop or a bracket, the symbol is still the one meant
    assertEquals(List.of("A/75/1 «A/75/1»", "A/75/2 «A/75/2»"), cite("A/75/1. See A/75/2).", Language.EN));
  }

  @Test
  void aSymbolThatDoesNotParseWholeIsCutBeforeANoBreakHyphenToo() {
    // A/RES/75/70 in French, footnote 3: a no-break hyphen joins the IAEA's two symbols, the second of no UN shape
    assertEquals(List.of("GOV/INF/2005/10 «GOV/INF/2005/10»"),
        cite("Voir document GOV/INF/2005/10\u2011GC(49)/INF/6, appendice.", Language.FR));
    assertEquals(List.of("GOV/INF/2005/10 «GOV/INF/2005/10»"),
        cite("See document GOV/INF/2005/10-GC(49)/INF/6, attachment.", Language.EN));
  }

  @Test
  void aSlashEndingAWordBeforeASpaceEndsNoSymbol() {
    assertEquals(List.of("A/75/123 «A/75/123»"), cite("A/75/123 and/ or HIV/ AIDS", Language.EN));
  }

  @Test
  void cyrillicCapitalsInsideASymbolAreItsLatinLetters() {
    // A/RES/75/56 and 75/219 in Russian: "PС" and "СОР" are typed with Cyrillic С, О, Р
    assertEquals(List.of("A/CONF.192/PC/23 «A/CONF.192/P\u0421/23»"),
        cite("A/CONF.192/P\u0421/23, приложение.", Language.RU));
    assertEquals(List.of("CBD/COP/14/14 «CBD/\u0421\u041e\u0420/14/14»"),
        cite("См. CBD/\u0421\u041e\u0420/14/14, приложение.", Language.RU));
  }

  @Test
  void anOrganTypedInCyrillicLookalikesIsTheLatinOrgan() {
    // A/RES/75/84 in Russian: the А of the organ is Cyrillic
    assertEquals(List.of("A/75/182(PartII) «\u0410/75/182 (Part II)»"),
        cite("См. \u0410/75/182 (Part II).", Language.RU));
  }

  @Test
  void aRussianWordEndingInLookalikesOpensNoOrgan() {
    // ЮНЕСКО: Н, Е, С, К and О look Latin, Ю does not; the word is no organ "HECKO"
    assertEquals(List.of(), cite("доклад ЮНЕСКО/2021/5 о ходе работы", Language.RU));
  }
}
