package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resolute.internal.Scripts;
import dev.resolute.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The index's pass decides by character classes and event bits, without reading the text a word at
 * a time; what it records must be what the plain definitions, read character by character, give.
 */
class TextIndexProperties {

  @Property
  void digitRunsStartWhereNoDigitStandsBefore(@ForAll("texts") String text, @ForAll Language language) {
    TextIndex index = new TextIndex(text, CiteTables.of(language));
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (digit(index.lower[i]) && (i == 0 || !digit(index.lower[i - 1]))) {
        expected.add(i);
      }
    }
    assertEquals(expected, list(index.digitRuns));
  }

  @Property
  void organsStartAtAsciiCapitalsGluedToNoWordNumberOrSymbolWithASlashSoonAfter(@ForAll("texts") String text,
      @ForAll Language language) {
    TextIndex index = new TextIndex(text, CiteTables.of(language));
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      boolean glued = before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9'
          || before == '/' || before == '.' || before == '-';
      // a Cyrillic capital typed for a Latin one opens an organ too, but after no letter or digit of any script
      boolean lookalike = Scripts.latinLookalike(c) != 0;
      boolean opens = c >= 'A' && c <= 'Z' && !glued
          || lookalike && !glued && !Character.isLetterOrDigit(before);
      if (opens && slashSoonAfter(text, i)) {
        expected.add(i);
      }
    }
    // every symbol has a number: a text without a digit is searched for none
    if (text.chars().noneMatch(Character::isDigit)) {
      expected.clear();
    }
    assertEquals(expected, list(index.organStarts));
  }

  /**
   * A slash at most 23 characters on, after ASCII letters and digits (or Cyrillic capitals typed for
   * Latin ones), full stops and brackets only.
   */
  private static boolean slashSoonAfter(String text, int from) {
    for (int i = from; i < text.length() && i <= from + 23; i++) {
      char c = text.charAt(i);
      if (c == '/') {
        return true;
      }
      boolean asciiLetterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!(asciiLetterOrDigit || c == '.' || c == '(' || c == ')' || Scripts.latinLookalike(c) != 0)) {
        return false;
      }
    }
    return false;
  }

  @Property
  void everyResolutionOrDecisionWordStandingAsAWordIsIndexedInATextWithADigit(@ForAll("texts") String text,
      @ForAll Language language) {
    CiteTables tables = CiteTables.of(language);
    TextIndex index = new TextIndex(text, tables);
    if (!hasDigit(index)) {
      return; // see aTextWithoutADigitHasNoKeywordBodyNameOrSentenceIndexed
    }
    Set<String> expected = new TreeSet<>();
    List<String> words = new ArrayList<>(tables.resolutionWords);
    words.addAll(tables.decisionWords);
    for (int i = 0; i < text.length(); i++) {
      if (!mayStartAWord(index, tables, i)) {
        continue;
      }
      for (String word : words) {
        int end = index.lower[i] == word.charAt(0) ? index.regionEnd(i, word) : -1;
        if (end > 0 && index.bounded(i, end)) {
          expected.add(i + "-" + end);
        }
      }
    }
    Set<String> found = new TreeSet<>();
    for (int k = 0; k < index.keywords.size(); k++) {
      found.add(index.keywords.start(k) + "-" + index.keywords.end(k));
    }
    assertEquals(expected, found);
  }

  @Property
  void everyBodyNameStandingAsWordsIsIndexedButTheOpeningOfALongerOneInATextWithADigit(@ForAll("texts") String text,
      @ForAll Language language) {
    CiteTables tables = CiteTables.of(language);
    TextIndex index = new TextIndex(text, tables);
    if (!hasDigit(index)) {
      return; // see aTextWithoutADigitHasNoKeywordBodyNameOrSentenceIndexed
    }
    List<int[]> standing = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (!mayStartAWord(index, tables, i)) {
        continue;
      }
      for (int b = 0; b < tables.bodyNamesLower.size(); b++) {
        String name = tables.bodyNamesLower.get(b);
        int end = index.lower[i] == name.charAt(0) ? index.regionEnd(i, name) : -1;
        if (end > 0 && index.bounded(i, end)) {
          standing.add(new int[] {i, end, b});
        }
      }
    }
    Set<String> expected = new TreeSet<>();
    for (int[] name : standing) {
      // "l’Assemblée" opens "l’Assemblée des Nations Unies pour l’environnement": a name starting
      // inside it and ending beyond it
      boolean opensALongerOne = standing.stream().anyMatch(other -> other[0] > name[0] && other[0] < name[1]
          && other[1] > name[1]);
      if (!opensALongerOne) {
        expected.add(name[0] + "-" + name[1] + ":" + name[2]);
      }
    }
    Set<String> found = new TreeSet<>();
    for (int k = 0; k < index.bodyNames.size(); k++) {
      found.add(index.bodyNames.start(k) + "-" + index.bodyNames.end(k) + ":" + index.bodyNames.value(k));
    }
    assertEquals(expected, found);
  }

  /**
   * The index compares a name only where the text's first four characters may open it
   * ({@link CiteTables#openingKey}); those characters are read as the name's are wherever they are
   * printed otherwise: a line break or a no-break space for the space, either apostrophe, a
   * typographic hyphen for the hyphen-minus.
   */
  @Example
  void namesAreIndexedWhateverSpaceApostropheOrHyphenTheirOpeningCharactersArePrintedWith() {
    String[][] printed = {
        {"en", "the\u00a0Assembly"}, {"en", "the\nAssembly"}, {"fr", "l'Assemblée"}, {"fr", "l’Assemblée"},
        {"es", "la\u00a0Asamblea"}, {"en", "UN\u2011Habitat Assembly"}, {"en", "UN\u2010Habitat Assembly"}};
    for (String[] languageAndName : printed) {
      String text = "see " + languageAndName[1] + " 1";
      TextIndex index = new TextIndex(text, CiteTables.of(Language.of(languageAndName[0])));
      List<String> names = bodyNames(index);
      assertEquals(1, names.size(), text + ": " + names);
      assertEquals("4-" + (4 + languageAndName[1].length()), names.get(0).substring(0, names.get(0).indexOf(':')), text);
    }
  }

  /**
   * Every citation has a digit: a text without one is looked at for the treaties and bodies it
   * names only (a later piece of the document may name a body again by a short name), the bodies
   * found as in the same text with a number after it.
   */
  @Property
  void aTextWithoutADigitHasNoKeywordOrSentenceIndexedButTheBodiesItNames(@ForAll("texts") String text, @ForAll Language language) {
    String digitless = text.replaceAll("\\p{Nd}", "");
    TextIndex index = new TextIndex(digitless, CiteTables.of(language));
    assertEquals(List.of(0, 0, 0, false),
        List.of(index.keywords.size(), index.sentenceStarts.size(), index.digitRuns.size(), index.hasDigit));
    assertEquals(bodyNames(new TextIndex(digitless + " 1", CiteTables.of(language))), bodyNames(index));
  }

  private static List<String> bodyNames(TextIndex index) {
    List<String> out = new java.util.ArrayList<>();
    for (int k = 0; k < index.bodyNames.size(); k++) {
      out.add(index.bodyNames.start(k) + "-" + index.bodyNames.end(k) + ":" + index.bodyNames.value(k));
    }
    return out;
  }

  private static boolean hasDigit(TextIndex index) {
    for (char c : index.lower) {
      if (digit(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Pieces of the six languages' citing prose (words the tables know, names, numbers, symbols,
   * stops and abbreviations) among single characters of every class the pass tells apart: ASCII and
   * other letters, capitals, digits of two scripts, Arabic marks and tatweel, apostrophes, spaces,
   * the stops of three scripts.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("resolution ", "Resolutions ", "decision ", "résolution ",
        "décision ", "resolución ", "резолюции ", "решение ", "القرار ", "وبقرار ", "قـــرار ", "决议", "第",
        "号", "General Assembly", "Assemblée générale", "Security Council ", "Conseil de sécurité",
        "Совет Безопасности", "مجلس الأمن", "安全理事会", "Economic and Social Council", "65/232", "1373 (2001)",
        "A/RES/", "S/2020/1", "E/CN.15/", "ICCD/COP(14)/", "(A/70/1)", "UNEP.ENVIRONMENTPROGRAMME/", "vol. ", "paras. 3–5; ", "et ", "and ", "l’Assemblée", "l'Assemblée",
        "the Assembly", "l’Assemblée des Nations Unies pour l’environnement", "l’Assemblée mondiale de la Santé",
        "Convention on the Rights of the Child", "United Nations, Treaty Series, ", "Ibid., ",
        "CBD/\u0421\u041e\u0420/14/14", "\u0410/75/182", "ЮНЕСКО/");
    Arbitrary<String> characters = Arbitraries.strings()
        .withChars("aZé’' \n\u00a0.;؛。；/-19٣ـًА决xAS(").ofMinLength(1).ofMaxLength(3);
    return Arbitraries.oneOf(pieces, characters).list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  /**
   * Where the index tries words: anywhere in Chinese, elsewhere after no letter, in Arabic also after
   * a letter it writes onto words (a clitic, "وبقرار").
   */
  private static boolean mayStartAWord(TextIndex index, CiteTables tables, int i) {
    return tables.keywordAfter || i == 0 || !letter(index.lower[i - 1]) || tables.clitics.indexOf(index.lower[i - 1]) >= 0;
  }

  private static boolean digit(char lower) {
    return lower < 0x80 ? lower >= '0' && lower <= '9' : Character.isDigit(lower);
  }

  private static boolean letter(char lower) {
    return lower < 0x80 ? lower >= 'a' && lower <= 'z' : !digit(lower) && Character.isLetter(lower);
  }

  private static List<Integer> list(TextIndex.IntList values) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < values.size(); k++) {
      out.add(values.get(k));
    }
    return out;
  }
}
