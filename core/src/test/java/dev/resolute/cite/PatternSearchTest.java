package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the extractor looks for before it runs a pattern, and how a pattern with an optional opening is searched. */
class PatternSearchTest {

  @Test
  void aCharacterThatMayBeAbsentEndsTheRun() {
    assertEquals("paragraph", CiteTables.Search.requiredLiteral("paragraphs?\\s+(?<n>\\d{1,3})\\s+above"));
  }

  @Test
  void theLongestRequiredRunIsTakenPastAClassOrAGroup() {
    assertEquals("article", CiteTables.Search.requiredLiteral("l[’']article\\s+(?<a>\\d{1,3})"));
    assertEquals("第", CiteTables.Search.requiredLiteral("(?<i>《[^》]{1,60}》|公约)第\\s*(?<a>\\d{1,3})\\s*条"));
  }

  @Test
  void aPatternThatAlternatesAtTheTopHasNoOpeningLiteral() {
    assertEquals("", CiteTables.Search.requiredLiteral("above|below"));
  }

  @Test
  void aTextWithoutTheLiteralOrWithoutADigitIsNotSearched() {
    CiteTables.Search search = CiteTables.Search.of("(?:above|below)\\s+paragraphs?\\s+(?<n>\\d{1,3})");
    assertFalse(search.mayMatch("as stated above", true));
    assertFalse(search.mayMatch("above paragraph thirty", false));
    assertTrue(search.mayMatch("above paragraph 33", true));
  }

  @Test
  void aLiteralThatOpensThePatternIsLookedForOnlyByTheSearch() {
    CiteTables.Search search = CiteTables.Search.of("paragraphs?\\s+(?<n>\\d{1,3})\\s+above");
    assertTrue(search.mayMatch("as stated above", true));
    assertFalse(search.mayMatch("paragraph thirty above", false));
    assertFalse(search.find(search.matcher("as stated above"), "as stated above", 0));
  }

  @Test
  void theOpeningRunStandsAfterAFixedNumberOfCharacters() {
    assertEquals(new CiteTables.Search.Opening("article", 2),
        CiteTables.Search.opening("l[’\\']article\\s+(?<a>\\d{1,3})"));
    assertEquals(new CiteTables.Search.Opening("paragraph", 0),
        CiteTables.Search.opening("paragraphs?\\s+(?<n>\\d{1,3})\\s+above"));
  }

  @Test
  void aPatternThatAlternatesOrOpensWithAVariableWidthHasNoOpeningRun() {
    assertEquals(CiteTables.Search.Opening.NONE, CiteTables.Search.opening("above|below"));
    assertEquals(CiteTables.Search.Opening.NONE, CiteTables.Search.opening("\\s*article\\s+\\d"));
    assertEquals(CiteTables.Search.Opening.NONE, CiteTables.Search.opening("(?:x)?article"));
  }

  @Test
  void searchingByTheOpeningRunFindsWhatTheMatcherFinds() {
    String text = "l'article 3 et l’article 12, larticle 4, l'article\n7 et l'article trois; l'article 9";
    for (String source : List.of("l[’']article\\s+(?<a>\\d{1,3})", "article\\s+\\d+", "[a-z]'article\\s+\\d")) {
      CiteTables.Search search = CiteTables.Search.of(source);
      List<Integer> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher all = search.pattern().matcher(text);
      while (all.find()) {
        expected.add(all.start());
        expected.add(all.end());
      }
      List<Integer> found = new java.util.ArrayList<>();
      java.util.regex.Matcher m = search.matcher(text);
      for (int from = 0; search.find(m, text, from); from = m.end()) {
        found.add(m.start());
        found.add(m.end());
      }
      assertFalse(expected.isEmpty(), source);
      assertEquals(expected, found, source);
    }
  }

  @Test
  void anOptionalOpeningGroupIsSearchedAsTwoPatternsThatEachOpenWithAWord() {
    List<CiteTables.Search> forms = CiteTables.searchForms(
        "(?:paragraph\\s+(?<p>\\d{1,3})\\s+of\\s+)?article\\s+(?<a>\\d{1,3})");
    assertEquals(List.of("paragraph", "article"), forms.stream().map(CiteTables.Search::literal).toList());
  }

  @Test
  void theLeftmostPinpointWinsAsInTheOnePattern() {
    Extraction found = CitationExtractor.create().extract(
        "in accordance with paragraph 2 of article 14 of the Convention and article 5 of the Covenant",
        CitationContext.of(dev.resolute.model.Language.EN, dev.resolute.model.Body.GA, "operative:1"));
    assertEquals(List.of("article 14, paragraph 2", "article 5"),
        found.references().stream().filter(r -> r.kind() == dev.resolute.model.ReferenceKind.PINPOINT)
            .map(r -> r.target()).toList());
  }
}
