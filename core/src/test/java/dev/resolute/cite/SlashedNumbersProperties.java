package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.resolute.model.Language;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The slashed numbers read by hand ({@link SlashedNumbers}) are those the language's pattern
 * ({@link CitationExtractor#SLASHED_TEMPLATE}) matches, with the same groups, at every position of a
 * text.
 */
class SlashedNumbersProperties {

  @Test
  void aSessionANumberAndAPartAreRead() {
    SlashedNumbers.Match m = CiteTables.of(Language.EN).slashedNumbers.at("resolution 75/245 B of", 11);
    assertNotNull(m);
    assertEquals(List.of(11, 19, 11, 13, 14, 17, 18, 19), List.of(m.start(), m.end(), m.firstStart(), m.firstEnd(),
        m.secondStart(), m.secondEnd(), m.partStart(), m.partEnd()));
  }

  @Test
  void aSpecialSessionsPrefixOpensTheMatch() {
    SlashedNumbers.Match m = CiteTables.of(Language.EN).slashedNumbers.at("resolution S-26/2,", 11);
    assertNotNull(m);
    assertEquals(List.of(11, 17, 11, 12), List.of(m.start(), m.end(), m.sessionStart(), m.sessionEnd()));
  }

  @Test
  void aNumberGluedToALetterOrOfMoreThanFourDigitsIsNone() {
    SlashedNumbers numbers = CiteTables.of(Language.EN).slashedNumbers;
    assertNull(numbers.at("A/75/245", 2));
    assertNull(numbers.at("12345/6", 0));
    assertNull(numbers.at("24/7/365", 0));
  }

  @Property
  void theReaderMatchesWhereThePatternMatchesAndAsItDoes(@ForAll("languages") Language language,
      @ForAll("texts") String text) {
    CiteTables tables = CiteTables.of(language);
    boolean matched = HandReaders.agreeAtEveryPosition(tables.slashed.matcher(text), text, "",
        at -> tables.slashedNumbers.at(text, at),
        (pattern, read, where) -> {
          assertEquals(pattern.start(), read.start(), "start" + where);
          assertEquals(pattern.end(), read.end(), "end" + where);
          assertEquals(pattern.group("ss"), cut(text, read.sessionStart(), read.sessionEnd()), "session prefix" + where);
          assertEquals(pattern.start("a"), read.firstStart(), "session" + where);
          assertEquals(pattern.end("a"), read.firstEnd(), "session" + where);
          assertEquals(pattern.start("b"), read.secondStart(), "number" + where);
          assertEquals(pattern.end("b"), read.secondEnd(), "number" + where);
          assertEquals(pattern.start("part"), read.partStart(), "part" + where);
          assertEquals(pattern.end("part"), read.partEnd(), "part" + where);
        });
    Statistics.collect(matched);
    // the property says something only where the pattern matches: a good share of the texts must
    Statistics.coverage(coverage -> coverage.check(true).percentage(share -> share >= 10));
  }

  private static String cut(String text, int start, int end) {
    return start < 0 ? null : text.substring(start, end);
  }

  @Provide
  Arbitrary<Language> languages() {
    return Arbitraries.of(Language.values());
  }

  /**
   * A number's pieces, each varied (special-session prefixes of the tables and others, digits of two
   * scripts, too many digits, a hyphen for the slash, part letters Latin, Cyrillic, lower case,
   * doubled, part words), between pieces of text of the kinds that stand around numbers.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> around = Arbitraries.of(
        "7", "245", "٣", "/", "-", "\u2011", ".", " ", "\u00a0", ",", "A", "é", "x", "S", "ES", "دإ", "ق", "号", "决议")
        .list().ofMaxSize(3).map(pieces -> String.join("", pieces));
    Arbitrary<String> session = Arbitraries.of("", "", "S-", "ES-", "S\u2011", "دإ-", "د إ-", "دا\u2013", "دإط-", "X-", "S");
    Arbitrary<String> first = Arbitraries.of("7", "75", "75", "2011", "2011", "12345", "٣", "");
    Arbitrary<String> slash = Arbitraries.of("/", "/", "/", "/", "/", "-");
    Arbitrary<String> second = Arbitraries.of("1", "245", "245", "2011", "2011", "12345", "٣");
    Arbitrary<String> space = Arbitraries.of("", " ", "\u00a0");
    Arbitrary<String> part = Arbitraries.of("", "", "A", "AA", "AB", "Z", "К", "a", "Ax", "A号", "ألف", "ألف ألف", "باء", "باءx");
    // most numbers stand after a space or a bracket, some glued to what precedes them
    Arbitrary<String> before = Combinators.combine(around, Arbitraries.of(" ", " ", "(", "")).as(String::concat);
    return Combinators.combine(before, session, first, slash, second, space, part, around)
        .as((b0, s, a, sl, b, sp, p, after) -> b0 + s + a + sl + b + sp + p + after);
  }
}
