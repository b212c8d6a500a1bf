package dev.resolute.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fixed words of a symbol's components, read in place: typed numbers and suffixes. */
class VocabularyTest {

  /** The type word of a typed number read in {@code text} from {@code from} to its end, or null. */
  private static String typedWord(String text, int from) {
    int k = Vocabulary.typedNumberWord(text, from, text.length());
    return k < 0 ? null : Vocabulary.typedWord(k);
  }

  /** The suffix word, as printed, of a suffix read in {@code text} from {@code from} to its end, or null. */
  private static String suffixWord(String text, int from) {
    int k = Vocabulary.suffixWord(text, from, text.length());
    return k < 0 ? null : Vocabulary.suffixPrinted(k);
  }

  @Test
  void aTypedNumberIsReadInAnyCaseAndGivesItsTypeInCapitals() {
    assertEquals("PV", typedWord("pv.117", 0));
    assertEquals("L", typedWord("L.15", 0));
  }

  @Test
  void aTypedNumberIsReadWhereItStandsInALongerText() {
    assertEquals("PV", typedWord("A/62/PV.117", 5));
  }

  @Test
  void aTypedNumberMayBeARange() {
    assertEquals("SR", typedWord("SR.12-14", 0));
  }

  @Test
  void anythingElseIsNoTypedNumber() {
    for (String core : new String[] {"PV", "PV.", "PV.1a", "PV.1-", "PV.-1", "XX.1", ".1", "РV.1", "PV..1", "65"}) {
      assertEquals(null, typedWord(core, 0), core);
    }
  }

  @Test
  void aSuffixIsPrintedAsTheUnPrintsIt() {
    assertEquals("Rev", suffixWord("REV.1", 0));
    assertEquals("Add", suffixWord("add.2-3", 0));
  }

  @Test
  void onlyTheSuffixWordsAreSuffixes() {
    assertEquals("Corr", suffixWord("Corr.1", 0));
    assertEquals("Amend", suffixWord("amend.4", 0));
    assertEquals(null, suffixWord("PV.4", 0));
    assertEquals(null, suffixWord("Rev", 0));
    assertEquals(null, suffixWord("Conf.157", 0));
  }
}
