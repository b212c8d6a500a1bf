package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The literal opening of a Treaty Series or Ibid. pattern, tested by hand before the pattern runs:
 * it may let through what the pattern refuses, never the other way round.
 */
class LiteralPrefixProperties {

  private static final String UNTS = "United\\s+Nations\\s*,\\s*Treaty\\s+Series\\s*,\\s*vols?\\.";

  @Test
  void lettersCommasFullStopsAndWhiteSpaceRunsAreReadUpToACharacterQuantifiedOtherwiseThanOptional() {
    // the tokens: the characters, a token per white space run, and one before each optional character
    assertEquals("unitednations,treatyseries,vols.".length() + 6 + 1, LiteralPrefix.of(UNTS).length());
    assertEquals("ibid.,".length() + 1 + 1, LiteralPrefix.of("Ibid\\.?\\s*,").length());
    assertEquals("no".length(), LiteralPrefix.of("Nos+").length());
    assertEquals(4, LiteralPrefix.of("Société\\s+des").length());
    assertEquals(0, LiteralPrefix.of("联合国\\s*，").length());
  }

  @Test
  void aCharacterAfterTheSameOneMadeOptionalEndsTheOpening() {
    // "vol." would be refused by a walk that reads the full stop as the optional one's
    assertEquals("vol".length() + 3, LiteralPrefix.of("vol\\.?\\s*\\.").length());
    assertTrue(LiteralPrefix.of("vol\\.?\\s*\\.").mayMatchAt("vol.", 0));
  }

  @Test
  void anOptionalCharacterIsReadWhereItStandsAndPassedOverWhereItDoesNot() {
    LiteralPrefix ibid = LiteralPrefix.of("Ibid\\.?\\s*,\\s*vols?\\.");
    assertTrue(ibid.mayMatchAt("Ibid., vol. 3", 0));
    assertTrue(ibid.mayMatchAt("Ibid , vols. 3", 0));
    assertFalse(ibid.mayMatchAt("Ibid., Supplement No. 5A", 0));
    assertFalse(ibid.mayMatchAt("Ibid.. vol. 3", 0));
  }

  @Test
  void aPlaceWhereTheOpeningDoesNotStandIsRefused() {
    LiteralPrefix prefix = LiteralPrefix.of(UNTS);
    assertFalse(prefix.mayMatchAt("the United Nations system", 4));
    assertFalse(prefix.mayMatchAt("United Nations, Treaty", 0)); // the text ends first
    assertFalse(prefix.mayMatchAt("UnitedNations, Treaty Series, vol. 3", 0));
  }

  @Test
  void caseAndRunsOfWhiteSpaceAreReadAsThePatternReadsThem() {
    LiteralPrefix prefix = LiteralPrefix.of(UNTS);
    assertTrue(prefix.mayMatchAt("UNITED NATIONS , treaty\n  Series,vol. 3", 0));
    assertTrue(prefix.mayMatchAt("United Nations,Treaty Series, vols. 3", 0));
  }

  @Test
  void aCharacterBeyondAsciiIsLeftToThePattern() {
    assertTrue(LiteralPrefix.of(UNTS).mayMatchAt("United\u00a0Nations", 0));
  }

  @Property
  void whereAPatternOfTheTablesMatchesItsPrefixSaysItMay(@ForAll("languages") Language language,
      @ForAll("variants") String text) {
    CiteTables tables = CiteTables.of(language);
    List<Pattern> patterns = new ArrayList<>(tables.treaty);
    patterns.addAll(tables.ibid);
    List<LiteralPrefix> prefixes = new ArrayList<>(tables.treatyPrefixes);
    prefixes.addAll(tables.ibidPrefixes);
    boolean matched = false;
    for (int p = 0; p < patterns.size(); p++) {
      Matcher m = patterns.get(p).matcher(text);
      for (int at = 0; at < text.length(); at++) {
        if (m.region(at, text.length()).lookingAt()) {
          matched = true;
          assertTrue(prefixes.get(p).mayMatchAt(text, at), patterns.get(p) + " at " + at + " of " + text);
        }
      }
    }
    Statistics.collect(matched);
    // the property says something only where patterns match: a good share of the tries must
    Statistics.coverage(coverage -> coverage.check(true).percentage(share -> share >= 5));
  }

  @Provide
  Arbitrary<Language> languages() {
    return Arbitraries.of(Language.EN, Language.FR, Language.ES, Language.RU);
  }

  /** Treaty Series references with their spaces, commas, full stops and case varied. */
  @Provide
  Arbitrary<String> variants() {
    Arbitrary<String> reference = Arbitraries.of(
        "United Nations, Treaty Series, vol. 2225, No. 39574",
        "Nations Unies, Recueil des Traités, vol. 1833, no 31363",
        "Naciones Unidas, Treaty Series, vol. 1465, núm. 24841",
        "League of Nations, Treaty Series, vol. CV, No. 2401",
        "Ibid., vol. 2349, No. 42146",
        "Ibid, vols. 75, Nos. 970–973");
    Arbitrary<String> space = Arbitraries.of(" ", "  ", "\n", "\t", "\u00a0", "\u2009", "");
    return reference.flatMap(r -> space.list().ofSize(r.length()).flatMap(spaces ->
        Arbitraries.integers().between(0, 3).map(caseMode -> vary(r, spaces, caseMode))));
  }

  private static String vary(String reference, List<String> spaces, int caseMode) {
    StringBuilder out = new StringBuilder("see ");
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      out.append(c == ' ' || c == ',' ? (c == ',' ? "," : "") + spaces.get(i) : String.valueOf(c));
    }
    String text = out.toString();
    return caseMode == 1 ? text.toUpperCase(java.util.Locale.ROOT) : caseMode == 2 ? text.toLowerCase(java.util.Locale.ROOT) : text;
  }
}
