package dev.resolute.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Scripts#romanValue}: the sessions treaty bodies number their decisions by ({@code XIII/18}). */
class RomanValueTest {

  @Test
  void figuresAddUpAndAFigureBeforeALargerOneIsTakenAway() {
    assertEquals(1, Scripts.romanValue("I"));
    assertEquals(4, Scripts.romanValue("IV"));
    assertEquals(9, Scripts.romanValue("IX"));
    assertEquals(13, Scripts.romanValue("XIII"));
    assertEquals(14, Scripts.romanValue("XIV"));
    assertEquals(40, Scripts.romanValue("XL"));
    assertEquals(1999, Scripts.romanValue("MCMXCIX"));
  }

  @Test
  void cyrillicCapitalsTypedForRomanFiguresReadAsThose() {
    assertEquals(10, Scripts.romanValue("\u0425")); // Х
    assertEquals(12, Scripts.romanValue("\u0425II"));
  }

  @Test
  void whatIsNoRomanNumberHasNoValue() {
    assertEquals(-1, Scripts.romanValue(""));
    assertEquals(-1, Scripts.romanValue("XA"));
    assertEquals(-1, Scripts.romanValue("12"));
  }
}
