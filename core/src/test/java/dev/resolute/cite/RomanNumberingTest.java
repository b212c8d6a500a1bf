package dev.resolute.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resolute.model.Body;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code roman-numbers.tsv}: the one sequence of the Assembly's resolutions of 1946 to 1975, and of the Council's to 1977. */
class RomanNumberingTest {
  private final RomanNumbering numbering = RomanNumbering.of(Body.GA).orElseThrow();
  private final RomanNumbering council = RomanNumbering.of(Body.ECOSOC).orElseThrow();

  @Test
  void everySessionsNumbersFollowThoseOfTheSessionsBeforeIt() {
    for (RomanNumbering sequence : List.of(numbering, council)) {
      int highestBefore = 0;
      for (int session = 1; session <= sequence.lastSession(); session++) {
        int[] known = sequence.known(session);
        if (known.length > 0) {
          assertTrue(known[0] > highestBefore, "session " + session + " has " + known[0] + ", not above " + highestBefore);
          highestBefore = known[1];
        }
      }
    }
    assertEquals(30, numbering.lastSession());
    assertEquals(63, council.lastSession());
  }

  @Test
  void theTablesOwnNumbersFitTheirSessions() {
    for (RomanNumbering sequence : List.of(numbering, council)) {
      for (int session = 1; session <= sequence.lastSession(); session++) {
        for (int number : sequence.known(session)) {
          assertTrue(sequence.fits(number, session), number + " of session " + session);
        }
      }
    }
  }

  @Test
  void theCouncilsSequenceIsItsOwn() {
    assertTrue(council.fits(155, 7)); // 155 C (VII) of 13 August 1948, E/RES/2021/20
    assertTrue(council.fits(2008, 60)); // 2008 (LX) of 14 May 1976
    assertTrue(council.fits(2100, 63)); // after its last row: no bound is known
    assertFalse(council.fits(415, 5)); // the Assembly's 415 (V) of 1 December 1950
    assertTrue(numbering.fits(415, 5));
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
