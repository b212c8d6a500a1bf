package dev.resolute.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Body;
import dev.resolute.model.Language;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real symbols of every shape, as printed or linked, with their components and canonical form.
 * Columns: printed | canonical | organ | body path | type | session | year | number | part |
 * suffixes | qualifiers (lists joined by {@code ;}, absent fields empty).
 */
class DocumentSymbolTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = true, nullValues = "", textBlock = """
      A/C.3/66/L.15                 | A/C.3/66/L.15               | A | C.3       | L    | 66    |      | 15   |     |              |
      A/C.3/66/L.15/Rev.1           | A/C.3/66/L.15/Rev.1         | A | C.3       | L    | 66    |      | 15   |     | Rev.1        |
      E/CN.15/2011/21               | E/CN.15/2011/21             | E | CN.15     |      |       | 2011 | 21   |     |              |
      A/HRC/RES/16/1                | A/HRC/RES/16/1              | A | HRC       | RES  | 16    |      | 1    |     |              |
      a/hrc/res/7/34                | A/HRC/RES/7/34              | A | HRC       | RES  | 7     |      | 34   |     |              |
      A/HRC/RES/S-28/1              | A/HRC/RES/S-28/1            | A | HRC       | RES  | S-28  |      | 1    |     |              |
      A/HRC/DEC/55/115              | A/HRC/DEC/55/115            | A | HRC       | DEC  | 55    |      | 115  |     |              |
      A/HRC/54/L.27                 | A/HRC/54/L.27               | A | HRC       | L    | 54    |      | 27   |     |              |
      A/HRC/54/28                   | A/HRC/54/28                 | A | HRC       |      | 54    |      | 28   |     |              |
      A/HRC/WG.2/17/2               | A/HRC/WG.2/17/2             | A | HRC;WG.2  |      | 17    |      | 2    |     |              |
      A/RES/65/232                  | A/RES/65/232                | A |           | RES  | 65    |      | 232  |     |              |
      A/RES/75/245 B                | A/RES/75/245B               | A |           | RES  | 75    |      | 245  | B   |              |
      A/RES/67/234b                 | A/RES/67/234B               | A |           | RES  | 67    |      | 234  | B   |              |
      A/RES/74/255 A-B              | A/RES/74/255A-B             | A |           | RES  | 74    |      | 255  | A-B |              |
      A/RES/54/237A-C               | A/RES/54/237A-C             | A |           | RES  | 54    |      | 237  | A-C |              |
      A/RES/2200 A (XXI)            | A/RES/2200A(XXI)            | A |           | RES  | XXI   |      | 2200 | A   |              |
      A/RES/217 A (III)             | A/RES/217A(III)             | A |           | RES  | III   |      | 217  | A   |              |
      A/RES/2341B(XXII)             | A/RES/2341B(XXII)           | A |           | RES  | XXII  |      | 2341 | B   |              |
      A/RES/1874 (S-IV)             | A/RES/1874(S-IV)            | A |           | RES  | S-IV  |      | 1874 |     |              |
      A/RES/1874(s-iv)              | A/RES/1874(S-IV)            | A |           | RES  | S-IV  |      | 1874 |     |              |
      A/RES/2252(ES-V)              | A/RES/2252(ES-V)            | A |           | RES  | ES-V  |      | 2252 |     |              |
      A/RES/22 (I)                  | A/RES/22(I)                 | A |           | RES  | I     |      | 22   |     |              |
      A/RES/3211(XXIX)              | A/RES/3211(XXIX)            | A |           | RES  | XXIX  |      | 3211 |     |              |
      A/RES/S-26/2                  | A/RES/S-26/2                | A |           | RES  | S-26  |      | 2    |     |              |
      A/RES/ES-10/19                | A/RES/ES-10/19              | A |           | RES  | ES-10 |      | 19   |     |              |
      A/RES/74/53/Add.1             | A/RES/74/53/Add.1           | A |           | RES  | 74    |      | 53   |     | Add.1        |
      A/DEC/65/530                  | A/DEC/65/530                | A |           | DEC  | 65    |      | 530  |     |              |
      A/62/PV.117                   | A/62/PV.117                 | A |           | PV   | 62    |      | 117  |     |              |
      A/ES-10/273/Corr.1            | A/ES-10/273/Corr.1          | A |           |      | ES-10 |      | 273  |     | Corr.1       |
      A/S-12/32                     | A/S-12/32                   | A |           |      | S-12  |      | 32   |     |              |
      A/66/303                      | A/66/303                    | A |           |      | 66    |      | 303  |     |              |
      A/75/822/Add.1                | A/75/822/Add.1              | A |           |      | 75    |      | 822  |     | Add.1        |
      A/66/53/Add.1/Corr.1          | A/66/53/Add.1/Corr.1        | A |           |      | 66    |      | 53   |     | Add.1;Corr.1 |
      A/46/634/Rev.1/Corr.1         | A/46/634/Rev.1/Corr.1       | A |           |      | 46    |      | 634  |     | Rev.1;Corr.1 |
      A/69/53/Add.1/corr.1          | A/69/53/Add.1/Corr.1        | A |           |      | 69    |      | 53   |     | Add.1;Corr.1 |
      A/INF/75/3/Rev.1              | A/INF/75/3/Rev.1            | A |           | INF  | 75    |      | 3    |     | Rev.1        |
      A/75/6(Sect.29F)              | A/75/6(Sect.29F)            | A |           |      | 75    |      | 6    |     |              | Sect.29F
      A/75/6 (Sect. 3)/Add.5        | A/75/6(Sect.3)/Add.5        | A |           |      | 75    |      | 6    |     | Add.5        | Sect.3
      A/75/5 (Vol. I)               | A/75/5(Vol.I)               | A |           |      | 75    |      | 5    |     |              | Vol.I
      A/75/301 (Part I)/Add.1       | A/75/301(PartI)/Add.1       | A |           |      | 75    |      | 301  |     | Add.1        | PartI
      A/56/45(supp)                 | A/56/45(Supp)               | A |           |      | 56    |      | 45   |     |              | Supp
      A/CONF.157/24 (Part I)        | A/CONF.157/24(PartI)        | A | CONF.157  |      |       |      | 24   |     |              | PartI
      A/CONF.189/12/Corr.1          | A/CONF.189/12/Corr.1        | A | CONF.189  |      |       |      | 12   |     | Corr.1       |
      A/CONF.229/2017/8             | A/CONF.229/2017/8           | A | CONF.229  |      |       | 2017 | 8    |     |              |
      A/AC.105/1116                 | A/AC.105/1116               | A | AC.105    |      |       |      | 1116 |     |              |
      A/C.5/75/2                    | A/C.5/75/2                  | A | C.5       |      | 75    |      | 2    |     |              |
      A/C.4/74/SR.3                 | A/C.4/74/SR.3               | A | C.4       | SR   | 74    |      | 3    |     |              |
      A/51/113-S/1996/276           | A/51/113-S/1996/276         | A |           |      | 51    |      | 113  |     |              |
      A/76/871-S/2022/493           | A/76/871-S/2022/493         | A |           |      | 76    |      | 871  |     |              |
      S/RES/1373 (2001)             | S/RES/1373(2001)            | S |           | RES  |       | 2001 | 1373 |     |              |
      S/RES/2728(2024)              | S/RES/2728(2024)            | S |           | RES  |       | 2024 | 2728 |     |              |
      S/res/2467(2019)              | S/RES/2467(2019)            | S |           | RES  |       | 2019 | 2467 |     |              |
      S/PV.9171                     | S/PV.9171                   | S |           | PV   |       |      | 9171 |     |              |
      S/PRST/2010/1                 | S/PRST/2010/1               | S |           | PRST |       | 2010 | 1    |     |              |
      S/INF/52                      | S/INF/52                    | S |           | INF  |       |      | 52   |     |              |
      S/2020/938                    | S/2020/938                  | S |           |      |       | 2020 | 938  |     |              |
      S/2016/738/Rev.1              | S/2016/738/Rev.1            | S |           |      |       | 2016 | 738  |     | Rev.1        |
      S/AC.51/2017/2                | S/AC.51/2017/2              | S | AC.51     |      |       | 2017 | 2    |     |              |
      E/RES/2011/33                 | E/RES/2011/33               | E |           | RES  |       | 2011 | 33   |     |              |
      E/RES/2021/2 B                | E/RES/2021/2B               | E |           | RES  |       | 2021 | 2    | B   |              |
      e/res/2008 (LX)               | E/RES/2008(LX)              | E |           | RES  | LX    |      | 2008 |     |              |
      E/DEC/2023/206                | E/DEC/2023/206              | E |           | DEC  |       | 2023 | 206  |     |              |
      E/2021/SR.12                  | E/2021/SR.12                | E |           | SR   |       | 2021 | 12   |     |              |
      E/2005/23/Corr.1(supp)        | E/2005/23/Corr.1(Supp)      | E |           |      |       | 2005 | 23   |     | Corr.1       | Supp
      E/CN.4/1998/53/Add.2          | E/CN.4/1998/53/Add.2        | E | CN.4      |      |       | 1998 | 53   |     | Add.2        |
      E/CN.17/2002/PC.2/3           | E/CN.17/2002/PC.2/3         | E | CN.17;PC.2|      |       | 2002 | 3    |     |              |
      E/ESCAP/RES/72/7              | E/ESCAP/RES/72/7            | E | ESCAP     | RES  | 72    |      | 7    |     |              |
      E/ESCWA/S-6/14                | E/ESCWA/S-6/14              | E | ESCWA     |      | S-6   |      | 14   |     |              |
      E/CN.16/2018/CRP.3            | E/CN.16/2018/CRP.3          | E | CN.16     | CRP  |       | 2018 | 3    |     |              |
      ST/SGB/2018/1                 | ST/SGB/2018/1               | ST| SGB       |      |       | 2018 | 1    |     |              |
      ST/SGB/2013/4/Amend.1         | ST/SGB/2013/4/Amend.1       | ST| SGB       |      |       | 2013 | 4    |     | Amend.1      |
      ST/SG/AC.10/48/Add.1          | ST/SG/AC.10/48/Add.1        | ST| SG;AC.10  |      |       |      | 48   |     | Add.1        |
      BWC/CONF.IX/9                 | BWC/CONF.IX/9               | BWC| CONF.IX  |      |       |      | 9    |     |              |
      BWC/MSP/2017/6                | BWC/MSP/2017/6              | BWC| MSP      |      |       | 2017 | 6    |     |              |
      FCCC/CP/2015/10/Add.1         | FCCC/CP/2015/10/Add.1       | FCCC| CP      |      |       | 2015 | 10   |     | Add.1        |
      FCCC/KP/CMP/2012/13/Add.1     | FCCC/KP/CMP/2012/13/Add.1   | FCCC| KP;CMP  |      |       | 2012 | 13   |     | Add.1        |
      NPT/CONF.2010/50(Vol.I)       | NPT/CONF.2010/50(Vol.I)     | NPT| CONF.2010|      |       |      | 50   |     |              | Vol.I
      NPT/CONF.2000/28 (Parts I and II) | NPT/CONF.2000/28(PartsIandII) | NPT | CONF.2000 |  |  |  | 28 |   |              | PartsIandII
      NPT/CONF.2020/PC.I/WP.13      | NPT/CONF.2020/PC.I/WP.13    | NPT| CONF.2020;PC.I | WP |  |    | 13   |     |              |
      CAC/COSP/2019/17              | CAC/COSP/2019/17            | CAC| COSP     |      |       | 2019 | 17   |     |              |
      CTOC/COP/2020/10              | CTOC/COP/2020/10            | CTOC| COP     |      |       | 2020 | 10   |     |              |
      ICCD/COP(14)/23/Add.1         | ICCD/COP(14)/23/Add.1       | ICCD| COP     |      |       |      | 23   |     | Add.1        | 14
      UNEP/EA.3/Res.4               | UNEP/EA.3/RES.4             | UNEP| EA.3    | RES  |       |      | 4    |     |              |
      UNEP/CBD/COP/DEC/XII/11       | UNEP/CBD/COP/DEC/XII/11     | UNEP| CBD;COP | DEC  | XII   |      | 11   |     |              |
      UNEP/OzL.Pro.28/12            | UNEP/OZL.PRO.28/12          | UNEP| OZL.PRO.28|    |       |      | 12   |     |              |
      ISBA/25/C/31                  | ISBA/25/C/31                | ISBA| C       |      | 25    |      | 31   |     |              |
      CRC/C/GC/24                   | CRC/C/GC/24                 | CRC| C;GC     |      |       |      | 24   |     |              |
      CCPR/C/RUS/CO/8               | CCPR/C/RUS/CO/8             | CCPR| C;RUS;CO|      |       |      | 8    |     |              |
      SPLOS/30/14                   | SPLOS/30/14                 | SPLOS|         |      | 30    |      | 14   |     |              |
      CD/1839                       | CD/1839                     | CD |          |      |       |      | 1839 |     |              |
      TD/519/Add.2/Corr.1           | TD/519/Add.2/Corr.1         | TD |          |      |       |      | 519  |     | Add.2;Corr.1 |
      JIU/REP/2020/6                | JIU/REP/2020/6              | JIU| REP      |      |       | 2020 | 6    |     |              |
      """)
  void parsesComponentsAndCanonicalForm(String printed, String canonical, String organ, String bodyPath,
      String type, String session, String year, String number, String part, String suffixes, String qualifiers) {
    DocumentSymbol symbol = DocumentSymbol.parse(printed);
    assertEquals(canonical, symbol.canonical(), "canonical");
    assertEquals(organ, symbol.organ(), "organ");
    assertEquals(list(bodyPath), symbol.bodyPath(), "body path");
    assertEquals(type, symbol.documentType().map(DocumentType::code).orElse(null), "type");
    assertEquals(session, symbol.session().orElse(null), "session");
    assertEquals(year, symbol.year().isPresent() ? String.valueOf(symbol.year().getAsInt()) : null, "year");
    assertEquals(number, symbol.number().orElse(null), "number");
    assertEquals(part, symbol.part().orElse(null), "part");
    assertEquals(list(suffixes), symbol.suffixes(), "suffixes");
    assertEquals(list(qualifiers), symbol.qualifiers(), "qualifiers");
    assertEquals(symbol, DocumentSymbol.parse(symbol.canonical()), "canonical parses to the same symbol");
  }

  private static List<String> list(String joined) {
    return joined == null ? List.of() : Arrays.stream(joined.split(";")).map(String::trim).collect(Collectors.toList());
  }

  @Test
  void jointSymbolSplitsIntoItsParts() {
    DocumentSymbol joint = DocumentSymbol.parse("A/51/113-S/1996/276");
    assertTrue(joint.isJoint());
    assertEquals(List.of(DocumentSymbol.parse("A/51/113"), DocumentSymbol.parse("S/1996/276")), joint.jointParts());
    assertEquals(Body.SC, joint.jointParts().get(1).body());
  }

  @Test
  void canonicalIsNotMerelyTheInputWithoutSpaces() {
    assertEquals("A/HRC/RES/7/34", DocumentSymbol.parse("a/hrc/res/7/34").canonical());
    assertEquals("A/66/53/Add.1/Corr.1", DocumentSymbol.parse("A/66/53/ADD.1/corr.1").canonical());
    assertEquals("A/RES/1874(S-IV)", DocumentSymbol.parse("A/RES/1874 (s-iv)").canonical());
  }

  @Test
  void equalityIgnoresCaseAndSpacing() {
    assertEquals(DocumentSymbol.parse("S/RES/2499 (2019)"), DocumentSymbol.parse("s/res/2499(2019)"));
    assertFalse(DocumentSymbol.parse("A/RES/75/245 B").equals(DocumentSymbol.parse("A/RES/75/245")));
    assertEquals(DocumentSymbol.parse("A/RES/75/245"), DocumentSymbol.parse("A/RES/75/245 B").withoutPart());
  }

  @Test
  void afterZThePartLettersAreDoubled() {
    assertEquals("A/RES/53/77AA", DocumentSymbol.parse("A/RES/53/77 AA").canonical());
    assertEquals(java.util.Optional.of("AA"), DocumentSymbol.parse("A/RES/53/77AA").part());
  }

  @Test
  void aSuffixGluedToTheNumberReadsAsIfItsSlashWerePrinted() {
    // A/RES/75/253 in Russian, A/RES/75/212 in French, A/RES/75/193 in French
    assertEquals("A/75/7/Add.2", DocumentSymbol.parse("A/75/7Add.2").canonical());
    assertEquals("A/75/457/Add.1", DocumentSymbol.parse("A/75/457Add.1").canonical());
    assertEquals("E/CN.4/1998/53/Add.2", DocumentSymbol.parse("E/CN.4/1998/53Add.2").canonical());
  }

  @Test
  void cyrillicCapitalsTypedForLatinOnesReadAsLatin() {
    // A/RES/75/56, 75/219 and 75/84 in Russian: С, О, Р and А are Cyrillic
    assertEquals("A/CONF.192/PC/23", DocumentSymbol.parse("A/CONF.192/P\u0421/23").canonical());
    assertEquals("CBD/COP/14/14", DocumentSymbol.parse("CBD/\u0421\u041e\u0420/14/14").canonical());
    assertEquals(Body.GA, DocumentSymbol.parse("\u0410/75/182 (Part II)").body());
  }

  @Test
  void aCyrillicLetterWithoutALatinLookalikeIsNoSymbol() {
    assertTrue(DocumentSymbol.tryParse("A/75/\u041f/1").isEmpty());
  }

  @Test
  void noBreakSpacesArePrintedSpaces() {
    assertEquals("S/RES/550(1984)", DocumentSymbol.parse("S/RES/550\u00a0(1984)").canonical());
  }

  @Test
  void bodyComesFromOrganAndBodyPath() {
    assertEquals(Body.GA, DocumentSymbol.parse("A/RES/65/232").body());
    assertEquals(Body.GA_C3, DocumentSymbol.parse("A/C.3/66/L.15").body());
    assertEquals(Body.HRC, DocumentSymbol.parse("A/HRC/RES/16/1").body());
    assertEquals(Body.SC, DocumentSymbol.parse("S/RES/1373 (2001)").body());
    assertEquals(Body.ECOSOC, DocumentSymbol.parse("E/RES/2011/33").body());
    assertEquals(Body.OTHER, DocumentSymbol.parse("BWC/CONF.IX/9").body());
  }

  @Test
  void undocsUrlUsesTheCanonicalForm() {
    assertEquals("https://undocs.org/fr/A/CONF.157/24(PartI)",
        DocumentSymbol.parse("A/CONF.157/24 (Part I)").undocsUrl(Language.FR).toString());
  }

  @Test
  void workIrisFollowEachBodysPractice() {
    assertEquals("/akn/un/statement/deliberation/unga/2022-12-07/77-34/",
        DocumentSymbol.parse("A/RES/77/34").akn4unWorkIri(LocalDate.parse("2022-12-07")));
    assertEquals("/akn/un/statement/deliberation/unga/2020-12-31/75-245/",
        DocumentSymbol.parse("A/RES/75/245 B").akn4unWorkIri(LocalDate.parse("2020-12-31")));
    assertEquals("/akn/un/statement/deliberation/unga/2020-12-10/75-101A-B/",
        DocumentSymbol.parse("A/RES/75/101 A-B").akn4unWorkIri(LocalDate.parse("2020-12-10")));
    assertEquals("/akn/un/statement/deliberation/unga/2021-06-02/S-32-1/",
        DocumentSymbol.parse("A/RES/S-32/1").akn4unWorkIri(LocalDate.parse("2021-06-02")));
    assertEquals("/akn/un/statement/deliberation/unsc/2024-03-25/2728-2024/",
        DocumentSymbol.parse("S/RES/2728 (2024)").akn4unWorkIri(LocalDate.parse("2024-03-25")));
    assertEquals("/akn/un/statement/deliberation/unecosoc/2021-07-21/2021-2B/",
        DocumentSymbol.parse("E/RES/2021/2 B").akn4unWorkIri(LocalDate.parse("2021-07-21")));
    assertEquals("/akn/un/statement/deliberation/unga-hrc/2023-10-11/54-10/fra@/",
        DocumentSymbol.parse("A/HRC/RES/54/10").akn4unExpressionIri(LocalDate.parse("2023-10-11"), Language.FR));
  }

  @Test
  void workIriOfSomethingElseThanAResolutionIsRefused() {
    assertThrows(IllegalStateException.class,
        () -> DocumentSymbol.parse("S/PRST/2020/11").akn4unWorkIri(LocalDate.parse("2020-12-04")));
  }

  @ParameterizedTest(name = "\"{0}\" fails at {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
      ''|0
      '   '|3
      A|1
      A/|2
      /A/RES/1|0
      A/RES9/9|5
      A/75/7Adx.2|6
      A/75/6(Sect.29|6
      A/73/99.|7
      A/RES/و68/193|6
      A/75/6()|6
      S/RES/1373 (2001|11
      1/3|0
      A/RES/65/232 B C|15
      """)
  void badInputFailsWithItsPosition(String input, int position) {
    SymbolSyntaxException e = assertThrows(SymbolSyntaxException.class, () -> DocumentSymbol.parse(input));
    assertEquals(position, e.position(), e.getMessage());
    assertTrue(e.getMessage().contains("position " + position), e.getMessage());
  }
}
