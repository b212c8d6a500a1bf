package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Language;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The citation patterns of each language are data with examples, checked both ways: every pattern
 * has an example it matches, and every example is matched by a pattern of its section.
 */
class CiteTablesTest {

  private static List<Pattern> section(CiteTables t, String name) {
    switch (name) {
      case "treaty":
        return t.treaty;
      case "ibid":
        return t.ibid;
      case "date":
        return t.date;
      case "date-list":
        return t.dateList;
      case "internal":
        return t.internal;
      case "meeting":
        return t.meeting;
      case "meeting-of-body":
        return t.meetingOfBody;
      case "others-of-body":
        return t.othersOfBody;
      case "local-roman":
        return t.localRoman == null ? List.of() : List.of(t.localRoman);
      case "pinpoint":
        return t.pinpoint;
      case "phrase-before-number":
        return t.phraseBeforeNumber == null ? List.of() : List.of(t.phraseBeforeNumber);
      case "title-before-date":
        return t.titleBeforeDate == null ? List.of() : List.of(t.titleBeforeDate);
      case "session-in-gap":
        return t.sessionInGap == null ? List.of() : List.of(t.sessionInGap);
      case "topic-after-number":
        return t.topicAfterNumber == null ? List.of() : List.of(t.topicAfterNumber);
      case "date-before-number":
        return t.dateBeforeNumber == null ? List.of() : List.of(t.dateBeforeNumber);
      case "list-between":
        return t.listBetween == null ? List.of() : List.of(t.listBetween);
      case "coded-number":
        return t.codedNumber == null ? List.of() : List.of(t.codedNumber);
      case "own-adoption":
        return t.ownAdoption;
      case "meeting-of-other-body":
        return t.meetingOfOtherBody;
      case "meeting-by-other-body":
        return t.meetingByOtherBody;
      default:
        throw new IllegalArgumentException(name);
    }
  }

  @Test
  void everyExampleIsMatchedByAPatternOfItsSection() {
    for (Language language : Language.values()) {
      CiteTables t = CiteTables.of(language);
      // the sections run over the lower-cased text are checked on it
      t.examples.forEach((name, example) -> assertTrue(section(t, name).stream().anyMatch(p -> p.matcher(
          CiteTables.LOWERED.contains(name) ? example.toLowerCase(java.util.Locale.ROOT) : example).matches()),
          language.code() + " " + name + ": no pattern matches the example «" + example + "»"));
    }
  }

  @Test
  void everyTreatyIbidPhraseAndTitlePatternHasAnExampleItMatches() {
    for (Language language : Language.values()) {
      CiteTables t = CiteTables.of(language);
      for (String name : List.of("treaty", "ibid", "meeting-of-body", "others-of-body", "phrase-before-number", "title-before-date", "session-in-gap", "topic-after-number", "date-before-number", "list-between", "coded-number", "own-adoption", "meeting-of-other-body", "meeting-by-other-body")) {
        for (Pattern p : section(t, name)) {
          boolean used = t.examples.get(name).stream().anyMatch(e -> p.matcher(e).matches())
              || Language.EN != language && CiteTables.of(Language.EN).examples.get(name).stream().anyMatch(e -> p.matcher(e).matches());
          assertTrue(used, language.code() + " " + name + ": pattern without an example: " + p);
        }
      }
    }
  }

  /**
   * A text without a digit is not searched for Treaty Series references nor meetings (an Ibid. is,
   * as it may print a roman volume alone): no such pattern matches any example with its digits
   * taken out, nor with each digit run made a roman number.
   */
  @Test
  void noTreatySeriesNorMeetingPatternMatchesWithoutADigit() {
    for (Language language : Language.values()) {
      CiteTables t = CiteTables.of(language);
      for (String name : List.of("treaty", "meeting")) {
        for (String example : t.examples.get(name)) {
          for (String digitless : List.of(example.replaceAll("\\p{Nd}", ""), example.replaceAll("\\p{Nd}+", "II"))) {
            assertFalse(section(t, name).stream().anyMatch(p -> p.matcher(digitless).find()),
                language.code() + " " + name + " matches «" + digitless + "»");
          }
        }
      }
    }
  }

  @Test
  void russianAndArabicReadTheEnglishTreatySeriesFormsOfEnglishsTable() {
    for (String section : List.of("treaty", "ibid")) {
      List<String> english = CiteTables.languageSections(Language.EN).get(section);
      for (Language language : List.of(Language.RU, Language.AR)) {
        List<String> rows = CiteTables.languageSections(language).get(section);
        assertEquals(english, rows.subList(0, english.size()), language.code() + " " + section);
        assertTrue(rows.size() > english.size() || language == Language.RU && section.equals("treaty"),
            language.code() + " " + section + " keeps its own forms after the English");
      }
    }
  }

