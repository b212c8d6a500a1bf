package dev.resolute.symbol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fixed words of a symbol's components: typed numbers and suffixes. */
class VocabularyTest {

  @Test
  void aTypedNumberIsItsTypeInCapitalsAndItsNumber() {
    assertArrayEquals(new String[] {"PV", "117"}, Vocabulary.typedNumber("pv.117"));
    assertArrayEquals(new String[] {"L", "15"}, Vocabulary.typedNumber("L.15"));
  }

  @Test
  void aTypedNumberMayBeARange() {
    assertArrayEquals(new String[] {"SR", "12-14"}, Vocabulary.typedNumber("SR.12-14"));
  }

  @Test
  void anythingElseIsNoTypedNumber() {
    for (String core : new String[] {"PV", "PV.", "PV.1a", "PV.1-", "PV.-1", "XX.1", ".1", "РV.1", "PV..1", "65"}) {
      assertNull(Vocabulary.typedNumber(core), core);
    }
  }

  @Test
  void aSuffixIsPrintedAsTheUnPrintsIt() {
    assertEquals("Rev.1", Vocabulary.canonicalComponent("REV.1"));
    assertEquals("Add.2-3", Vocabulary.canonicalComponent("add.2-3"));
    assertEquals("CONF.157", Vocabulary.canonicalComponent("Conf.157"));
  }

  @Test
  void onlyTheSuffixWordsAreSuffixes() {
    assertTrue(Vocabulary.isSuffix("Corr.1"));
    assertTrue(Vocabulary.isSuffix("amend.4"));
    assertFalse(Vocabulary.isSuffix("PV.4"));
    assertFalse(Vocabulary.isSuffix("Rev"));
  }
}
