package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.model.Language;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The gaps between a body's name and its resolution word are read by hand (each name before a
 * keyword asks); each reading answers as the pattern it stands for would.
 */
class GapReadingProperties {
  private static final Pattern WHITE_RUNS = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern LEADING_COMMA = Pattern.compile("^[,،，]\\s*");

  @Property
  void theWordsAreThoseThePatternSplits(@ForAll("gaps") String gap) {
    assertArrayEquals(WHITE_RUNS.split(gap), CiteTables.words(gap), gap);
  }

  @Property
  void theLeadingCommaGoesAsThePatternRemovesIt(@ForAll("gaps") String gap) {
    assertEquals(LEADING_COMMA.matcher(gap).replaceFirst(""), CiteTables.withoutLeadingComma(gap), gap);
  }

  @Property
  void runsOfWhiteSpaceAreOneSpaceAsThePatternReplacesThem(@ForAll("gaps") String gap) {
    assertEquals(WHITE_RUNS.matcher(gap).replaceAll(" ").strip(), CiteTables.spacedAsOne(gap), gap);
  }

  @Property
  void aShortGapIsOneThePatternMatches(@ForAll("shortGaps") String gap, @ForAll Language language) {
    CiteTables tables = CiteTables.of(language);
    Pattern shortGap = Pattern.compile("[\\s\\u00a0’'s" + Pattern.quote(String.join("", tables.marksBefore)) + "]{0,4}");
    assertEquals(shortGap.matcher(gap).matches(), tables.isShortGap(gap), gap);
  }

  /** Words, white space of every kind the patterns read (and some they do not), commas of three scripts. */
  @Provide
  Arbitrary<String> gaps() {
    return Arbitraries.strings().withChars(" \t\n\u000b\f\r\u00a0\u2009\u3000ab1,،，’'s第".toCharArray()).ofMaxLength(12);
  }

  /** Gaps of up to six characters, mostly of the short gaps' own. */
  @Provide
  Arbitrary<String> shortGaps() {
    return Arbitraries.strings().withChars(" \n\u00a0’'s第x\u2009".toCharArray()).ofMaxLength(6);
  }
}