  @Test
  void thePhrasesBeforeABodysNameOpenWithAWord() {
    // the extractor tries them only where a letter stands
    for (Language language : Language.values()) {
      CiteTables t = CiteTables.of(language);
      for (String name : List.of("meeting-of-body", "others-of-body")) {
        for (String example : t.examples.get(name)) {
          assertTrue(Character.isLetter(example.charAt(0)), language.code() + " " + name + ": «" + example + "»");
        }
        for (Pattern p : section(t, name)) {
          for (String opening : List.of(" ", ",", "1", "(", ";")) {
            assertFalse(t.examples.get(name).stream().anyMatch(e -> p.matcher(opening + e).lookingAt()),
                language.code() + " " + name + " opens with «" + opening + "»: " + p);
          }
        }
      }
    }
  }

  @Test
  void everyLanguageHasResolutionWordsAndMonths() {
    for (Language language : Language.values()) {
      CiteTables t = CiteTables.of(language);
      assertFalse(t.resolutionWords.isEmpty(), language.code());
      assertFalse(t.treaty.isEmpty(), language.code());
    }
  }

  @Test
  void theMarksAroundACitedNumberAreChineseTableData() {
    assertEquals(List.of("第"), CiteTables.of(Language.ZH).marksBefore);
    assertEquals(List.of("号"), CiteTables.of(Language.ZH).marksAfter);
    for (Language language : List.of(Language.AR, Language.EN, Language.ES, Language.FR, Language.RU)) {
      assertTrue(CiteTables.of(language).marksBefore.isEmpty() && CiteTables.of(language).marksAfter.isEmpty(), language.code());
    }
  }

  @Test
  void theCommasOfAnEnumerationAreChineseTableData() {
    assertEquals("、，,", CiteTables.of(Language.ZH).enumerationMarks);
    for (Language language : List.of(Language.AR, Language.EN, Language.ES, Language.FR, Language.RU)) {
      assertTrue(CiteTables.of(language).enumerationMarks.isEmpty(), language.code());
    }
  }

  @Test
  void theAbbreviationsOfEveryLanguageEndNoSentence() {
    for (String abbreviation : List.of("vol", "Vols", "nos", "paras", "párrs", "núms", "pág", "стр", "пп", "ibid")) {
      assertTrue(CiteTables.isAbbreviation(abbreviation, 0, abbreviation.length()), abbreviation);
    }
    for (String word : List.of("resolution", "session", "Council", "voir")) {
      assertFalse(CiteTables.isAbbreviation(word, 0, word.length()), word);
    }
  }

  @Test
  void anAbbreviationIsReadInTheTextBetweenTheGivenPlacesAlone() {
    assertTrue(CiteTables.isAbbreviation("see vols. 3", 4, 8));
    assertFalse(CiteTables.isAbbreviation("see vols. 3", 3, 8));
    assertFalse(CiteTables.isAbbreviation("see vols. 3", 4, 7 + 2));
  }

  /** The spaces between the words of a name: Java's white space, and the no-break space a text may print there. */
  @Test
  void nameSpacesAreJavaWhiteSpaceAndTheNoBreakSpace() {
    for (int code = 0; code <= Character.MAX_VALUE; code++) {
      char c = (char) code;
      boolean expected = Character.isWhitespace(c) || c == '\u00a0';
      assertEquals(expected, CiteTables.isNameSpace(c), () -> "U+" + Integer.toHexString(c));
    }
  }

  /**
   * The index keeps only where something happens, and reads what happens there again from the
   * lowered text: a character's class must be its lower case's, for every char and language.
   */
  @Test
  void aCharacterIsClassedAsItsLowerCase() {
    for (Language language : Language.values()) {
      int[] classes = TextIndex.characterClasses(CiteTables.of(language), Character.MAX_VALUE + 1);
      for (int code = 0; code <= Character.MAX_VALUE; code++) {
        int lowered = classes[code] & 0xffff;
        int c = code;
        assertEquals(classes[code], classes[lowered], () -> language + " U+" + Integer.toHexString(c));
      }
    }
  }

  /** A name that names no body is in the table to hide a body's name inside it: it must hold one. */
  @Test
  void everyBodylessNameHoldsABodysName() {
    for (Language language : Language.values()) {
      List<CiteTables.BodyName> bodies = CiteTables.of(language).bodies;
      for (CiteTables.BodyName bodyless : bodies) {
        if (bodyless.bodyless()) {
          assertTrue(bodies.stream().anyMatch(b -> !b.bodyless() && bodyless.name().contains(b.name())),
              () -> language + ": " + bodyless.name());
        }
      }
    }
  }
}
