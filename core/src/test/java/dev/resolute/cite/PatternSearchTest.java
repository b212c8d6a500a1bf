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
    assertFalse(search.mayMatch(index("as stated above 3")));
    assertFalse(search.mayMatch(index("above paragraph thirty")));
    assertTrue(search.mayMatch(index("above paragraph 33")));
  }

  @Test
  void aSearchThatOpensWithARunIsTriedOnlyWhereTheIndexFoundItAtAWordsStart() {
    CiteTables.Search search = english().internalSearches.get(0);
    assertTrue(search.anchored());
    assertFalse(search.mayMatch(index("as stated in 3 above")));
    assertFalse(search.mayMatch(index("paragraph thirty above")));
    assertTrue(search.mayMatch(index("paragraph 33 above")));
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
  void searchingAtTheIndexedRunsFindsWhatTheMatcherFindsAtAWordsStart() {
    String text = "paragraph 3 above, subparagraph 4 above, Paragraphs\n7 below; paragraph three above and paragraph 9 below";
    TextIndex index = index(text);
    CiteTables.Search search = english().internalSearches.get(0);
    List<Integer> found = new java.util.ArrayList<>();
    java.util.regex.Matcher m = search.matcher(index);
    for (int from = 0; search.find(m, index, from); from = m.end()) {
      found.add(m.start());
    }
    assertEquals(List.of(0, 41, 87), found); // not "paragraph 4 above" inside "subparagraph"
  }

  @Test
  void theOfficialRecordsTitleIsFoundAtAWordsStart() {
    TextIndex index = index("Official Records of the Security Council, 1234th meeting");
    assertEquals(1, index.searchAnchors.size());
    assertEquals(0, index.searchAnchors.get(0));
  }

  @Test
  void anOptionalOpeningGroupIsSearchedAsTwoPatternsThatEachOpenWithAWord() {
    List<CiteTables.Search> forms = CiteTables.searchForms(
        "(?:paragraph\\s+(?<p>\\d{1,3})\\s+of\\s+)?article\\s+(?<a>\\d{1,3})");
    assertEquals(List.of("paragraph", "article"), forms.stream().map(CiteTables.Search::literal).toList());
  }

  @Test
  void aSearchWithoutAnOpeningRunIsTriedWhereACharacterItOpensWithStands() {
    assertEquals("上下本", CiteTables.Search.firstCharacters("(?:上文|下文|本决议)第\\s*(?<n>\\d{1,3})\\s*段"));
    assertEquals("《公", CiteTables.Search.firstCharacters("(?<i>《[^》]{1,60}》|公约)第"));
    assertEquals("a", CiteTables.Search.firstCharacters("abc"));
    // an optional opening, a class or an escape tells nothing
    assertEquals("", CiteTables.Search.firstCharacters("(?:ab|cd)?e"));
    assertEquals("", CiteTables.Search.firstCharacters("a?bc"));
    assertEquals("", CiteTables.Search.firstCharacters("(?:a|[bc])d"));
    assertEquals("", CiteTables.Search.firstCharacters("\\s*article"));
  }

  @Test
  void searchingFromTheFirstCharactersFindsWhatTheMatcherFinds() {
    String text = "又回顾上文第3段和本决议第12段，公约第14条第2款，《儿童权利公约》第5条，下文第 7 段，第8段";
    CiteTables chinese = CiteTables.of(dev.resolute.model.Language.ZH);
    TextIndex index = new TextIndex(text, chinese);
    for (CiteTables.Search search : List.of(chinese.internalSearches.get(0), chinese.pinpointSearches.get(0).get(0))) {
      List<Integer> found = new java.util.ArrayList<>();
      java.util.regex.Matcher m = search.matcher(index);
      for (int from = 0; search.find(m, index, from); from = m.end()) {
        found.add(m.start());
      }
      List<Integer> expected = search.pattern().matcher(text).results().map(java.util.regex.MatchResult::start).toList();
      assertFalse(expected.isEmpty());
      assertEquals(expected, found);
    }
  }

  private static CiteTables english() {
    return CiteTables.of(dev.resolute.model.Language.EN);
  }

  private static TextIndex index(String text) {
    return new TextIndex(text, english());
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
