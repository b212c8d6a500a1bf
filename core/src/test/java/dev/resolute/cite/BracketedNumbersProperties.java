package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The numbers with a bracketed year or roman session read by hand ({@link BracketedNumbers}) are
 * those the patterns ({@link CitationExtractor#NUMBER_AND_YEAR}, {@link CitationExtractor#NUMBER_AND_ROMAN})
 * match, with the same groups, at every position of a text.
 */
class BracketedNumbersProperties {

  @Test
  void aCouncilNumberWithItsPartAndYearIsRead() {
    BracketedNumbers.Match m = BracketedNumbers.withYearAt("resolution 161 A (1961) of", 11);
    assertNotNull(m);
    assertEquals(List.of(11, 23, 15, 16, 18, 22), List.of(m.start(), m.end(), m.partStart(), m.partEnd(),
        m.insideStart(), m.insideEnd()));
  }

  @Test
  void aSpecialSessionInRomanOrArabicFiguresIsRead() {
    assertEquals(16, BracketedNumbers.withRomanSessionAt("res. 1874 (S-IV),", 5).end());
    assertEquals(14, BracketedNumbers.withRomanSessionAt("res. 186 (S-2),", 5).end());
  }

  @Test
  void aYearOutsideTheTextsYearsOrALongerNumberIsNone() {
    assertNull(BracketedNumbers.withYearAt("1373 (1939)", 0));
    assertNull(BracketedNumbers.withYearAt("12345 (2001)", 0));
    assertNull(BracketedNumbers.withRomanSessionAt("2200 (S-3)", 0));
  }

  @Property
  void theReaderMatchesWhereThePatternsMatchAndAsTheyDo(@ForAll("texts") String text) {
    boolean matched = false;
    for (boolean year : new boolean[] {true, false}) {
      Pattern pattern = year ? CitationExtractor.NUMBER_AND_YEAR : CitationExtractor.NUMBER_AND_ROMAN;
      String inside = year ? "y" : "r";
      matched |= HandReaders.agreeAtEveryPosition(pattern.matcher(text), text, year ? " (year)" : " (roman)",
          at -> year ? BracketedNumbers.withYearAt(text, at) : BracketedNumbers.withRomanSessionAt(text, at),
          (m, read, where) -> {
            assertEquals(m.start(), read.start(), "start" + where);
            assertEquals(m.end(), read.end(), "end" + where);
            assertEquals(m.start("n"), read.numberStart(), "number" + where);
            assertEquals(m.end("n"), read.numberEnd(), "number" + where);
            assertEquals(m.start("part"), read.partStart(), "part" + where);
            assertEquals(m.end("part"), read.partEnd(), "part" + where);
            assertEquals(m.start(inside), read.insideStart(), "inside the brackets" + where);
            assertEquals(m.end(inside), read.insideEnd(), "inside the brackets" + where);
          });
    }
    Statistics.collect(matched);
    // the property says something only where a pattern matches: a good share of the texts must
    Statistics.coverage(coverage -> coverage.check(true).percentage(share -> share >= 5));
  }

  /**
   * A number's pieces, each varied (digits too many, part letters Latin, Cyrillic, lower case,
   * doubled, breaks of three kinds and a tab, years in and out of range, roman sessions with and
   * without prefixes, too long, special sessions in figures), between pieces of text of the kinds
   * that stand around numbers.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> around = Arbitraries.of(
        "7", "٣", "/", "-", "\u2011", ".", " ", ",", "A", "é", "x", "(", ")", "S")
        .list().ofMaxSize(3).map(pieces -> String.join("", pieces));
    Arbitrary<String> before = Combinators.combine(around, Arbitraries.of(" ", " ", " ", "\n", "")).as(String::concat);
    Arbitrary<String> number = Arbitraries.of("1373", "161", "2200", "7", "1373", "161", "12345", "٣");
    Arbitrary<String> space = Arbitraries.of("", "", "", " ", " ", "\u00a0", "\n", "\t");
    Arbitrary<String> part = Arbitraries.of("", "", "A", "К", "a", "AB");
    Arbitrary<String> inside = Arbitraries.of("2001", "1961", "1939", "1940", "2049", "2050", "20011", "XXI", "XXI",
        "S-IV", "S\u2011IV", "ES-X", "S-2", "S-3", "IVXLCIVXL", "SIV", "xxi", "S-", "ES-");
    Arbitrary<String> close = Arbitraries.of(")", ")", ")", ")", ")", "", " )");
    return Combinators.combine(before, number, space, part, space, inside, close, around)
        .as((b, n, s1, p, s2, i, c, a) -> b + n + s1 + p + s2 + "(" + i + c + a);
  }
}
