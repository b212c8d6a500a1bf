package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The look-up of {@code [abbreviations]} answers as the tables' patterns, matched ignoring the case of ASCII letters, would. */
class AbbreviationProperties {
  private static final Pattern ENTRIES = Pattern.compile("(?i)" + String.join("|", CiteTables.ABBREVIATION_ENTRIES));

  @Property
  void theLookUpAnswersAsThePatternsOfTheTables(@ForAll("words") String word) {
    boolean expected = ENTRIES.matcher(word).matches();
    Statistics.collect(expected);
    assertEquals(expected, CiteTables.isAbbreviation(word, 0, word.length()), word);
    Statistics.coverage(coverage -> coverage.check(true).percentage(share -> share >= 5));
  }

  /** Words of up to five of the entries' letters, in either case, and a few others; often an entry's own spelling. */
  @Provide
  Arbitrary<String> words() {
    String letters = CiteTables.ABBREVIATION_ENTRIES.stream().collect(Collectors.joining()).replace("?", "");
    String upper = letters.toUpperCase(java.util.Locale.ROOT);
    Arbitrary<String> random = Arbitraries.strings().withChars((letters + upper + "xé").toCharArray()).ofMinLength(1).ofMaxLength(5);
    Arbitrary<String> entry = Arbitraries.of(CiteTables.ABBREVIATION_ENTRIES).map(e -> e.replaceAll(".\\?", ""))
        .flatMap(e -> Arbitraries.of(e, e.toUpperCase(java.util.Locale.ROOT), e + "s", capitalized(e)));
    return Arbitraries.oneOf(random, entry);
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
