package dev.resolute.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Scripts#isYear}: the years a symbol prints and a footnote marker may be glued to. */
class YearTest {

  @Test
  void aYearIsFourDigitsOfAnyScriptFrom1900To2099() {
    for (String year : new String[] {"1900", "1946", "2001", "2099", "\u0661\u0669\u0669\u0669"}) {
      assertTrue(Scripts.isYear(year, 0, year.length()), year);
    }
    for (String other : new String[] {"1899", "2100", "19AB", "200", "20011", "S/2001"}) {
      assertFalse(Scripts.isYear(other, 0, other.length()), other);
    }
  }

  @Test
  void aYearIsReadWhereItStandsInALongerText() {
    assertTrue(Scripts.isYear("S/RES/1373 (2001)", 12, 16));
    assertFalse(Scripts.isYear("S/RES/1373 (2001)", 6, 10));
  }
}
