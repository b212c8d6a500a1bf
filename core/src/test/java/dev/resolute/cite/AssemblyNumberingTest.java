package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code assembly-numbers.tsv}: the one sequence of the Assembly's resolutions of 1946 to 1975. */
class AssemblyNumberingTest {
  private final AssemblyNumbering numbering = AssemblyNumbering.get();

  @Test
  void everySessionsNumbersFollowThoseOfTheSessionsBeforeIt() {
    int highestBefore = 0;
    for (int session = 1; session <= AssemblyNumbering.LAST_SESSION; session++) {
      int[] known = numbering.known(session);
      if (known.length > 0) {
        assertTrue(known[0] > highestBefore, "session " + session + " has " + known[0] + ", not above " + highestBefore);
        highestBefore = known[1];
      }
    }
    assertTrue(highestBefore == 3541, "the sequence ends at 3541 (XXX)");
  }

  @Test
  void theTablesOwnNumbersFitTheirSessions() {
    for (int session = 1; session <= AssemblyNumbering.LAST_SESSION; session++) {
      for (int number : numbering.known(session)) {
        assertTrue(numbering.fits(number, session), number + " of session " + session);
      }
    }
  }

  /** Numbers the UN's texts cite with their session (unxml/, crunsc/), none of them a row of the table. */
  @Test
  void numbersCitedInTheUnsTextsFit() {
    assertTrue(numbering.fits(97, 1));
    assertTrue(numbering.fits(293, 4));
    assertTrue(numbering.fits(2106, 20));
    assertTrue(numbering.fits(2205, 21));
    assertTrue(numbering.fits(2403, 23));
    assertTrue(numbering.fits(2863, 26));
    assertTrue(numbering.fits(3357, 29));
    assertTrue(numbering.fits(1992, 19)); // between 1991 (XVIII) and 2008 (XX): the session has no row
  }

  @Test
  void aSessionOneOffFits() {
    assertTrue(numbering.fits(2145, 22)); // 2145 (XXI), printed so in S/RES/264 (1969)
    assertTrue(numbering.fits(2145, 20));
    assertFalse(numbering.fits(2145, 23));
  }

  @Test
  void numbersOutOfTheSequenceDoNotFit() {
    assertFalse(numbering.fits(668, 21)); // the World Tourism Organization's Assembly, A/RES/75/223
    assertFalse(numbering.fits(707, 22));
    assertFalse(numbering.fits(574, 27)); // the Economic Commission for Latin America and the Caribbean's
    assertFalse(numbering.fits(3542, 30));
    assertFalse(numbering.fits(0, 1));
  }
}
